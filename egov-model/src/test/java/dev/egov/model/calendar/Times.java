package dev.egov.model.calendar;

import static dev.egov.model.calendar.WorkingCalendar.VIETNAM;

import java.time.Instant;
import java.time.LocalDateTime;

/** Instants written as Vietnamese local time, so that tests read like the dossiers they describe. */
final class Times {


  private Times() {}

  /** Parses {@code yyyy-MM-ddTHH:mm[:ss]} as local time in Vietnam. */
  static Instant vn(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant();
  }

  /** Formats an instant as local time in Vietnam, for readable failure messages. */
  static String local(Instant instant) {
    return LocalDateTime.ofInstant(instant, VIETNAM).toString();
  }
}
