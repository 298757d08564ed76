package jp.dsnet.themes.research;

import static jp.dsnet.themes.research.AppliedResearch.*;

import java.util.Set;
import jp.dsnet.themes.validation.InputCheck;
import jp.dsnet.themes.validation.Inputs;
import org.springframework.stereotype.Component;

/** IN-6: a filing has its application reference; a decision not to file has its reason. */
@Component
public class FileInventionPatentCheck implements InputCheck {

  @Override
  public Set<String> appliesTo() {
    return Set.of(TASK_FILE_INVENTION_PATENT);
  }

  @Override
  public void check(Inputs submitted) {
    if (submitted.requireBoolean(PATENT_FILED)) {
      submitted.requireString(PATENT_APPLICATION_REFERENCE, 200);
    } else {
      submitted.requireString(IP_FILING_NOTE, 4000);
    }
  }
}
