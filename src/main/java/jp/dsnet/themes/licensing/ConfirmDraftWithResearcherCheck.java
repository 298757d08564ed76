package jp.dsnet.themes.licensing;

import static jp.dsnet.themes.licensing.Licensing.*;

import java.util.Set;
import jp.dsnet.themes.validation.InputCheck;
import jp.dsnet.themes.validation.Inputs;
import org.springframework.stereotype.Component;

/**
 * LO-5: the researcher, a party to the milestone contract, approves the draft or sends it back;
 * a draft sent back says what should change ({@code researcherComment}), so the office can draft
 * it again.
 */
@Component
public class ConfirmDraftWithResearcherCheck implements InputCheck {

  static final int MAX_COMMENT_LENGTH = 4000;

  @Override
  public Set<String> appliesTo() {
    return Set.of(TASK_CONFIRM_DRAFT_WITH_RESEARCHER);
  }

  @Override
  public void check(Inputs submitted) {
    if (!submitted.requireBoolean(RESEARCHER_APPROVES_DRAFT)) {
      submitted.requireString(RESEARCHER_COMMENT, MAX_COMMENT_LENGTH);
    }
  }
}
