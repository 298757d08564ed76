package jp.dsnet.themes.worklist;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates of user tasks that the models derive from a deadline, e.g.
 * {@code camunda:dueDate="${dueDates.after(callDeadline, 'P14D')}"} on ChooseTenderMethod: the
 * tender method is due two weeks after the call closed. Tasks whose due date is the deadline
 * itself read the variable directly ({@code ${milestoneDueDate}}).
 */
@Component("dueDates")
public class DueDates {

  /** {@code deadline} (a Date or an ISO-8601 date-time with offset) plus an ISO-8601 duration. */
  public Date after(Object deadline, String duration) {
    OffsetDateTime at = deadline instanceof Date date
        ? date.toInstant().atOffset(ZoneOffset.UTC)
        : OffsetDateTime.parse(String.valueOf(deadline).trim());
    return Date.from(at.plus(Duration.parse(duration)).toInstant());
  }
}
