package dev.egov.model.indicators;

import static dev.egov.model.indicators.Fixtures.BIRTH;
import static dev.egov.model.indicators.Fixtures.CERTIFICATE;
import static dev.egov.model.indicators.Fixtures.LAND;
import static dev.egov.model.indicators.Fixtures.UNKNOWN;
import static dev.egov.model.indicators.Fixtures.processing;
import static dev.egov.model.indicators.Fixtures.submitted;
import static dev.egov.model.indicators.Fixtures.vn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.model.calendar.DueDateRule;
import dev.egov.model.calendar.ProcessingTime;
import dev.egov.model.calendar.WorkingCalendar;
import dev.egov.model.calendar.WorkingDayConvention;
import dev.egov.model.code.Channel;
import dev.egov.model.code.DossierStatus;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.dossier.ProcedureRef;
import dev.egov.model.dossier.SupplementRequest;
import dev.egov.model.id.ProcedureCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Indicator 2.1, one rule at a time. Every dossier is received Monday 2 March 09:00 and due Thursday 5 at 09:00. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class OnTimeTest {

  private static final IndicatorCalculator MARCH = Fixtures.march().build();
  private static final WorkingCalendar CALENDAR = WorkingCalendar.civilService();
  private static final String RECEIVED = "2026-03-02T09:00";
  private static final String DUE = "2026-03-05T09:00";

  private static Dossier received(int sequence) {
    return processing(sequence, RECEIVED, DUE);
  }

  private static OnTimeAssessment assess(Dossier dossier) {
    return MARCH.assessOnTime(dossier);
  }

  // ---- Due date ----

  @ParameterizedTest(name = "finished {0}: {1}")
  @CsvSource({
    "2026-03-02T10:00, EARLY",
    "2026-03-04T16:59, EARLY",
    "2026-03-05T08:00, ON_TIME",
    "2026-03-05T09:00, ON_TIME", // NgayKetThucXuLy ≤ NgayHenTra
    "2026-03-05T09:01, LATE",
    "2026-03-31T17:00, LATE",
  })
  void assessOnTime_finishedAgainstDueDate_earlyOnTimeOrLate(String finished, OnTimeOutcome expected) {
    Dossier dossier = received(1).finish(vn(finished)).dossier();

    OnTimeAssessment assessment = assess(dossier);

    assertThat(assessment.outcome()).isEqualTo(expected);
    assertThat(assessment.end()).isEqualTo(vn(finished));
    assertThat(assessment.dueAt()).isEqualTo(vn(DUE));
    assertThat(assessment.elapsed()).isNull();
  }

  // ---- Which end status counts ----

  @Test
  void assessOnTime_finishedEarlyReturnedLate_finishedTakesPriority() {
    Dossier dossier = received(1).finish(vn("2026-03-04T10:00")).dossier()
        .returnResult(vn("2026-03-09T10:00"), List.of()).dossier();

    OnTimeAssessment assessment = assess(dossier);

    assertThat(assessment.outcome()).isEqualTo(OnTimeOutcome.EARLY);
    assertThat(assessment.end()).isEqualTo(vn("2026-03-04T10:00"));
  }

  @Test
  void assessOnTime_onlyReturnedKnown_returnedIsTheEnd() {
    // Read from another system: result returned, no NgayKetThucXuLy, no history.
    Dossier dossier = submitted(1).status(DossierStatus.RESULT_RETURNED).receivedAt(vn(RECEIVED)).dueAt(vn(DUE))
        .returnedAt(vn("2026-03-06T10:00")).build();

    OnTimeAssessment assessment = assess(dossier);

    assertThat(assessment.outcome()).isEqualTo(OnTimeOutcome.LATE);
    assertThat(assessment.end()).isEqualTo(vn("2026-03-06T10:00"));
  }

  @Test
  void assessOnTime_stopped_stopIsTheEnd() {
    Dossier dossier = received(1).stop(vn("2026-03-05T08:00"), "Không đủ điều kiện").dossier();

    OnTimeAssessment assessment = assess(dossier);

    assertThat(assessment.outcome()).isEqualTo(OnTimeOutcome.ON_TIME);
    assertThat(assessment.end()).isEqualTo(vn("2026-03-05T08:00"));
  }

  @Test
  void assessOnTime_refusedAtTheDesk_assessedFromSubmission() {
    // Never received, so no due date: 2 working hours from submission against 3 working days.
    Dossier dossier = submitted(1).build().refuse(vn("2026-03-02T10:00"), "Sai thẩm quyền").dossier();

    OnTimeAssessment assessment = assess(dossier);

    assertThat(assessment.outcome()).isEqualTo(OnTimeOutcome.ON_TIME);
    assertThat(assessment.end()).isEqualTo(vn("2026-03-02T10:00"));
    assertThat(assessment.elapsed()).isEqualTo(Duration.ofHours(2));
    assertThat(assessment.allowed()).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void assessOnTime_withdrawnBeforeReception_notReceived() {
    Dossier dossier = submitted(1).build().withdraw(vn("2026-03-02T10:00"), null).dossier();

    assertThat(assess(dossier).outcome()).isEqualTo(OnTimeOutcome.NOT_RECEIVED);
  }

  @Test
  void assessOnTime_withdrawnAfterReception_withdrawalIsTheEnd() {
    Dossier dossier = received(1).withdraw(vn("2026-03-06T10:00"), null).dossier();

    OnTimeAssessment assessment = assess(dossier);

    assertThat(assessment.outcome()).isEqualTo(OnTimeOutcome.LATE);
    assertThat(assessment.end()).isEqualTo(vn("2026-03-06T10:00"));
  }

  @Test
  void assessOnTime_submittedOnly_notReceived() {
    assertThat(assess(submitted(1).build()).outcome()).isEqualTo(OnTimeOutcome.NOT_RECEIVED);
  }

  @Test
  void assessOnTime_receivedAfterPeriodEnd_notYetReceived() {
    Dossier dossier = processing(submitted(1).submittedAt(vn("2026-03-31T20:00")).build(), "2026-04-01T08:00",
        "2026-04-06T08:00");

    assertThat(assess(dossier).outcome()).isEqualTo(OnTimeOutcome.NOT_RECEIVED);
  }

  @Test
  void assessOnTime_endedStatusWithoutAnyInstant_notAssessable() {
    Dossier dossier = submitted(1).status(DossierStatus.STOPPED).receivedAt(vn(RECEIVED)).dueAt(vn(DUE)).build();

    assertThat(assess(dossier).outcome()).isEqualTo(OnTimeOutcome.NOT_ASSESSABLE);
  }

  // ---- Supplements ----

  private static Dossier askedOnTuesday(Dossier dossier) {
    return dossier.requestSupplement(
        SupplementRequest.open(vn("2026-03-03T10:00"), "Bổ sung giấy chứng sinh", List.of())).dossier();
  }

  @Test
  void assessOnTime_oneSupplementNeverAnswered_requestIsTheEnd() {
    // Without the rule the dossier would be overdue at the period end; the applicant's wait is not the agency's.
    Dossier dossier = askedOnTuesday(received(1));

    OnTimeAssessment assessment = assess(dossier);

    assertThat(assessment.outcome()).isEqualTo(OnTimeOutcome.EARLY);
    assertThat(assessment.end()).isEqualTo(vn("2026-03-03T10:00"));
    assertThat(assessment.dueAt()).isEqualTo(vn(DUE));
    assertThat(assessment.supplementRequests()).isEqualTo(1);
  }

  @Test
  void assessOnTime_supplementPauseMovesDueDate_finishedAfterOriginalDueIsOnTime() {
    Dossier asked = askedOnTuesday(received(1));
    Instant resumed = vn("2026-03-09T10:00");
    // Paused 32 working hours (Tue 10:00 to Mon 10:00): due Wed 11 March 09:00.
    Instant moved = DueDateRule.of(CALENDAR, ProcessingTime.ofWorkingDays(3))
        .resumedDueDate(asked.receivedAt(), asked.pauses(), resumed);
    Dossier dossier = asked.supplementReceived(resumed, moved).dossier().finish(vn("2026-03-11T08:00")).dossier();

    OnTimeAssessment assessment = assess(dossier);

    assertThat(moved).isEqualTo(vn("2026-03-11T09:00"));
    assertThat(assessment.outcome()).isEqualTo(OnTimeOutcome.ON_TIME);
    assertThat(assessment.dueAt()).isEqualTo(moved);
  }

  @Test
  void assessOnTime_supplementAnsweredButDueDateNotMoved_pauseMovesItAnyway() {
    // A source that keeps NgayHenTra unchanged: NgayHenTraMoi = NgayHenTraTruoc.
    Dossier dossier = askedOnTuesday(received(1)).supplementReceived(vn("2026-03-09T10:00"), vn(DUE)).dossier()
        .finish(vn("2026-03-11T08:00")).dossier();

    OnTimeAssessment assessment = assess(dossier);

    assertThat(assessment.outcome()).isEqualTo(OnTimeOutcome.ON_TIME);
    assertThat(assessment.dueAt()).isEqualTo(vn("2026-03-11T09:00"));
  }

  @Test
  void assessOnTime_twoSupplementRequests_lateThoughFinishedEarly() {
    Dossier once = askedOnTuesday(received(1)).supplementReceived(vn("2026-03-04T08:00"), vn(DUE)).dossier();
    Dossier twice = once.requestSupplement(SupplementRequest.open(vn("2026-03-04T09:00"), "Lần hai", List.of()))
        .dossier().supplementReceived(vn("2026-03-04T10:00"), vn(DUE)).dossier();
    Dossier finished = twice.finish(vn("2026-03-04T15:00")).dossier();

    assertThat(assess(once.finish(vn("2026-03-04T15:00")).dossier()).outcome()).isEqualTo(OnTimeOutcome.EARLY);
    assertThat(assess(finished).outcome()).isEqualTo(OnTimeOutcome.LATE);
    assertThat(assess(finished).supplementRequests()).isEqualTo(2);
    assertThat(assess(twice).outcome()).isEqualTo(OnTimeOutcome.OVERDUE);
  }

  // ---- No due date ----

  private static Dossier withoutDueDate(ProcedureCode procedure, Channel channel) {
    return submitted(1).procedure(ProcedureRef.of(procedure)).channel(channel).status(DossierStatus.PROCESSING)
        .receivedAt(vn(RECEIVED)).build();
  }

  @ParameterizedTest(name = "finished {0}: {1}")
  @CsvSource({
    "2026-03-04T16:00, ON_TIME, 21", // Mon 6 h + Tue 8 h + Wed 7 h, within 3 working days (24 h)
    "2026-03-05T09:00, ON_TIME, 24",
    "2026-03-05T09:01, LATE, 24",
    "2026-03-06T10:00, LATE, 33",
  })
  void assessOnTime_noDueDate_elapsedWorkingTimeAgainstStatutoryTime(
      String finished, OnTimeOutcome expected, long elapsedHours) {
    Dossier dossier = withoutDueDate(BIRTH, Channel.DIRECT).finish(vn(finished)).dossier();

    OnTimeAssessment assessment = assess(dossier);

    assertThat(assessment.outcome()).isEqualTo(expected);
    assertThat(assessment.dueAt()).isNull();
    assertThat(assessment.elapsed()).isBetween(
        Duration.ofHours(elapsedHours), Duration.ofHours(elapsedHours).plusMinutes(1));
    assertThat(assessment.allowed()).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void assessOnTime_noDueDateWithSupplementPause_pauseSubtracted() {
    // 33 working hours elapsed, of which Tue 07:00 to Thu 07:00 (16 h) waiting for the applicant.
    Dossier dossier = withoutDueDate(BIRTH, Channel.DIRECT).toBuilder()
        .supplements(List.of(SupplementRequest.open(vn("2026-03-03T07:00"), "Bổ sung", List.of())
            .answered(vn("2026-03-05T07:00"), null)))
        .build().finish(vn("2026-03-06T10:00")).dossier();

    OnTimeAssessment assessment = assess(dossier);

    assertThat(assessment.outcome()).isEqualTo(OnTimeOutcome.ON_TIME);
    assertThat(assessment.elapsed()).isEqualTo(Duration.ofHours(17));
  }

  /**
   * Received at opening, Monday 2 March 07:00, for 3 working days and finished Wednesday 4 March at 18:00, after
   * closing: exactly the 24 working hours used. Keeping the clock time (the default) the agency's software would have
   * made it due Thursday 07:00: on time. Counting working hours, due Wednesday 17:00: late.
   */
  @Test
  void assessOnTime_noDueDateEndAfterClosingOnTheLastDay_theConventionDecides() {
    Dossier dossier = submitted(1).status(DossierStatus.PROCESSING).receivedAt(vn("2026-03-02T07:00")).build()
        .finish(vn("2026-03-04T18:00")).dossier();
    IndicatorCalculator asHours = Fixtures.march().workingDayConvention(WorkingDayConvention.WORKING_HOURS).build();

    OnTimeAssessment kept = assess(dossier);
    OnTimeAssessment counted = asHours.assessOnTime(dossier);

    assertThat(MARCH.workingDayConvention()).isEqualTo(WorkingDayConvention.KEEP_CLOCK_TIME);
    assertThat(kept.outcome()).isEqualTo(OnTimeOutcome.ON_TIME);
    assertThat(counted.outcome()).isEqualTo(OnTimeOutcome.LATE);
    assertThat(kept.elapsed()).isEqualTo(counted.elapsed()).isEqualTo(Duration.ofHours(24));
    assertThat(kept.allowed()).isEqualTo(counted.allowed()).isEqualTo(Duration.ofHours(24));
    // Before closing, or after the next opening, both conventions agree.
    Dossier beforeClosing = submitted(2).status(DossierStatus.PROCESSING).receivedAt(vn("2026-03-02T07:00")).build()
        .finish(vn("2026-03-04T17:00")).dossier();
    Dossier nextMorning = submitted(3).status(DossierStatus.PROCESSING).receivedAt(vn("2026-03-02T07:00")).build()
        .finish(vn("2026-03-05T07:05")).dossier();
    assertThat(assess(beforeClosing).outcome()).isEqualTo(asHours.assessOnTime(beforeClosing).outcome())
        .isEqualTo(OnTimeOutcome.ON_TIME);
    assertThat(assess(nextMorning).outcome()).isEqualTo(asHours.assessOnTime(nextMorning).outcome())
        .isEqualTo(OnTimeOutcome.LATE);
  }

  /**
   * A source that did not move the due date for an answered supplement (NgayHenTraMoi = NgayHenTraTruoc): the pause
   * is placed by the calculator's convention. Due Thursday 5 March 07:00 (received Monday 07:00), paused Tuesday 07:00
   * to Wednesday 07:00, one working day: keeping the clock time due Friday 07:00, as working hours Thursday 17:00.
   */
  @Test
  void assessOnTime_unmovedDueDateAfterAPause_placedByTheConvention() {
    Dossier dossier = processing(submitted(1).submittedAt(vn("2026-03-02T06:50")).build(), "2026-03-02T07:00",
        "2026-03-05T07:00")
        .requestSupplement(SupplementRequest.open(vn("2026-03-03T07:00"), "Bổ sung", List.of())).dossier()
        .supplementReceived(vn("2026-03-04T07:00"), vn("2026-03-05T07:00")).dossier()
        .finish(vn("2026-03-05T18:00")).dossier();
    IndicatorCalculator asHours = Fixtures.march().workingDayConvention(WorkingDayConvention.WORKING_HOURS).build();

    assertThat(assess(dossier).dueAt()).isEqualTo(vn("2026-03-06T07:00"));
    assertThat(assess(dossier).outcome()).isEqualTo(OnTimeOutcome.EARLY);
    assertThat(asHours.assessOnTime(dossier).dueAt()).isEqualTo(vn("2026-03-05T17:00"));
    assertThat(asHours.assessOnTime(dossier).outcome()).isEqualTo(OnTimeOutcome.LATE);
  }

  @Test
  void assessOnTime_noDueDateUnknownProcedure_notAssessable() {
    Dossier dossier = withoutDueDate(UNKNOWN, Channel.DIRECT).finish(vn("2026-03-03T10:00")).dossier();

    OnTimeAssessment assessment = assess(dossier);

    assertThat(assessment.outcome()).isEqualTo(OnTimeOutcome.NOT_ASSESSABLE);
    assertThat(assessment.elapsed()).isNull();
  }

  @Test
  void assessOnTime_noDueDate_statutoryTimeOfTheDossiersChannel() {
    // 21 working hours: more than 2 working days online, less than 5 in person.
    String finished = "2026-03-04T16:00";

    assertThat(assess(withoutDueDate(CERTIFICATE, Channel.ONLINE).finish(vn(finished)).dossier()).outcome())
        .isEqualTo(OnTimeOutcome.LATE);
    assertThat(assess(withoutDueDate(CERTIFICATE, Channel.DIRECT).finish(vn(finished)).dossier()).outcome())
        .isEqualTo(OnTimeOutcome.ON_TIME);
  }

  @Test
  void assessOnTime_noDueDateCalendarDays_workingTimeUpToTheCalendarsDueDate() {
    // 10 days from Mon 2 March: the end of Thu 12 March, 70 working hours later.
    assertThat(assess(withoutDueDate(LAND, Channel.DIRECT).finish(vn("2026-03-12T16:00")).dossier()))
        .satisfies(a -> assertThat(a.outcome()).isEqualTo(OnTimeOutcome.ON_TIME))
        .satisfies(a -> assertThat(a.allowed()).isEqualTo(Duration.ofHours(70)));
    assertThat(assess(withoutDueDate(LAND, Channel.DIRECT).finish(vn("2026-03-13T08:00")).dossier()).outcome())
        .isEqualTo(OnTimeOutcome.LATE);
  }

  // ---- Open at the period end (1 April 00:00) ----

  @ParameterizedTest(name = "due {0}: {1}")
  @CsvSource({
    "2026-03-31T17:00, OVERDUE",
    "2026-04-03T09:00, ON_TRACK",
  })
  void assessOnTime_openAtPeriodEnd_judgedAtPeriodEnd(String due, OnTimeOutcome expected) {
    OnTimeAssessment assessment = assess(processing(1, "2026-03-27T09:00", due));

    assertThat(assessment.outcome()).isEqualTo(expected);
    assertThat(assessment.end()).isEqualTo(vn("2026-04-01T00:00"));
  }

  @ParameterizedTest(name = "received {0}: {1}")
  @CsvSource({
    "2026-03-30T09:00, ON_TRACK", // 14 working hours by the period end
    "2026-03-26T09:00, OVERDUE", // 30 working hours
  })
  void assessOnTime_openWithoutDueDate_elapsedUpToPeriodEnd(String received, OnTimeOutcome expected) {
    Dossier dossier = submitted(1).submittedAt(vn(received)).status(DossierStatus.PROCESSING)
        .receivedAt(vn(received)).build();

    assertThat(assess(dossier).outcome()).isEqualTo(expected);
  }

  @Test
  void assessOnTime_finishedAfterPeriodEnd_stillOpenAsOfPeriodEnd() {
    Dossier dossier = processing(1, "2026-03-30T09:00", "2026-04-02T09:00").finish(vn("2026-04-06T09:00")).dossier();

    OnTimeAssessment assessment = assess(dossier);

    assertThat(assessment.outcome()).isEqualTo(OnTimeOutcome.ON_TRACK);
    assertThat(assessment.end()).isEqualTo(vn("2026-04-01T00:00"));
  }

  @Test
  void assessOnTime_secondSupplementAfterPeriodEnd_notYetCounted() {
    Dossier dossier = askedOnTuesday(received(1)).supplementReceived(vn("2026-03-04T08:00"), vn(DUE)).dossier()
        .finish(vn("2026-03-04T15:00")).dossier().toBuilder()
        .supplements(List.of(
            SupplementRequest.open(vn("2026-03-03T10:00"), "", List.of()).answered(vn("2026-03-04T08:00"), null),
            SupplementRequest.open(vn("2026-04-02T10:00"), "", List.of())))
        .build();

    OnTimeAssessment assessment = assess(dossier);

    assertThat(assessment.supplementRequests()).isEqualTo(1);
    assertThat(assessment.outcome()).isEqualTo(OnTimeOutcome.EARLY);
  }

  @Test
  void outcome_rateMembership_onTimeLateAndOutside() {
    assertThat(OnTimeOutcome.values()).filteredOn(OnTimeOutcome::isOnTime)
        .containsExactly(OnTimeOutcome.EARLY, OnTimeOutcome.ON_TIME, OnTimeOutcome.ON_TRACK);
    assertThat(OnTimeOutcome.values()).filteredOn(OnTimeOutcome::isLate)
        .containsExactly(OnTimeOutcome.LATE, OnTimeOutcome.OVERDUE);
    assertThat(OnTimeOutcome.NOT_ASSESSABLE.isAssessed()).isFalse();
    assertThat(OnTimeOutcome.NOT_RECEIVED.isAssessed()).isFalse();
  }
}
