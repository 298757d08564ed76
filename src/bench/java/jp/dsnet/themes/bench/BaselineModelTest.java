package jp.dsnet.themes.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.dsnet.themes.bench.Step.Kind;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;

/** The benchmark's raw baseline mirrors the application's path and stays raw (docs/performance.md). */
class BaselineModelTest {

  private static final List<Step> PATH = List.of(
      new Step(Kind.JOB, "CallActivity_Intake"),
      new Step(Kind.TASK, "EvaluateSeed"),
      new Step(Kind.MESSAGE, "FeasibilityStudyConcluded"),
      new Step(Kind.TIMER, "Event_CallDeadlinePassed"),
      new Step(Kind.TASK, "ReportSupportResults"),
      new Step(Kind.TASK, "ReportSupportResults"));

  @Test
  void writtenBaseline_mirrorsTheUserTasksMessagesAndTimersInOrder_andNoAsyncJob() {
    List<Step> mirrored = BaselineModel.mirrored(BaselineModel.write(PATH));

    assertThat(mirrored).containsExactly(
        new Step(Kind.TASK, "EvaluateSeed"),
        new Step(Kind.MESSAGE, "FeasibilityStudyConcluded"),
        new Step(Kind.TIMER, "Event_Timer1"),
        new Step(Kind.TASK, "ReportSupportResults"),
        new Step(Kind.TASK, "ReportSupportResults"));
    assertThat(BaselineModel.signature(mirrored)).isEqualTo(BaselineModel.signature(PATH));
  }

  @Test
  void mirroredTasks_getTheValuesOfTheTaskTheyMirror() {
    assertThat(HappyPath.contractKey("Task_ReportSupportResults_2")).isEqualTo("ReportSupportResults");
    assertThat(HappyPath.contractKey("EvaluateSeed")).isEqualTo("EvaluateSeed");
    assertThat(new HappyPath().taskVariables("Task_EvaluateSeed")).containsKey("scoreNovelty");
  }

  @Test
  void committedBaseline_isValidExecutableBpmnWithTimeToLive_andWithoutListeners() throws IOException {
    String xml;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(BaselineModel.RESOURCE)) {
      assertThat(in).as(BaselineModel.RESOURCE).isNotNull();
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    BpmnModelInstance model = Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    Bpmn.validateModel(model);

    Process process = model.getModelElementById(BaselineModel.PROCESS_KEY);
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P3650D");
    assertThat(model.getModelElementsByType(CamundaExecutionListener.class)).isEmpty();
    assertThat(model.getModelElementsByType(CamundaTaskListener.class)).isEmpty();
    assertThat(BaselineModel.mirrored(xml)).isNotEmpty().allMatch(Step::mirroredByBaseline);
  }
}
