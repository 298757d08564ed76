package jp.dsnet.themes.notification;

import jp.dsnet.themes.worklist.TaskCreateListenerPlugin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Mails every new user task ({@link NewTaskMail}). The notifier is looked up when a task is
 * created: it needs the engine's identity service, which does not exist yet while the engine is
 * configured.
 */
@Component
public class NotificationEnginePlugin extends TaskCreateListenerPlugin {

  public NotificationEnginePlugin(ObjectProvider<TaskNotifier> notifier) {
    super(new NewTaskMail(notifier));
  }
}
