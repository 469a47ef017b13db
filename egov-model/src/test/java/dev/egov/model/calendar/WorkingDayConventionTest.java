package dev.egov.model.calendar;

import static dev.egov.model.calendar.Times.local;
import static dev.egov.model.calendar.Times.vn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two {@link WorkingDayConvention}s on the civil-service calendar of 2026, around openings, the lunch gap, closing
 * times, rest days, Tết (break Saturday 14 to Sunday 22 February), 30 April and 1 May, the National Day break (Monday
 * 31 August to Wednesday 2 September) and the make-up Saturdays 10 January and 22 August. These are the worked examples
 * of {@code docs/due-date-conventions.md}.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class WorkingDayConventionTest {

  private static final WorkingCalendar CIVIL_SERVICE = WorkingCalendar.civilService();

  private static DueDateRule rule(ProcessingTime time, WorkingDayConvention convention) {
    return DueDateRule.builder().calendar(CIVIL_SERVICE).processingTime(time).convention(convention).build();
  }

  @ParameterizedTest(name = "{0}: received {1} + {2} working days = {3} (keep) / {4} (hours)")
  @CsvSource({
    "at opening,                 2026-03-02T07:00, 1, 2026-03-03T07:00, 2026-03-02T17:00",
    "before opening,             2026-03-02T06:30, 1, 2026-03-03T07:00, 2026-03-02T17:00",
    "mid-morning,                2026-03-02T09:15, 2, 2026-03-04T09:15, 2026-03-04T09:15",
    "at the morning closing,     2026-03-02T11:30, 1, 2026-03-03T13:30, 2026-03-03T11:30",
    "in the lunch gap,           2026-03-02T12:10, 1, 2026-03-03T13:30, 2026-03-03T11:30",
    "mid-afternoon,              2026-03-02T15:45, 1, 2026-03-03T15:45, 2026-03-03T15:45",
    "exactly at closing,         2026-03-02T17:00, 1, 2026-03-04T07:00, 2026-03-03T17:00",
    "after closing,              2026-03-02T18:45, 3, 2026-03-06T07:00, 2026-03-05T17:00",
    "on a Sunday,                2026-03-01T10:00, 1, 2026-03-03T07:00, 2026-03-02T17:00",
    "on Thursday before Tết,     2026-02-12T09:00, 3, 2026-02-24T09:00, 2026-02-24T09:00",
    "after closing before Tết,   2026-02-13T17:30, 3, 2026-02-26T07:00, 2026-02-25T17:00",
    "during Tết,                 2026-02-17T10:00, 1, 2026-02-24T07:00, 2026-02-23T17:00",
    "ten days across Tết,        2026-02-09T08:00, 10, 2026-03-02T08:00, 2026-03-02T08:00",
    "ten days across Tết from opening, 2026-02-09T07:00, 10, 2026-03-02T07:00, 2026-02-27T17:00",
    "before 30 April and 1 May,  2026-04-29T16:00, 1, 2026-05-04T16:00, 2026-05-04T16:00",
    "after closing before 30/04, 2026-04-29T17:15, 2, 2026-05-06T07:00, 2026-05-05T17:00",
    "on the make-up Saturday 10/01 at opening, 2026-01-10T07:00, 1, 2026-01-12T07:00, 2026-01-10T17:00",
    "Friday before the make-up Saturday 10/01, 2026-01-09T10:00, 1, 2026-01-10T10:00, 2026-01-10T10:00",
    "after closing before the make-up Saturday 22/08, 2026-08-21T17:30, 1, 2026-08-24T07:00, 2026-08-22T17:00",
    "before the National Day break, 2026-08-28T10:00, 2, 2026-09-04T10:00, 2026-09-04T10:00",
    "at opening before the National Day break, 2026-08-28T07:00, 1, 2026-09-03T07:00, 2026-08-28T17:00",
    "afternoon opening five days across the break, 2026-08-24T13:30, 5, 2026-09-03T13:30, 2026-09-03T11:30",
  })
  void dueDate_workingDays_bothConventions(String name, String received, long days, String keep, String hours) {
    ProcessingTime time = ProcessingTime.ofWorkingDays(days);
    Instant kept = rule(time, WorkingDayConvention.KEEP_CLOCK_TIME).dueDate(vn(received));
    Instant asHours = rule(time, WorkingDayConvention.WORKING_HOURS).dueDate(vn(received));

    assertThat(local(kept)).as("keep, %s", name).isEqualTo(local(vn(keep)));
    assertThat(local(asHours)).as("hours, %s", name).isEqualTo(local(vn(hours)));
    // The same working time either way: only closed time lies between the two.
    assertThat(CIVIL_SERVICE.workingTimeBetween(asHours, kept)).isZero();
    assertThat(CIVIL_SERVICE.workingTimeBetween(vn(received), kept)).isEqualTo(Duration.ofHours(8 * days));
  }

  /** A remainder that runs out exactly at a closing time ends there, under both conventions. */
  @ParameterizedTest(name = "received {0} + {1} working hours = {2}")
  @CsvSource({
    "2026-03-02T14:00, 3, 2026-03-02T17:00", // the afternoon closing
    "2026-03-02T08:30, 3, 2026-03-02T11:30", // the morning closing
    "2026-03-02T14:00, 11, 2026-03-03T17:00", // a whole day and 3 hours: Tuesday 14:00 + 3 h
    "2026-02-13T14:00, 11, 2026-02-23T17:00", // across Tết: Monday 23 February 14:00 + 3 h
    "2026-01-09T16:00, 9, 2026-01-10T17:00", // onto the make-up Saturday 10/01: Saturday 16:00 + 1 h
  })
  void dueDate_remainderEndingAtClosing_staysAtClosing(String received, long hours, String expected) {
    ProcessingTime time = ProcessingTime.ofWorkingHours(hours);
    for (WorkingDayConvention convention : WorkingDayConvention.values()) {
      assertThat(local(rule(time, convention).dueDate(vn(received)))).as("%s", convention)
          .isEqualTo(local(vn(expected)));
    }
  }

  /**
   * A dossier without a recorded due date is judged by the rule's own due date: received at opening Monday 2 March
   * 2026 for one working day and finished at 18:00 the same day, it has used exactly its 8 working hours. Keeping the
   * clock time it is due Tuesday 07:00, so it is within time; as working hours it was due Monday 17:00, so it is not.
   */
  @Test
  void measure_endInTheClosedTimeAfterTheTimeRanOut_conventionDecides() {
    ProcessingTime oneDay = ProcessingTime.ofWorkingDays(1);
    Instant received = vn("2026-03-02T07:00");
    Instant finished = vn("2026-03-02T18:00");

    ElapsedTime kept = rule(oneDay, WorkingDayConvention.KEEP_CLOCK_TIME).measure(received, finished, List.of());
    ElapsedTime asHours = rule(oneDay, WorkingDayConvention.WORKING_HOURS).measure(received, finished, List.of());

    assertThat(kept.elapsed()).isEqualTo(kept.allowed()).isEqualTo(Duration.ofHours(8));
    assertThat(asHours.elapsed()).isEqualTo(asHours.allowed());
    assertThat(kept.dueDate()).isEqualTo(vn("2026-03-03T07:00"));
    assertThat(kept.isWithinTime()).isTrue();
    assertThat(asHours.dueDate()).isEqualTo(vn("2026-03-02T17:00"));
    assertThat(asHours.isWithinTime()).isFalse();
  }

  /** Otherwise the measurement agrees with comparing working times, under both conventions. */
  @ParameterizedTest(name = "finished {0}: within {1}")
  @CsvSource({
    "2026-03-02T16:59, true",
    "2026-03-02T17:00, true",
    "2026-03-03T07:01, false",
    "2026-03-03T09:00, false",
  })
  void measure_elsewhere_agreesWithTheWorkingTimes(String finished, boolean within) {
    ProcessingTime oneDay = ProcessingTime.ofWorkingDays(1);
    for (WorkingDayConvention convention : WorkingDayConvention.values()) {
      ElapsedTime measured = rule(oneDay, convention).measure(vn("2026-03-02T07:00"), vn(finished), List.of());
      assertThat(measured.isWithinTime()).as("%s", convention).isEqualTo(within);
      assertThat(measured.elapsed().compareTo(measured.allowed()) <= 0).as("%s", convention).isEqualTo(within);
    }
  }

  /**
   * Pauses in any order, overlapping, one before the receipt and one still going on, are cut and merged: received
   * Monday 2 March 2026 09:00, a supplement Tuesday 09:00–11:00 overlapping an obligation Tuesday 10:00–14:30 (together
   * 09:00–14:30: 2 h 30 min + 1 h = 3 h 30 min of working time), and a request still open from Thursday 16:00, measured
   * to Friday 6 March 09:00 (1 h + 2 h = 3 h more).
   */
  @Test
  void measure_pausesOverlappingAndOngoing_areCountedOnce() {
    DueDateRule rule = rule(ProcessingTime.ofWorkingDays(3), WorkingDayConvention.KEEP_CLOCK_TIME);
    List<Pause> pauses = List.of(
        Pause.ongoing(PauseReason.SUPPLEMENT_REQUEST, vn("2026-03-05T16:00")),
        Pause.of(PauseReason.FINANCIAL_OBLIGATION, vn("2026-03-03T10:00"), vn("2026-03-03T14:30")),
        Pause.of(PauseReason.SUPPLEMENT_REQUEST, vn("2026-03-03T09:00"), vn("2026-03-03T11:00")),
        Pause.of(PauseReason.SUPPLEMENT_REQUEST, vn("2026-02-27T09:00"), vn("2026-03-02T08:00")));

    ElapsedTime measured = rule.measure(vn("2026-03-02T09:00"), vn("2026-03-06T09:00"), pauses);

    // Mon 09:00 to Fri 09:00 is 32 working hours; less 3 h 30 min and 3 h.
    assertThat(measured.elapsed()).isEqualTo(Duration.ofMinutes(32 * 60 - 390));
    assertThat(rule.elapsedLessPauses(vn("2026-03-02T09:00"), vn("2026-03-06T09:00"), pauses))
        .isEqualTo(measured.elapsed());
    assertThat(measured.allowed()).isEqualTo(Duration.ofHours(24));
    // Due Thursday 5 March 09:00, moved by 6 h 30 min of pauses: Thursday 09:00–11:30, 13:30–17:00, Friday 07:00–07:30.
    assertThat(measured.dueDate()).isEqualTo(vn("2026-03-06T07:30"));
    assertThat(measured.isWithinTime()).isFalse();
  }

  @Test
  void measure_endBeforeReceipt_throws() {
    DueDateRule rule = rule(ProcessingTime.ofWorkingDays(1), WorkingDayConvention.KEEP_CLOCK_TIME);
    assertThatThrownBy(() -> rule.measure(vn("2026-03-02T09:00"), vn("2026-03-02T08:00"), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("end");
  }
}
