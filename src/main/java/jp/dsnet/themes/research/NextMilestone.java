package jp.dsnet.themes.research;

import static jp.dsnet.themes.research.AppliedResearch.*;

import java.time.OffsetDateTime;
import java.util.Objects;
import jp.dsnet.themes.validation.InvalidInputException;
import jp.dsnet.themes.validation.Inputs;

/**
 * AR-2: research that goes on needs the next milestone: a name and a due date in the future that
 * are not those of the milestone just reviewed ({@code reviewedMilestoneName},
 * {@code reviewedMilestoneDueDate}, set on the task when it was created). Without this rule a
 * client that forgot them would silently carry on under the old milestone.
 */
final class NextMilestone {

  private NextMilestone() {
  }

  static void require(Inputs submitted) {
    String name = submitted.requireString(MILESTONE_NAME, 200);
    OffsetDateTime due = submitted.requireFutureDateTime(MILESTONE_DUE_DATE);
    Object reviewedName = submitted.raw(REVIEWED_MILESTONE_NAME);
    boolean sameName = reviewedName instanceof String s && s.trim().equals(name);
    boolean sameDue = submitted.has(REVIEWED_MILESTONE_DUE_DATE)
        && Objects.equals(submitted.requireDateTime(REVIEWED_MILESTONE_DUE_DATE).toInstant(), due.toInstant());
    if (sameName && sameDue) {
      throw new InvalidInputException(MILESTONE_NAME,
          "must name the next milestone (マイルストン): '" + name + "' due " + due + " is the one just reviewed");
    }
  }
}
