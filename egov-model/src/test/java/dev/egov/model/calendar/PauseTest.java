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
  void dueDateHistory_workingTimePauseOverWeekend_addsTheWorkingTimeLost() {
    DueDateHistory history = CIVIL_SERVICE.dueDateHistory(RECEIVED, FIVE_DAYS, List.of(OVER_WEEKEND), WORKING_TIME_PAUSE);
    assertThat(history.initialDueDate()).isEqualTo(vn("2025-03-10T08:00"));
    assertThat(history.changes())
        .containsExactly(new DueDateChange(OVER_WEEKEND, vn("2025-03-10T08:00"), vn("2025-03-12T08:00")));
    assertThat(history.currentDueDate()).contains(vn("2025-03-12T08:00"));
    assertThat(history.isPaused()).isFalse();
  }

  /** Elapsed: 4 days exactly (Thu 10:00 → Mon 10:00): Monday 10 March 08:00 + 4 days = Friday 14 March 08:00, open. */
  @Test
  void dueDateHistory_elapsedTimeOverWeekend_addsTheCalendarTime() {
    DueDateHistory history =
        CIVIL_SERVICE.dueDateHistory(RECEIVED, FIVE_DAYS, List.of(OVER_WEEKEND), ELAPSED_TIME_REALIGNED);
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
  void dueDateHistory_workingTimePauseAcrossTet_skipsTet() {
    DueDateHistory history =
        CIVIL_SERVICE.dueDateHistory(RECEIVED_BEFORE_TET, FIVE_DAYS, List.of(ACROSS_TET), WORKING_TIME_PAUSE);
    assertThat(history.initialDueDate()).isEqualTo(vn("2026-02-23T08:00"));
    assertThat(history.currentDueDate()).contains(vn("2026-03-02T08:00"));
  }

  /** Elapsed: 14 days, Tết included: Monday 23 February 08:00 + 14 days = Monday 9 March 08:00. */
  @Test
  void dueDateHistory_elapsedTimeAcrossTet_countsTet() {
    DueDateHistory history =
        CIVIL_SERVICE.dueDateHistory(RECEIVED_BEFORE_TET, FIVE_DAYS, List.of(ACROSS_TET), ELAPSED_TIME_REALIGNED);
    assertThat(history.currentDueDate()).contains(vn("2026-03-09T08:00"));
  }

  /**
   * Received Tuesday 10 February 2026 08:00 for 3 working days: due Friday 13 February 08:00. A one-day pause (Tue 10
   * 10:00 → Wed 11 10:00) moves it into Tết. Working time: 8 h, so Fri 08:00–17:00 (7 h) and Monday 23 February
   * 07:00–08:00. Elapsed: Fri 13 08:00 + 24 h = Saturday 14 February 08:00, closed, so the same time on the next working
   * day, Monday 23 February 08:00. Both strategies agree here.
   */
  @Test
  void dueDateHistory_pauseMovingTheDueDateIntoTet_bothStrategiesLandAfterTet() {
    Instant received = vn("2026-02-10T08:00");
    ProcessingTime threeDays = ProcessingTime.ofWorkingDays(3);
    List<Pause> pauses = List.of(Pause.of(SUPPLEMENT_REQUEST, vn("2026-02-10T10:00"), vn("2026-02-11T10:00")));
    assertThat(CIVIL_SERVICE.dueDate(received, threeDays)).isEqualTo(vn("2026-02-13T08:00"));
    assertThat(CIVIL_SERVICE.dueDateHistory(received, threeDays, pauses, WORKING_TIME_PAUSE).currentDueDate())
        .contains(vn("2026-02-23T08:00"));
    assertThat(CIVIL_SERVICE.dueDateHistory(received, threeDays, pauses, ELAPSED_TIME_REALIGNED).currentDueDate())
        .contains(vn("2026-02-23T08:00"));
  }

  /**
   * Due Wednesday 5 March 2025 at 17:00 (received Monday 07:00, 3 working days); a one-hour pause on Monday 09:00. Working
   * time: + 1 h = Thursday 08:00. Elapsed: Wednesday 18:00, after closing, re-aligned to the next opening, Thursday
   * 07:00.
   */
  @Test
  void dueDateHistory_elapsedLandingAfterHours_movesToTheNextOpening() {
    Instant received = vn("2025-03-03T07:00");
    ProcessingTime threeDays = ProcessingTime.ofWorkingDays(3);
    List<Pause> pauses = List.of(Pause.of(SUPPLEMENT_REQUEST, vn("2025-03-03T09:00"), vn("2025-03-03T10:00")));
    assertThat(CIVIL_SERVICE.dueDate(received, threeDays)).isEqualTo(vn("2025-03-05T17:00"));
    assertThat(CIVIL_SERVICE.dueDateHistory(received, threeDays, pauses, WORKING_TIME_PAUSE).currentDueDate())
        .contains(vn("2025-03-06T08:00"));
    assertThat(CIVIL_SERVICE.dueDateHistory(received, threeDays, pauses, ELAPSED_TIME_REALIGNED).currentDueDate())
        .contains(vn("2025-03-06T07:00"));
  }

  /** Due Tuesday 4 March 2025 11:00; one hour elapsed lands at 12:00, in the lunch gap: re-aligned to 13:30. */
  @Test
  void dueDateHistory_elapsedLandingInLunchGap_movesToAfternoonOpening() {
    Instant received = vn("2025-03-03T11:00");
    List<Pause> pauses = List.of(Pause.of(SUPPLEMENT_REQUEST, vn("2025-03-03T14:00"), vn("2025-03-03T15:00")));
    DueDateHistory history =
        CIVIL_SERVICE.dueDateHistory(received, ProcessingTime.ofWorkingDays(1), pauses, ELAPSED_TIME_REALIGNED);
    assertThat(history.initialDueDate()).isEqualTo(vn("2025-03-04T11:00"));
    assertThat(history.currentDueDate()).contains(vn("2025-03-04T13:30"));
  }

  /** A pause wholly on a weekend costs no working time: the due date stays for one strategy and moves for the other. */
  @Test
  void dueDateHistory_pauseOnAWeekend_movesOnlyTheElapsedStrategy() {
    List<Pause> pauses = List.of(Pause.of(FINANCIAL_OBLIGATION, vn("2025-03-08T09:00"), vn("2025-03-09T09:00")));
    assertThat(CIVIL_SERVICE.dueDateHistory(RECEIVED, FIVE_DAYS, pauses, WORKING_TIME_PAUSE).currentDueDate())
        .contains(vn("2025-03-10T08:00"));
    assertThat(CIVIL_SERVICE.dueDateHistory(RECEIVED, FIVE_DAYS, pauses, ELAPSED_TIME_REALIGNED).currentDueDate())
        .contains(vn("2025-03-11T08:00"));
  }

  /** Two pauses: each change starts from the due date the previous one left. */
  @Test
  void dueDateHistory_twoPauses_chainsTheChanges() {
    Pause first = Pause.of(SUPPLEMENT_REQUEST, vn("2025-03-04T09:00"), vn("2025-03-04T11:00")); // 2 h
    Pause second = Pause.of(FINANCIAL_OBLIGATION, vn("2025-03-05T14:00"), vn("2025-03-06T14:00")); // 8 h
    DueDateHistory history = CIVIL_SERVICE.dueDateHistory(RECEIVED, FIVE_DAYS, List.of(first, second));
    assertThat(history.changes())
        .containsExactly(
            new DueDateChange(first, vn("2025-03-10T08:00"), vn("2025-03-10T10:00")),
            new DueDateChange(second, vn("2025-03-10T10:00"), vn("2025-03-11T10:00")));
  }

  /** While a pause goes on, the new due date is unknown; the history keeps the due date before it. */
  @Test
  void dueDateHistory_ongoingPause_hasNoCurrentDueDate() {
    Pause ongoing = Pause.ongoing(SUPPLEMENT_REQUEST, vn("2025-03-05T09:00"));
    DueDateHistory history = CIVIL_SERVICE.dueDateHistory(RECEIVED, FIVE_DAYS, List.of(ongoing));
    assertThat(history.changes()).containsExactly(new DueDateChange(ongoing, vn("2025-03-10T08:00"), null));
    assertThat(history.currentDueDate()).isEmpty();
    assertThat(history.isPaused()).isTrue();
  }

  @Test
  void dueDateHistory_noPauses_isTheDueDate() {
    DueDateHistory history = CIVIL_SERVICE.dueDateHistory(RECEIVED, FIVE_DAYS, List.of());
    assertThat(history.changes()).isEmpty();
    assertThat(history.currentDueDate()).contains(CIVIL_SERVICE.dueDate(RECEIVED, FIVE_DAYS));
  }

  @Test
  void dueDateHistory_usesTheCalendarsStrategy() {
    WorkingCalendar elapsed = WorkingCalendar.builder().pauseStrategy(ELAPSED_TIME_REALIGNED).build();
    assertThat(elapsed.dueDateHistory(RECEIVED, FIVE_DAYS, List.of(OVER_WEEKEND)).currentDueDate())
        .contains(vn("2025-03-14T08:00"));
    assertThat(CIVIL_SERVICE.dueDateHistory(RECEIVED, FIVE_DAYS, List.of(OVER_WEEKEND)).currentDueDate())
        .contains(vn("2025-03-12T08:00"));
  }

  @Test
  void dueDateHistory_pauseBeforeReceipt_throws() {
    Pause early = Pause.of(SUPPLEMENT_REQUEST, vn("2025-03-03T07:00"), vn("2025-03-03T09:00"));
    assertThatThrownBy(() -> CIVIL_SERVICE.dueDateHistory(RECEIVED, FIVE_DAYS, List.of(early)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("pauses[0] starts at")
        .hasMessageContaining("before the receipt");
  }

  @Test
  void dueDateHistory_overlappingPauses_throws() {
    Pause first = Pause.of(SUPPLEMENT_REQUEST, vn("2025-03-04T09:00"), vn("2025-03-04T11:00"));
    Pause second = Pause.of(SUPPLEMENT_REQUEST, vn("2025-03-04T10:00"), vn("2025-03-04T12:00"));
    assertThatThrownBy(() -> CIVIL_SERVICE.dueDateHistory(RECEIVED, FIVE_DAYS, List.of(first, second)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pauses[1]")
        .hasMessageContaining("before the end of the previous pause");
  }

  @Test
  void dueDateHistory_ongoingPauseNotLast_throws() {
    Pause ongoing = Pause.ongoing(SUPPLEMENT_REQUEST, vn("2025-03-04T09:00"));
    Pause later = Pause.of(SUPPLEMENT_REQUEST, vn("2025-03-05T09:00"), vn("2025-03-05T10:00"));
    assertThatThrownBy(() -> CIVIL_SERVICE.dueDateHistory(RECEIVED, FIVE_DAYS, List.of(ongoing, later)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pauses[0] is ongoing but is not the last pause");
  }
}
