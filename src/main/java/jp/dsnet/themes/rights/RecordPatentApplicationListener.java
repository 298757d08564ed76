package jp.dsnet.themes.rights;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * On complete of DefineIpAndPublicationStrategy and FileInventionPatent (after their input has
 * been validated): adds the application reference the IP office gave to the theme's
 * {@code patentApplications} (IN-6). A FileInventionPatent that did not file ({@code patentFiled}
 * false) adds nothing.
 */
@Component
public class RecordPatentApplicationListener implements TaskListener {

  static final String PATENT_FILED = "patentFiled";

  @Override
  public void notify(DelegateTask task) {
    Object reference = task.getVariable(PatentApplications.REFERENCE);
    if (!(reference instanceof String s) || s.isBlank() || Boolean.FALSE.equals(filed(task))) {
      return;
    }
    task.getExecution().setVariable(PatentApplications.VARIABLE,
        SpinValues.jsonValue(PatentApplications.add(task.getVariable(PatentApplications.VARIABLE), s)).create());
  }

  private static Object filed(DelegateTask task) {
    Object filed = task.getVariable(PATENT_FILED);
    return filed instanceof String s ? Boolean.valueOf(s) : filed;
  }
}
