package jp.dsnet.themes.notification;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Mails a new task once the transaction that created it has committed: a rolled-back task is
 * never announced, and the mail, sent on the outbox's thread, cannot fail or slow the process.
 */
class NewTaskMail implements TaskListener {

  private final ObjectProvider<TaskNotifier> notifier;

  NewTaskMail(ObjectProvider<TaskNotifier> notifier) {
    this.notifier = notifier;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskNotifier mail = notifier.getObject();
    if (!mail.enabled()) {
      return;
    }
    TaskNotice notice = notice(task);
    Context.getCommandContext().getTransactionContext()
        .addTransactionListener(TransactionState.COMMITTED, committed -> mail.newTask(notice));
  }

  static TaskNotice notice(DelegateTask task) {
    List<String> groups = task.getCandidates().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId).filter(Objects::nonNull).distinct().toList();
    List<String> users = task.getCandidates().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getUserId).filter(Objects::nonNull).distinct().toList();
    String themeId = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    Object title = task.getVariable("themeTitle");
    return new TaskNotice(task.getId(), task.getName(), themeId, title == null ? null : title.toString(),
        task.getAssignee(), groups, users, task.getDueDate());
  }
}
