package jp.dsnet.themes.worklist;

import org.springframework.stereotype.Component;

/** Puts the theme's ID and stage on every new user task ({@link TaskCardVariables}). */
@Component
public class WorklistEnginePlugin extends TaskCreateListenerPlugin {

  public WorklistEnginePlugin() {
    super(new TaskCardVariables());
  }
}
