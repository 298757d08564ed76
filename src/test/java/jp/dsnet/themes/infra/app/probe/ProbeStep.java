package jp.dsnet.themes.infra.app.probe;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Test-only step of {@code infra-probe.bpmn}, put on the packaged application's class path with
 * Spring Boot's {@code loader.path} (see {@code AppProcess}); never part of the application.
 * Records which node ran it, in a process variable and (when {@code infra.probe.jdbc.url} is
 * set) in the table {@code infra_probe_log} over a connection of its own that commits at once:
 * the log counts every execution, also one whose transaction is later rolled back or lost with
 * a killed node, so a test can tell "ran once" from "committed once".
 */
public class ProbeStep implements JavaDelegate {

  /** Set by {@code camunda:field name="step"}: {@code async} or {@code timer}. */
  private Expression step;

  public void setStep(Expression step) {
    this.step = step;
  }

  @Override
  public void execute(DelegateExecution execution) throws Exception {
    String name = String.valueOf(step.getValue(execution));
    String node = System.getProperty("infra.probe.node", "unknown");
    log(execution.getProcessInstanceId(), name, node);
    execution.setVariable(name + "RanOn", node);
    Object pause = "timer".equals(name) ? execution.getVariable("probeTimerPauseMillis") : null;
    if (pause instanceof Number millis && millis.longValue() > 0) {
      Thread.sleep(millis.longValue());
    }
  }

  private static void log(String processInstanceId, String step, String node) throws SQLException {
    String url = System.getProperty("infra.probe.jdbc.url");
    if (url == null) {
      return;
    }
    try (Connection connection = DriverManager.getConnection(url, System.getProperty("infra.probe.jdbc.user"),
        System.getProperty("infra.probe.jdbc.password"));
        PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO infra_probe_log (process_instance_id, step, node, executed_at) VALUES (?, ?, ?, ?)")) {
      connection.setAutoCommit(true);
      insert.setString(1, processInstanceId);
      insert.setString(2, step);
      insert.setString(3, node);
      insert.setTimestamp(4, Timestamp.from(Instant.now()));
      insert.executeUpdate();
    }
  }
}
