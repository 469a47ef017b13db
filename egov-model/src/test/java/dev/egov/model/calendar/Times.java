package dev.egov.model.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Instants written as Vietnamese local time, so that tests read like the dossiers they describe. */
final class Times {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

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
