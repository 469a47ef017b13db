package dev.egov.benchmarks.calendar;

import static dev.egov.model.calendar.WorkingCalendar.VIETNAM;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * The baseline of {@link DueDateBenchmark}: what a due date costs with nothing but {@code java.time}. The receipt's
 * local date-time in {@code Asia/Ho_Chi_Minh}, plus {@code n} weekdays (Saturday and Sunday skipped, one day at a time),
 * at the same local time. No holidays, no make-up Saturdays, no office hours: the physical limit a calendar that knows
 * them is compared with.
 */
final class PlainWeekdays {


  private PlainWeekdays() {}

  static Instant plusWeekdays(Instant receivedAt, int weekdays) {
    ZonedDateTime received = receivedAt.atZone(VIETNAM);
    LocalDate day = received.toLocalDate();
    int left = weekdays;
    while (left > 0) {
      day = day.plusDays(1);
      DayOfWeek dow = day.getDayOfWeek();
      if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return day.atTime(received.toLocalTime()).atZone(VIETNAM).toInstant();
  }
}
