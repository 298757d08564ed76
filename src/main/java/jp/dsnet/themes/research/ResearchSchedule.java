package jp.dsnet.themes.research;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the strategy office is reminded of a milestone: {@code themes.research.milestone-reminder}
 * (default 14 days) before it is due. The model's timer reads
 * {@code ${researchSchedule.reminderDate(milestoneDueDate)}}; a reminder date already past fires
 * at once.
 */
@Component("researchSchedule")
public class ResearchSchedule {

  private final Duration reminderLead;

  public ResearchSchedule(@Value("${themes.research.milestone-reminder:P14D}") Duration reminderLead) {
    this.reminderLead = reminderLead;
  }

  public Date reminderDate(Object milestoneDueDate) {
    OffsetDateTime due = milestoneDueDate instanceof Date date
        ? date.toInstant().atOffset(java.time.ZoneOffset.UTC)
        : OffsetDateTime.parse(String.valueOf(milestoneDueDate).trim());
    return Date.from(due.minus(reminderLead).toInstant());
  }

  public Duration reminderLead() {
    return reminderLead;
  }
}
