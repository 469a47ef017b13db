package dev.egov.model.calendar;

import static dev.egov.model.calendar.Times.local;
import static dev.egov.model.calendar.Times.vn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class DueDateTest {

  private static final WorkingCalendar CIVIL_SERVICE = WorkingCalendar.civilService();
  private static final WorkingCalendar MAKE_UP_DAYS_OFF = WorkingCalendar.builder().countMakeUpSaturdays(false).build();

  /**
   * Received online on Friday 13 February 2026 at 17:30, after closing, the Friday before Tết (break Saturday 14 to
   * Sunday 22 February). It counts as received at the next opening, Monday 23 February 07:00. Three working days are
   * 3 × 8 = 24 working hours: Mon 23 (8 h, 16 left), Tue 24 (8 h, 8 left), Wed 25 07:00–11:30 (4.5 h, 3.5 left) and
   * 13:30–17:00 (3.5 h, 0 left): due Wednesday 25 February 2026 at 17:00, the closing time.
   */
  @Test
  void dueDate_fridayBeforeTetAfterHours_isWednesdayAfterTetAtClose() {
    Instant due = CIVIL_SERVICE.dueDate(vn("2026-02-13T17:30"), ProcessingTime.ofWorkingDays(3));
    assertThat(due).isEqualTo(vn("2026-02-25T17:00"));
  }

  /**
   * Received on Friday 13 February 2026 at 10:00, during office hours: Fri 10:00–11:30 and 13:30–17:00 (5 h, 19 left),
   * Mon 23 (8 h, 11 left), Tue 24 (8 h, 3 left), Wed 25 07:00–10:00 (3 h, 0 left): due Wednesday 25 at 10:00.
   */
  @Test
  void dueDate_fridayBeforeTetDuringHours_isWednesdayAfterTetSameTime() {
    Instant due = CIVIL_SERVICE.dueDate(vn("2026-02-13T10:00"), ProcessingTime.ofWorkingDays(3));
    assertThat(due).isEqualTo(vn("2026-02-25T10:00"));
  }

  /** Received at opening on Friday 13 February: Fri, Mon 23 and Tue 24 make 24 h: due Tuesday 24 at 17:00. */
  @Test
  void dueDate_fridayBeforeTetAtOpening_isTuesdayAfterTetAtClose() {
    Instant due = CIVIL_SERVICE.dueDate(vn("2026-02-13T07:00"), ProcessingTime.ofWorkingDays(3));
    assertThat(due).isEqualTo(vn("2026-02-24T17:00"));
  }

  @ParameterizedTest(name = "received {0} + {1} working hours = {2}")
  @CsvSource({
    "2025-03-03T08:00, 2, 2025-03-03T10:00", // within the morning
    "2025-03-03T14:00, 2, 2025-03-03T16:00", // within the afternoon
    "2025-03-03T11:00, 1, 2025-03-03T14:00", // 11:00–11:30, lunch gap, 13:30–14:00
    "2025-03-03T12:15, 1, 2025-03-03T14:30", // received in the lunch gap: counts from 13:30
    "2025-03-03T15:00, 2, 2025-03-03T17:00", // runs out exactly at closing: 17:00, not 07:00 next day
    "2025-03-03T09:30, 2, 2025-03-03T11:30", // runs out exactly at the lunch break
    "2025-03-03T16:00, 2, 2025-03-04T08:00", // overnight
    "2025-03-03T18:00, 1, 2025-03-04T08:00", // received after hours
    "2025-03-03T05:30, 1, 2025-03-03T08:00", // received before opening
    "2025-03-08T10:00, 1, 2025-03-10T08:00", // received on a Saturday
    "2025-03-07T16:30, 4, 2025-03-10T10:30", // over a weekend: 0.5 h Friday, 3.5 h Monday
    "2025-03-03T08:00, 0, 2025-03-03T08:00", // zero: on receipt
    "2025-03-08T10:00, 0, 2025-03-10T07:00", // zero, received while closed: the next opening
  })
  void dueDate_workingHours(String received, long hours, String expected) {
    Instant due = CIVIL_SERVICE.dueDate(vn(received), ProcessingTime.ofWorkingHours(hours));
    assertThat(local(due)).isEqualTo(local(vn(expected)));
  }

  @ParameterizedTest(name = "received {0} + {1} working days = {2}")
  @CsvSource({
    "2025-03-04T09:00, 1, 2025-03-05T09:00", // same time on the next working day
    "2025-03-03T07:00, 5, 2025-03-07T17:00", // a whole week, received at opening
    "2025-03-07T09:00, 1, 2025-03-10T09:00", // Friday → Monday
    "2025-04-04T09:00, 1, 2025-04-08T09:00", // Friday → Tuesday: Monday 07/04/2025 is Giỗ Tổ
    "2025-04-29T10:00, 2, 2025-05-06T10:00", // 30/04, 01/05, 02/05 (swapped) and the weekend
    "2025-04-25T17:30, 1, 2025-04-26T17:00", // Saturday 26/04/2025 is a make-up working day
  })
  void dueDate_workingDays(String received, long days, String expected) {
    Instant due = CIVIL_SERVICE.dueDate(vn(received), ProcessingTime.ofWorkingDays(days));
    assertThat(local(due)).isEqualTo(local(vn(expected)));
  }

  /**
   * Saturday 10 January 2026 is worked in exchange for Friday 2 January. Received Friday 9 January after hours for one
   * working day: with make-up Saturdays counted it is due Saturday 10 at 17:00, without them Monday 12 at 17:00.
   */
  @Test
  void dueDate_makeUpSaturday_onAndOff() {
    ProcessingTime oneDay = ProcessingTime.ofWorkingDays(1);
    assertThat(CIVIL_SERVICE.dueDate(vn("2026-01-09T17:30"), oneDay)).isEqualTo(vn("2026-01-10T17:00"));
    assertThat(MAKE_UP_DAYS_OFF.dueDate(vn("2026-01-09T17:30"), oneDay)).isEqualTo(vn("2026-01-12T17:00"));
  }

  /**
   * Received Wednesday 31 December 2025 at 10:00 for two working days: Wed 10:00–17:00 is 5 h (11 left); Thu 01/01 is a
   * holiday and Fri 02/01 a swapped day off for both calendars; Sat 03, Sun 04 rest; Mon 05 8 h (3 left); Tue 06
   * 07:00–10:00. The make-up Saturday 10/01 comes later, so both settings agree.
   */
  @Test
  void dueDate_swappedFriday_isClosedWhetherOrNotMakeUpDaysCount() {
    ProcessingTime twoDays = ProcessingTime.ofWorkingDays(2);
    assertThat(CIVIL_SERVICE.dueDate(vn("2025-12-31T10:00"), twoDays)).isEqualTo(vn("2026-01-06T10:00"));
    assertThat(MAKE_UP_DAYS_OFF.dueDate(vn("2025-12-31T10:00"), twoDays)).isEqualTo(vn("2026-01-06T10:00"));
  }

  /**
   * Bộ luật Dân sự 2015 Art. 147–148: counting starts the day after receipt; the period ends at the end (closing time)
   * of its last day, or of the next working day if the last day is a rest day or holiday.
   */
  @ParameterizedTest(name = "received {0} + {1} days = {2}")
  @CsvSource({
    "2025-03-03T10:00, 10, 2025-03-13T17:00", // Mon + 10 = Thu 13/03, a working day
    "2025-03-05T10:00, 10, 2025-03-17T17:00", // Wed + 10 = Sat 15/03: ends Monday 17/03
    "2026-02-09T10:00, 5, 2026-02-23T17:00", // Mon + 5 = Sat 14/02, in the Tết break: ends Monday 23/02
    "2026-04-23T10:00, 3, 2026-04-28T17:00", // Thu + 3 = Sun 26/04 (Giỗ Tổ); Mon 27/04 compensatory: Tue 28/04
    "2025-03-07T18:00, 3, 2025-03-13T17:00", // after hours Friday counts as received Monday 10/03: + 3 = Thu 13/03
    "2025-03-03T10:00, 0, 2025-03-03T17:00", // zero days: the day of receipt
  })
  void dueDate_calendarDays_followTheCivilCode(String received, long days, String expected) {
    Instant due = CIVIL_SERVICE.dueDate(vn(received), ProcessingTime.ofCalendarDays(days));
    assertThat(local(due)).isEqualTo(local(vn(expected)));
  }

  /** Wednesday 7 January 2026 + 3 days = Saturday 10 January, a make-up working day, or not. */
  @Test
  void dueDate_calendarDaysEndingOnMakeUpSaturday_dependsOnTheSetting() {
    ProcessingTime threeDays = ProcessingTime.ofCalendarDays(3);
    assertThat(CIVIL_SERVICE.dueDate(vn("2026-01-07T10:00"), threeDays)).isEqualTo(vn("2026-01-10T17:00"));
    assertThat(MAKE_UP_DAYS_OFF.dueDate(vn("2026-01-07T10:00"), threeDays)).isEqualTo(vn("2026-01-12T17:00"));
  }

  @ParameterizedTest(name = "received {0} + {1} months = {2}")
  @CsvSource({
    "2025-05-15T10:00, 3, 2025-08-15T17:00", // Friday
    "2026-01-30T10:00, 1, 2026-03-02T17:00", // 30 Feb does not exist: 28/02/2026, a Saturday: ends Monday 02/03
    "2025-12-16T10:00, 2, 2026-02-23T17:00", // 16/02/2026 is in the Tết break: ends Monday 23/02
  })
  void dueDate_months_followTheCivilCode(String received, long months, String expected) {
    Instant due = CIVIL_SERVICE.dueDate(vn(received), ProcessingTime.ofMonths(months));
    assertThat(local(due)).isEqualTo(local(vn(expected)));
  }

  @Test
  void dueDate_endOfDay_isTheClosingTimeOfTheLastWindow() {
    WorkingCalendar calendar =
        WorkingCalendar.builder()
            .officeHours(List.of(TimeWindow.of(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                TimeWindow.of(LocalTime.of(13, 0), LocalTime.of(16, 30))))
            .build();
    assertThat(calendar.dueDate(vn("2025-03-03T10:00"), ProcessingTime.ofCalendarDays(1)))
        .isEqualTo(vn("2025-03-04T16:30"));
  }

  @Test
  void dueDate_closure_isSkipped() {
    WorkingCalendar calendar = WorkingCalendar.builder().closures(List.of(LocalDate.of(2025, 3, 4))).build();
    assertThat(calendar.dueDate(vn("2025-03-03T09:00"), ProcessingTime.ofWorkingDays(1)))
        .isEqualTo(vn("2025-03-05T09:00"));
    assertThat(calendar.dueDate(vn("2025-03-03T09:00"), ProcessingTime.ofCalendarDays(1)))
        .isEqualTo(vn("2025-03-05T17:00"));
  }

  /**
   * For receipts every 97 minutes through 2025–2026 and 0–11 working hours or days, the due date lies on a working
   * day within (or at the end of) office hours, and exactly the processing time of working time separates it from the
   * moment the dossier counts as received.
   */
  @Test
  void dueDate_sweepOverTwoYears_neverLandsOnClosedTimeAndConsumesExactlyTheAmount() {
    int checked = 0;
    for (Instant received = vn("2025-01-01T00:00"); received.isBefore(vn("2026-12-20T00:00"));
        received = received.plus(Duration.ofMinutes(97))) {
      long amount = checked % 12;
      ProcessingTime time =
          checked % 2 == 0 ? ProcessingTime.ofWorkingHours(amount) : ProcessingTime.ofWorkingDays(amount % 4);
      Instant due = CIVIL_SERVICE.dueDate(received, time);
      LocalDate day = LocalDate.ofInstant(due, Times.VIETNAM);
      LocalTime time0fDay = due.atZone(Times.VIETNAM).toLocalTime();
      assertThat(CIVIL_SERVICE.isWorkingDay(day)).as("due %s", local(due)).isTrue();
      assertThat(CIVIL_SERVICE.officeHours())
          .as("due %s", local(due))
          .anySatisfy(w -> assertThat(time0fDay).isBetween(w.start(), w.end()));
      Duration expected =
          time.unit() == ProcessingTimeUnit.WORKING_HOURS ? Duration.ofHours(amount) : Duration.ofHours(8 * (amount % 4));
      assertThat(CIVIL_SERVICE.workingTimeBetween(CIVIL_SERVICE.nextOpening(received), due))
          .as("received %s", local(received))
          .isEqualTo(expected);
      checked++;
    }
    assertThat(checked).isGreaterThan(10_000);
  }

  @Test
  void dueDate_beyondTheCalendarsRange_throws() {
    assertThatThrownBy(() -> CIVIL_SERVICE.dueDate(vn("2026-01-05T09:00"), ProcessingTime.ofWorkingHours(ProcessingTime.MAX_AMOUNT)))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("No holidays for 2200");
    assertThatThrownBy(() -> CIVIL_SERVICE.dueDate(vn("2026-01-05T09:00"), ProcessingTime.ofMonths(ProcessingTime.MAX_AMOUNT)))
        .isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> CIVIL_SERVICE.dueDate(vn("2026-01-05T09:00"), ProcessingTime.ofCalendarDays(ProcessingTime.MAX_AMOUNT)))
        .isInstanceOf(DateTimeException.class);
  }

  @Test
  void dueDate_null_throws() {
    assertThatThrownBy(() -> CIVIL_SERVICE.dueDate(null, ProcessingTime.ofWorkingDays(1)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("receivedAt");
  }
}
