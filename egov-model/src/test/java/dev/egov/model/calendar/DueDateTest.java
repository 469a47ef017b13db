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

/**
 * {@link DueDateRule#dueDate(Instant)} by unit, with both {@link WorkingDayConvention}s where they apply. The cases
 * around closing times, lunch, holidays and make-up Saturdays of 2026 are in {@link WorkingDayConventionTest}.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DueDateTest {

  private static final WorkingCalendar CIVIL_SERVICE = WorkingCalendar.civilService();
  private static final WorkingCalendar MAKE_UP_DAYS_OFF = WorkingCalendar.builder().countMakeUpSaturdays(false).build();

  private static Instant keep(WorkingCalendar calendar, String received, ProcessingTime time) {
    return DueDateRule.of(calendar, time).dueDate(vn(received));
  }

  private static Instant hours(WorkingCalendar calendar, String received, ProcessingTime time) {
    return DueDateRule.builder().calendar(calendar).processingTime(time)
        .convention(WorkingDayConvention.WORKING_HOURS).build().dueDate(vn(received));
  }

  /**
   * Received online on Friday 13 February 2026 at 17:30, after closing, the Friday before Tết (break Saturday 14 to
   * Sunday 22 February). It counts as received at the next opening, Monday 23 February 07:00. Keeping the clock time,
   * three working days later at 07:00: Thursday 26 February 07:00. As working hours, 3 × 8 = 24 hours: Mon 23, Tue 24,
   * Wed 25 until 17:00.
   */
  @Test
  void dueDate_fridayBeforeTetAfterHours_thursdayAtOpeningOrWednesdayAtClose() {
    ProcessingTime threeDays = ProcessingTime.ofWorkingDays(3);
    assertThat(keep(CIVIL_SERVICE, "2026-02-13T17:30", threeDays)).isEqualTo(vn("2026-02-26T07:00"));
    assertThat(hours(CIVIL_SERVICE, "2026-02-13T17:30", threeDays)).isEqualTo(vn("2026-02-25T17:00"));
  }

  /** Received on Friday 13 February 2026 at 10:00, during office hours: both give Wednesday 25 at 10:00. */
  @Test
  void dueDate_fridayBeforeTetDuringHours_isWednesdayAfterTetSameTime() {
    ProcessingTime threeDays = ProcessingTime.ofWorkingDays(3);
    assertThat(keep(CIVIL_SERVICE, "2026-02-13T10:00", threeDays)).isEqualTo(vn("2026-02-25T10:00"));
    assertThat(hours(CIVIL_SERVICE, "2026-02-13T10:00", threeDays)).isEqualTo(vn("2026-02-25T10:00"));
  }

  /** Received at opening on Friday 13 February: Wednesday 25 at opening, or Tuesday 24 at closing. */
  @Test
  void dueDate_fridayBeforeTetAtOpening_wednesdayAtOpeningOrTuesdayAtClose() {
    ProcessingTime threeDays = ProcessingTime.ofWorkingDays(3);
    assertThat(keep(CIVIL_SERVICE, "2026-02-13T07:00", threeDays)).isEqualTo(vn("2026-02-25T07:00"));
    assertThat(hours(CIVIL_SERVICE, "2026-02-13T07:00", threeDays)).isEqualTo(vn("2026-02-24T17:00"));
  }

  @ParameterizedTest(name = "received {0} + {1} working hours = {2} (keep) / {3} (hours)")
  @CsvSource({
    "2025-03-03T08:00, 2, 2025-03-03T10:00, 2025-03-03T10:00", // within the morning
    "2025-03-03T14:00, 2, 2025-03-03T16:00, 2025-03-03T16:00", // within the afternoon
    "2025-03-03T11:00, 1, 2025-03-03T14:00, 2025-03-03T14:00", // 11:00–11:30, lunch gap, 13:30–14:00
    "2025-03-03T12:15, 1, 2025-03-03T14:30, 2025-03-03T14:30", // received in the lunch gap: counts from 13:30
    "2025-03-03T15:00, 2, 2025-03-03T17:00, 2025-03-03T17:00", // runs out exactly at closing: 17:00, not 07:00 next day
    "2025-03-03T09:30, 2, 2025-03-03T11:30, 2025-03-03T11:30", // runs out exactly at the lunch break
    "2025-03-03T16:00, 2, 2025-03-04T08:00, 2025-03-04T08:00", // overnight
    "2025-03-03T18:00, 1, 2025-03-04T08:00, 2025-03-04T08:00", // received after hours
    "2025-03-03T05:30, 1, 2025-03-03T08:00, 2025-03-03T08:00", // received before opening
    "2025-03-08T10:00, 1, 2025-03-10T08:00, 2025-03-10T08:00", // received on a Saturday
    "2025-03-07T16:30, 4, 2025-03-10T10:30, 2025-03-10T10:30", // over a weekend: 0.5 h Friday, 3.5 h Monday
    "2025-03-03T08:00, 0, 2025-03-03T08:00, 2025-03-03T08:00", // zero: on receipt
    "2025-03-08T10:00, 0, 2025-03-10T07:00, 2025-03-10T07:00", // zero, received while closed: the next opening
    "2025-03-03T07:00, 8, 2025-03-04T07:00, 2025-03-03T17:00", // 8 hours are one whole working day
    "2025-03-03T13:30, 8, 2025-03-04T13:30, 2025-03-04T11:30", // from the afternoon opening
    "2025-03-03T12:00, 8, 2025-03-04T13:30, 2025-03-04T11:30", // from the lunch gap
    "2025-03-03T09:00, 12, 2025-03-04T15:00, 2025-03-04T15:00", // a day and 4 hours: 09:00–11:30, 13:30–15:00
    "2025-03-03T14:00, 11, 2025-03-04T17:00, 2025-03-04T17:00", // a day and 3 hours, ending exactly at closing
    "2025-03-03T07:00, 16, 2025-03-05T07:00, 2025-03-04T17:00", // two whole days from opening
  })
  void dueDate_workingHours(String received, long hours, String keep, String asHours) {
    ProcessingTime time = ProcessingTime.ofWorkingHours(hours);
    assertThat(local(keep(CIVIL_SERVICE, received, time))).isEqualTo(local(vn(keep)));
    assertThat(local(hours(CIVIL_SERVICE, received, time))).isEqualTo(local(vn(asHours)));
  }

  @ParameterizedTest(name = "received {0} + {1} working days = {2} (keep) / {3} (hours)")
  @CsvSource({
    "2025-03-04T09:00, 1, 2025-03-05T09:00, 2025-03-05T09:00", // same time on the next working day
    "2025-03-03T07:00, 5, 2025-03-10T07:00, 2025-03-07T17:00", // a whole week, received at opening
    "2025-03-07T09:00, 1, 2025-03-10T09:00, 2025-03-10T09:00", // Friday → Monday
    "2025-04-04T09:00, 1, 2025-04-08T09:00, 2025-04-08T09:00", // Friday → Tuesday: Monday 07/04/2025 is Giỗ Tổ
    "2025-04-29T10:00, 2, 2025-05-06T10:00, 2025-05-06T10:00", // 30/04, 01/05, 02/05 (swapped) and the weekend
    "2025-04-25T17:30, 1, 2025-04-28T07:00, 2025-04-26T17:00", // Saturday 26/04/2025 is a make-up working day
  })
  void dueDate_workingDays(String received, long days, String keep, String asHours) {
    ProcessingTime time = ProcessingTime.ofWorkingDays(days);
    assertThat(local(keep(CIVIL_SERVICE, received, time))).isEqualTo(local(vn(keep)));
    assertThat(local(hours(CIVIL_SERVICE, received, time))).isEqualTo(local(vn(asHours)));
  }

  /**
   * Saturday 10 January 2026 is worked in exchange for Friday 2 January. Received Friday 9 January after hours for one
   * working day: with make-up Saturdays counted it counts from Saturday 10 at 07:00, so it is due Monday 12 at 07:00
   * (or Saturday 10 at 17:00 as working hours); without them it counts from Monday 12: due Tuesday 13 at 07:00 (or
   * Monday 12 at 17:00).
   */
  @Test
  void dueDate_makeUpSaturday_onAndOff() {
    ProcessingTime oneDay = ProcessingTime.ofWorkingDays(1);
    assertThat(keep(CIVIL_SERVICE, "2026-01-09T17:30", oneDay)).isEqualTo(vn("2026-01-12T07:00"));
    assertThat(hours(CIVIL_SERVICE, "2026-01-09T17:30", oneDay)).isEqualTo(vn("2026-01-10T17:00"));
    assertThat(keep(MAKE_UP_DAYS_OFF, "2026-01-09T17:30", oneDay)).isEqualTo(vn("2026-01-13T07:00"));
    assertThat(hours(MAKE_UP_DAYS_OFF, "2026-01-09T17:30", oneDay)).isEqualTo(vn("2026-01-12T17:00"));
  }

  /**
   * Received Wednesday 31 December 2025 at 10:00 for two working days: Thu 01/01 is a holiday and Fri 02/01 a swapped
   * day off for both calendars; Sat 03, Sun 04 rest; Mon 05 and Tue 06. The make-up Saturday 10/01 comes later, so both
   * settings and both conventions agree: Tuesday 6 January 10:00.
   */
  @Test
  void dueDate_swappedFriday_isClosedWhetherOrNotMakeUpDaysCount() {
    ProcessingTime twoDays = ProcessingTime.ofWorkingDays(2);
    for (WorkingCalendar calendar : List.of(CIVIL_SERVICE, MAKE_UP_DAYS_OFF)) {
      assertThat(keep(calendar, "2025-12-31T10:00", twoDays)).isEqualTo(vn("2026-01-06T10:00"));
      assertThat(hours(calendar, "2025-12-31T10:00", twoDays)).isEqualTo(vn("2026-01-06T10:00"));
    }
  }

  /**
   * Bộ luật Dân sự 2015 Art. 147–148, whatever the convention: counting starts the day after receipt; the period ends at
   * the end (closing time) of its last day, or of the next working day if the last day is a rest day or holiday.
   */
  @ParameterizedTest(name = "received {0} + {1} days = {2}")
  @CsvSource({
    "2025-03-03T10:00, 10, 2025-03-13T17:00", // Mon + 10 = Thu 13/03, a working day
    "2025-03-05T10:00, 10, 2025-03-17T17:00", // Wed + 10 = Sat 15/03: ends Monday 17/03
    "2026-02-09T10:00, 5, 2026-02-23T17:00", // Mon + 5 = Sat 14/02, in the Tết break: ends Monday 23/02
    "2026-04-23T10:00, 3, 2026-04-28T17:00", // Thu + 3 = Sun 26/04 (Giỗ Tổ); Mon 27/04 compensatory: Tue 28/04
    "2026-04-27T10:00, 4, 2026-05-04T17:00", // received on the compensatory day: from Tue 28/04, + 4 = Sat 02/05: Mon 04/05
    "2026-08-27T10:00, 5, 2026-09-03T17:00", // Thu + 5 = Tue 01/09, National Day break to Wed 02/09: Thu 03/09
    "2025-03-07T18:00, 3, 2025-03-13T17:00", // after hours Friday counts as received Monday 10/03: + 3 = Thu 13/03
    "2025-03-03T10:00, 0, 2025-03-03T17:00", // zero days: the day of receipt
  })
  void dueDate_calendarDays_followTheCivilCodeWhateverTheConvention(String received, long days, String expected) {
    ProcessingTime time = ProcessingTime.ofCalendarDays(days);
    assertThat(local(keep(CIVIL_SERVICE, received, time))).isEqualTo(local(vn(expected)));
    assertThat(local(hours(CIVIL_SERVICE, received, time))).isEqualTo(local(vn(expected)));
  }

  /** Wednesday 7 January 2026 + 3 days = Saturday 10 January, a make-up working day, or not. */
  @Test
  void dueDate_calendarDaysEndingOnMakeUpSaturday_dependsOnTheSetting() {
    ProcessingTime threeDays = ProcessingTime.ofCalendarDays(3);
    assertThat(keep(CIVIL_SERVICE, "2026-01-07T10:00", threeDays)).isEqualTo(vn("2026-01-10T17:00"));
    assertThat(keep(MAKE_UP_DAYS_OFF, "2026-01-07T10:00", threeDays)).isEqualTo(vn("2026-01-12T17:00"));
  }

  @ParameterizedTest(name = "received {0} + {1} months = {2}")
  @CsvSource({
    "2025-05-15T10:00, 3, 2025-08-15T17:00", // Friday
    "2026-01-30T10:00, 1, 2026-03-02T17:00", // 30 Feb does not exist: 28/02/2026, a Saturday: ends Monday 02/03
    "2025-12-16T10:00, 2, 2026-02-23T17:00", // 16/02/2026 is in the Tết break: ends Monday 23/02
  })
  void dueDate_months_followTheCivilCodeWhateverTheConvention(String received, long months, String expected) {
    ProcessingTime time = ProcessingTime.ofMonths(months);
    assertThat(local(keep(CIVIL_SERVICE, received, time))).isEqualTo(local(vn(expected)));
    assertThat(local(hours(CIVIL_SERVICE, received, time))).isEqualTo(local(vn(expected)));
  }

  @Test
  void dueDate_endOfDay_isTheClosingTimeOfTheLastWindow() {
    WorkingCalendar calendar =
        WorkingCalendar.builder()
            .officeHours(List.of(TimeWindow.of(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                TimeWindow.of(LocalTime.of(13, 0), LocalTime.of(16, 30))))
            .build();
    assertThat(keep(calendar, "2025-03-03T10:00", ProcessingTime.ofCalendarDays(1))).isEqualTo(vn("2025-03-04T16:30"));
  }

  @Test
  void dueDate_closure_isSkipped() {
    WorkingCalendar calendar = WorkingCalendar.builder().closures(List.of(LocalDate.of(2025, 3, 4))).build();
    assertThat(keep(calendar, "2025-03-03T09:00", ProcessingTime.ofWorkingDays(1))).isEqualTo(vn("2025-03-05T09:00"));
    assertThat(keep(calendar, "2025-03-03T09:00", ProcessingTime.ofCalendarDays(1))).isEqualTo(vn("2025-03-05T17:00"));
  }

  /**
   * For receipts every 97 minutes through 2025–2026 and 0–11 working hours or 0–3 working days, under both conventions:
   * the due date lies on a working day within (or at the end of) office hours, exactly the processing time of working
   * time separates it from the moment the dossier counts as received, the two conventions' due dates are separated by
   * closed time only, and keeping the clock time, a whole number of working days ends at the clock time it started.
   */
  @Test
  void dueDate_sweepOverTwoYears_bothConventionsConsumeExactlyTheAmount() {
    int checked = 0;
    for (Instant received = vn("2025-01-01T00:00"); received.isBefore(vn("2026-12-20T00:00"));
        received = received.plus(Duration.ofMinutes(97))) {
      long amount = checked % 12;
      ProcessingTime time =
          checked % 2 == 0 ? ProcessingTime.ofWorkingHours(amount) : ProcessingTime.ofWorkingDays(amount % 4);
      DueDateRule keep = DueDateRule.of(CIVIL_SERVICE, time);
      DueDateRule asHours = keep.newBuilder().convention(WorkingDayConvention.WORKING_HOURS).build();
      Instant start = keep.countingStart(received);
      Instant kept = keep.dueDate(received);
      Instant worked = asHours.dueDate(received);
      Duration expected =
          time.unit() == ProcessingTimeUnit.WORKING_HOURS ? Duration.ofHours(amount) : Duration.ofHours(8 * (amount % 4));
      for (Instant due : List.of(kept, worked)) {
        LocalDate day = LocalDate.ofInstant(due, WorkingCalendar.VIETNAM);
        LocalTime timeOfDay = due.atZone(WorkingCalendar.VIETNAM).toLocalTime();
        assertThat(CIVIL_SERVICE.isWorkingDay(day)).as("due %s", local(due)).isTrue();
        assertThat(CIVIL_SERVICE.officeHours())
            .as("due %s", local(due))
            .anySatisfy(w -> assertThat(timeOfDay).isBetween(w.start(), w.end()));
        assertThat(CIVIL_SERVICE.workingTimeBetween(start, due)).as("received %s", local(received))
            .isEqualTo(expected);
      }
      assertThat(kept).as("received %s", local(received)).isAfterOrEqualTo(worked);
      assertThat(CIVIL_SERVICE.workingTimeBetween(worked, kept)).isZero();
      if (expected.toHours() % 8 == 0) {
        assertThat(kept.atZone(WorkingCalendar.VIETNAM).toLocalTime())
            .as("received %s", local(received))
            .isEqualTo(start.atZone(WorkingCalendar.VIETNAM).toLocalTime());
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(10_000);
  }

  @Test
  void dueDate_beyondTheCalendarsRange_throws() {
    for (WorkingDayConvention convention : WorkingDayConvention.values()) {
      DueDateRule rule = DueDateRule.builder().processingTime(ProcessingTime.ofWorkingHours(ProcessingTime.MAX_AMOUNT))
          .convention(convention).build();
      assertThatThrownBy(() -> rule.dueDate(vn("2026-01-05T09:00")))
          .isInstanceOf(DateTimeException.class)
          .hasMessageContaining("No holidays for 2200");
    }
    // A million working days is more working time than nanoseconds in a long hold: the other arithmetic, same end.
    assertThatThrownBy(() -> DueDateRule.of(CIVIL_SERVICE, ProcessingTime.ofWorkingDays(ProcessingTime.MAX_AMOUNT))
        .dueDate(vn("2026-01-05T09:00")))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("No holidays for 2200");
    assertThatThrownBy(() -> DueDateRule.of(CIVIL_SERVICE, ProcessingTime.ofMonths(ProcessingTime.MAX_AMOUNT))
        .dueDate(vn("2026-01-05T09:00")))
        .isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> DueDateRule.of(CIVIL_SERVICE, ProcessingTime.ofCalendarDays(ProcessingTime.MAX_AMOUNT))
        .dueDate(vn("2026-01-05T09:00")))
        .isInstanceOf(DateTimeException.class);
  }

  @Test
  void dueDate_null_throws() {
    assertThatThrownBy(() -> DueDateRule.of(CIVIL_SERVICE, ProcessingTime.ofWorkingDays(1)).dueDate(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("receivedAt");
  }
}
