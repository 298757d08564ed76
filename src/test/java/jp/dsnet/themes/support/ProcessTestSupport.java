package jp.dsnet.themes.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** Base of {@link ProcessTest}s: binds camunda-bpm-assert to the application's engine. */
@ProcessTest
public abstract class ProcessTestSupport {

  @Autowired
  protected ProcessEngine engine;
  @Autowired
  protected RuntimeService runtime;
  @Autowired
  protected TaskService taskService;

  @BeforeEach
  void bindAssertions() {
    init(engine);
  }

  @AfterEach
  void resetClockAndAssertions() {
    ClockUtil.reset();
    // camunda-bpm-assert keeps the engine per thread: unbind it, so a later test class on its own
    // engine (ThemeLifecycleProcessTest) does not drive this one.
    reset();
  }

  /** A fresh theme ID (business key), so tests sharing one database never collide. */
  protected static String newThemeId() {
    return "T-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase();
  }

  protected ProcessInstance start(String processKey, String themeId, Map<String, Object> variables) {
    return runtime.startProcessInstanceByKey(processKey, themeId, variables);
  }
}
