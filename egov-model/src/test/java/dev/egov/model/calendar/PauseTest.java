package dev.egov.model.calendar;

import static dev.egov.model.calendar.PauseReason.FINANCIAL_OBLIGATION;
import static dev.egov.model.calendar.PauseReason.SUPPLEMENT_REQUEST;
import static dev.egov.model.calendar.PauseStrategy.ELAPSED_TIME_REALIGNED;
import static dev.egov.model.calendar.PauseStrategy.WORKING_TIME_PAUSE;
import static dev.egov.model.calendar.Times.vn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class PauseTest {

  private static final WorkingCalendar CIVIL_SERVICE = WorkingCalendar.civilService();

  /** The default rule: working-time pauses, whole working days keeping the clock time. */
  private static DueDateRule rule(ProcessingTime time) {
    return DueDateRule.of(CIVIL_SERVICE, time);
  }

  private static DueDateRule rule(ProcessingTime time, PauseStrategy strategy) {
    return DueDateRule.builder().calendar(CIVIL_SERVICE).processingTime(time).pauseStrategy(strategy).build();
  }

  /**
   * Received Monday 3 March 2025 08:00 for 5 working days (40 h): Mon 08:00–17:00 is 7 h, Tue–Fri 32 h, Monday 10
   * March 07:00–08:00 the last hour: due Monday 10 March 08:00. A supplement is requested Thursday 6 March 10:00 and
   * received Monday 10 March 10:00, across the weekend.
   */
  private static final Instant RECEIVED = vn("2025-03-03T08:00");
  private static final ProcessingTime FIVE_DAYS = ProcessingTime.ofWorkingDays(5);
  private static final Pause OVER_WEEKEND =
      Pause.of(SUPPLEMENT_REQUEST, vn("2025-03-06T10:00"), vn("2025-03-10T10:00"));

  /**
   * Working time in the pause: Thu 10:00–17:00 5 h, Fri 8 h, Mon 07:00–10:00 3 h = 16 h. Due Monday 10 March 08:00 + 16
   * h: Mon 08:00–17:00 7 h, Tue 8 h, Wed 07:00–08:00 1 h: Wednesday 12 March 08:00.
   */
  @Test
  void history_workingTimePauseOverWeekend_addsTheWorkingTimeLost() {
    DueDateHistory history = rule(FIVE_DAYS, WORKING_TIME_PAUSE).history(RECEIVED, List.of(OVER_WEEKEND));
    assertThat(history.initialDueDate()).isEqualTo(vn("2025-03-10T08:00"));
    assertThat(history.changes())
        .containsExactly(new DueDateChange(OVER_WEEKEND, vn("2025-03-10T08:00"), vn("2025-03-12T08:00")));
    assertThat(history.currentDueDate()).contains(vn("2025-03-12T08:00"));
    assertThat(history.isPaused()).isFalse();
  }

  /** Elapsed: 4 days exactly (Thu 10:00 → Mon 10:00): Monday 10 March 08:00 + 4 days = Friday 14 March 08:00, open. */
  @Test
  void history_elapsedTimeOverWeekend_addsTheCalendarTime() {
    DueDateHistory history =
        rule(FIVE_DAYS, ELAPSED_TIME_REALIGNED).history(RECEIVED, List.of(OVER_WEEKEND));
    assertThat(history.currentDueDate()).contains(vn("2025-03-14T08:00"));
  }

  /**
   * Received Monday 9 February 2026 08:00 for 5 working days: Mon 7 h, Tue–Fri 13 February 32 h, then the Tết break
   * (14–22 February), Monday 23 February 07:00–08:00: due Monday 23 February 08:00. A supplement is requested
   * Wednesday 11 February 09:00 and received Wednesday 25 February 09:00, across Tết.
   */
  private static final Instant RECEIVED_BEFORE_TET = vn("2026-02-09T08:00");
  private static final Pause ACROSS_TET = Pause.of(SUPPLEMENT_REQUEST, vn("2026-02-11T09:00"), vn("2026-02-25T09:00"));

  /**
   * Working time in the pause: Wed 11 09:00–17:00 6 h, Thu 12 8 h, Fri 13 8 h, Mon 23 8 h, Tue 24 8 h, Wed 25
   * 07:00–09:00 2 h = 40 h (Tết adds nothing). Monday 23 February 08:00 + 40 h: Mon 7 h, Tue–Fri 27 February 32 h,
   * Monday 2 March 07:00–08:00: Monday 2 March 08:00.
   */
  @Test
  void history_workingTimePauseAcrossTet_skipsTet() {
    DueDateHistory history =
        rule(FIVE_DAYS, WORKING_TIME_PAUSE).history(RECEIVED_BEFORE_TET, List.of(ACROSS_TET));
    assertThat(history.initialDueDate()).isEqualTo(vn("2026-02-23T08:00"));
    assertThat(history.currentDueDate()).contains(vn("2026-03-02T08:00"));
  }

  /** Elapsed: 14 days, Tết included: Monday 23 February 08:00 + 14 days = Monday 9 March 08:00. */
  @Test
  void history_elapsedTimeAcrossTet_countsTet() {
    DueDateHistory history =
        rule(FIVE_DAYS, ELAPSED_TIME_REALIGNED).history(RECEIVED_BEFORE_TET, List.of(ACROSS_TET));
    assertThat(history.currentDueDate()).contains(vn("2026-03-09T08:00"));
  }

  /**
   * Received Tuesday 10 February 2026 08:00 for 3 working days: due Friday 13 February 08:00. A one-day pause (Tue 10
   * 10:00 → Wed 11 10:00) moves it into Tết. Working time: 8 h, so Fri 08:00–17:00 (7 h) and Monday 23 February
   * 07:00–08:00. Elapsed: Fri 13 08:00 + 24 h = Saturday 14 February 08:00, closed, so the same time on the next working
   * day, Monday 23 February 08:00. Both strategies agree here.
   */
  @Test
  void history_pauseMovingTheDueDateIntoTet_bothStrategiesLandAfterTet() {
    Instant received = vn("2026-02-10T08:00");
    ProcessingTime threeDays = ProcessingTime.ofWorkingDays(3);
    List<Pause> pauses = List.of(Pause.of(SUPPLEMENT_REQUEST, vn("2026-02-10T10:00"), vn("2026-02-11T10:00")));
    assertThat(rule(threeDays).dueDate(received)).isEqualTo(vn("2026-02-13T08:00"));
    assertThat(rule(threeDays, WORKING_TIME_PAUSE).history(received, pauses).currentDueDate())
        .contains(vn("2026-02-23T08:00"));
    assertThat(rule(threeDays, ELAPSED_TIME_REALIGNED).history(received, pauses).currentDueDate())
        .contains(vn("2026-02-23T08:00"));
  }

  /**
   * Counting whole days as working hours: due Wednesday 5 March 2025 at 17:00 (received Monday 07:00, 3 working days);
   * a one-hour pause on Monday 09:00. Working time: + 1 h = Thursday 08:00. Elapsed: Wednesday 18:00, after closing,
   * re-aligned to the next opening, Thursday 07:00.
   */
  @Test
  void history_workingHoursConvention_elapsedLandingAfterHoursMovesToTheNextOpening() {
    Instant received = vn("2025-03-03T07:00");
    DueDateRule asHours = rule(ProcessingTime.ofWorkingDays(3)).newBuilder()
        .convention(WorkingDayConvention.WORKING_HOURS).build();
    List<Pause> pauses = List.of(Pause.of(SUPPLEMENT_REQUEST, vn("2025-03-03T09:00"), vn("2025-03-03T10:00")));
    assertThat(asHours.dueDate(received)).isEqualTo(vn("2025-03-05T17:00"));
    assertThat(asHours.history(received, pauses).currentDueDate()).contains(vn("2025-03-06T08:00"));
    assertThat(asHours.newBuilder().pauseStrategy(ELAPSED_TIME_REALIGNED).build().history(received, pauses)
        .currentDueDate()).contains(vn("2025-03-06T07:00"));
  }

  /**
   * Keeping the clock time: due Thursday 6 March 2025 at 07:00 (received Monday 07:00, 3 working days). A one-hour
   * pause adds one working hour: Thursday 08:00, as with working hours. Elapsed: Thursday 08:00, open, kept.
   */
  @Test
  void history_keepClockTime_oneHourPauseAfterAnOpeningDueDate() {
    Instant received = vn("2025-03-03T07:00");
    ProcessingTime threeDays = ProcessingTime.ofWorkingDays(3);
    List<Pause> pauses = List.of(Pause.of(SUPPLEMENT_REQUEST, vn("2025-03-03T09:00"), vn("2025-03-03T10:00")));
    assertThat(rule(threeDays).dueDate(received)).isEqualTo(vn("2025-03-06T07:00"));
    assertThat(rule(threeDays).history(received, pauses).currentDueDate()).contains(vn("2025-03-06T08:00"));
    assertThat(rule(threeDays, ELAPSED_TIME_REALIGNED).history(received, pauses).currentDueDate())
        .contains(vn("2025-03-06T08:00"));
  }

  /**
   * A pause of exactly one working day (Tuesday 07:00 to Wednesday 07:00) after a due date at an opening, Thursday 6
   * March 2025 07:00: keeping the clock time, Friday 07:00; as working hours, the 8 hours end Thursday 17:00, the same
   * working moment.
   */
  @Test
  void afterPause_wholeWorkingDay_keepsTheClockTimeOrEndsAtClosing() {
    Pause oneDay = Pause.of(SUPPLEMENT_REQUEST, vn("2025-03-04T07:00"), vn("2025-03-05T07:00"));
    DueDateRule keep = rule(ProcessingTime.ofWorkingDays(3));
    DueDateRule asHours = keep.newBuilder().convention(WorkingDayConvention.WORKING_HOURS).build();
    assertThat(keep.afterPause(vn("2025-03-06T07:00"), oneDay)).isEqualTo(vn("2025-03-07T07:00"));
    assertThat(asHours.afterPause(vn("2025-03-06T07:00"), oneDay)).isEqualTo(vn("2025-03-06T17:00"));
    // A due date at closing (a remainder that ran out then) moves by whole days at that clock time.
    assertThat(keep.afterPause(vn("2025-03-06T17:00"), oneDay)).isEqualTo(vn("2025-03-07T17:00"));
    // A due date in closed time, as another system may record it, counts from the next opening.
    assertThat(keep.afterPause(vn("2025-03-08T10:00"), oneDay)).isEqualTo(vn("2025-03-11T07:00"));
    assertThat(asHours.afterPause(vn("2025-03-08T10:00"), oneDay)).isEqualTo(vn("2025-03-10T17:00"));
  }

  @Test
  void afterPause_ongoingPause_throws() {
    assertThatThrownBy(() -> rule(FIVE_DAYS).afterPause(vn("2025-03-10T08:00"),
            Pause.ongoing(SUPPLEMENT_REQUEST, vn("2025-03-04T09:00"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("goes on");
  }

  /** Due Tuesday 4 March 2025 11:00; one hour elapsed lands at 12:00, in the lunch gap: re-aligned to 13:30. */
  @Test
  void history_elapsedLandingInLunchGap_movesToAfternoonOpening() {
    Instant received = vn("2025-03-03T11:00");
    List<Pause> pauses = List.of(Pause.of(SUPPLEMENT_REQUEST, vn("2025-03-03T14:00"), vn("2025-03-03T15:00")));
    DueDateHistory history =
        rule(ProcessingTime.ofWorkingDays(1), ELAPSED_TIME_REALIGNED).history(received, pauses);
    assertThat(history.initialDueDate()).isEqualTo(vn("2025-03-04T11:00"));
    assertThat(history.currentDueDate()).contains(vn("2025-03-04T13:30"));
  }

  /** A pause wholly on a weekend costs no working time: the due date stays for one strategy and moves for the other. */
  @Test
  void history_pauseOnAWeekend_movesOnlyTheElapsedStrategy() {
    List<Pause> pauses = List.of(Pause.of(FINANCIAL_OBLIGATION, vn("2025-03-08T09:00"), vn("2025-03-09T09:00")));
    assertThat(rule(FIVE_DAYS, WORKING_TIME_PAUSE).history(RECEIVED, pauses).currentDueDate())
        .contains(vn("2025-03-10T08:00"));
    assertThat(rule(FIVE_DAYS, ELAPSED_TIME_REALIGNED).history(RECEIVED, pauses).currentDueDate())
        .contains(vn("2025-03-11T08:00"));
  }

  /** Two pauses: each change starts from the due date the previous one left. */
  @Test
  void history_twoPauses_chainsTheChanges() {
    Pause first = Pause.of(SUPPLEMENT_REQUEST, vn("2025-03-04T09:00"), vn("2025-03-04T11:00")); // 2 h
    Pause second = Pause.of(FINANCIAL_OBLIGATION, vn("2025-03-05T14:00"), vn("2025-03-06T14:00")); // 8 h
    DueDateHistory history = rule(FIVE_DAYS).history(RECEIVED, List.of(first, second));
    assertThat(history.changes())
        .containsExactly(
            new DueDateChange(first, vn("2025-03-10T08:00"), vn("2025-03-10T10:00")),
            new DueDateChange(second, vn("2025-03-10T10:00"), vn("2025-03-11T10:00")));
  }

  /** While a pause goes on, the new due date is unknown; the history keeps the due date before it. */
  @Test
  void history_ongoingPause_hasNoCurrentDueDate() {
    Pause ongoing = Pause.ongoing(SUPPLEMENT_REQUEST, vn("2025-03-05T09:00"));
    DueDateHistory history = rule(FIVE_DAYS).history(RECEIVED, List.of(ongoing));
    assertThat(history.changes()).containsExactly(new DueDateChange(ongoing, vn("2025-03-10T08:00"), null));
    assertThat(history.currentDueDate()).isEmpty();
    assertThat(history.isPaused()).isTrue();
  }

  @Test
  void history_noPauses_isTheDueDate() {
    DueDateHistory history = rule(FIVE_DAYS).history(RECEIVED, List.of());
    assertThat(history.changes()).isEmpty();
    assertThat(history.currentDueDate()).contains(rule(FIVE_DAYS).dueDate(RECEIVED));
  }

  @Test
  void history_usesTheRulesStrategy() {
    DueDateRule elapsed = rule(FIVE_DAYS).newBuilder().pauseStrategy(ELAPSED_TIME_REALIGNED).build();
    assertThat(elapsed.history(RECEIVED, List.of(OVER_WEEKEND)).currentDueDate()).contains(vn("2025-03-14T08:00"));
    assertThat(rule(FIVE_DAYS).history(RECEIVED, List.of(OVER_WEEKEND)).currentDueDate())
        .contains(vn("2025-03-12T08:00"));
    assertThat(rule(FIVE_DAYS).dueDate(RECEIVED, List.of(OVER_WEEKEND))).contains(vn("2025-03-12T08:00"));
  }

  /** A supplement asked for and answered before an online dossier is received does not move its due date. */
  @Test
  void history_pauseEndedByTheReceipt_isSkipped() {
    Pause early = Pause.of(SUPPLEMENT_REQUEST, vn("2025-02-28T09:00"), vn("2025-03-03T08:00"));
    DueDateHistory history = rule(FIVE_DAYS).history(RECEIVED, List.of(early, OVER_WEEKEND));
    assertThat(history.changes()).extracting(DueDateChange::pause).containsExactly(OVER_WEEKEND);
    assertThat(history.currentDueDate()).contains(vn("2025-03-12T08:00"));
  }

  /** Only the part of a pause from the receipt on stops the clock: Mon 07:00–09:00 counts 08:00–09:00, one hour. */
  @Test
  void history_pauseBeganBeforeTheReceipt_countsFromTheReceipt() {
    Pause early = Pause.of(SUPPLEMENT_REQUEST, vn("2025-03-03T07:00"), vn("2025-03-03T09:00"));
    DueDateHistory history = rule(FIVE_DAYS).history(RECEIVED, List.of(early));
    assertThat(history.changes()).containsExactly(new DueDateChange(early, vn("2025-03-10T08:00"),
        vn("2025-03-10T09:00")));
  }

  @Test
  void resumedDueDate_closesTheOngoingPause() {
    Pause ongoing = Pause.ongoing(SUPPLEMENT_REQUEST, vn("2025-03-06T10:00"));
    assertThat(rule(FIVE_DAYS).resumedDueDate(RECEIVED, List.of(ongoing), vn("2025-03-10T10:00")))
        .isEqualTo(vn("2025-03-12T08:00"));
  }

  @Test
  void resumedDueDate_noOngoingPauseOrResumingBeforeIt_throws() {
    assertThatThrownBy(() -> rule(FIVE_DAYS).resumedDueDate(RECEIVED, List.of(OVER_WEEKEND), vn("2025-03-11T10:00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pauses has no ongoing pause from the receipt on");
    Pause ongoing = Pause.ongoing(SUPPLEMENT_REQUEST, vn("2025-03-06T10:00"));
    assertThatThrownBy(() -> rule(FIVE_DAYS).resumedDueDate(RECEIVED, List.of(ongoing), vn("2025-03-06T09:00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("resumeAt");
  }

  @Test
  void history_overlappingPauses_throws() {
    Pause first = Pause.of(SUPPLEMENT_REQUEST, vn("2025-03-04T09:00"), vn("2025-03-04T11:00"));
    Pause second = Pause.of(SUPPLEMENT_REQUEST, vn("2025-03-04T10:00"), vn("2025-03-04T12:00"));
    assertThatThrownBy(() -> rule(FIVE_DAYS).history(RECEIVED, List.of(first, second)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pauses[1]")
        .hasMessageContaining("before the end of the previous pause");
  }

  @Test
  void history_ongoingPauseNotLast_throws() {
    Pause ongoing = Pause.ongoing(SUPPLEMENT_REQUEST, vn("2025-03-04T09:00"));
    Pause later = Pause.of(SUPPLEMENT_REQUEST, vn("2025-03-05T09:00"), vn("2025-03-05T10:00"));
    assertThatThrownBy(() -> rule(FIVE_DAYS).history(RECEIVED, List.of(ongoing, later)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pauses[0] is ongoing but is not the last pause");
  }
}
