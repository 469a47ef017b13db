package dev.egov.model.dossier;

import static dev.egov.model.dossier.Dossiers.APPLICANT_ID;
import static dev.egov.model.dossier.Dossiers.CODE;
import static dev.egov.model.dossier.Dossiers.RECEIVED;
import static dev.egov.model.dossier.Dossiers.at;
import static dev.egov.model.dossier.Dossiers.submitted;
import static dev.egov.model.dossier.Dossiers.vn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.egov.model.calendar.DueDateRule;
import dev.egov.model.calendar.Pause;
import dev.egov.model.calendar.PauseReason;
import dev.egov.model.calendar.ProcessingTime;
import dev.egov.model.calendar.WorkingCalendar;
import dev.egov.model.code.Channel;
import dev.egov.model.code.DossierStatus;
import dev.egov.model.code.NationalDatabase;
import dev.egov.model.dossier.IllegalTransitionException.Reason;
import dev.egov.model.id.AgencyCode;
import dev.egov.model.person.PersonName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A dossier's derived values and its named lifecycle methods, walked through whole (ADR 5). */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class DossierTest {

  private static final Instant DUE = vn("2026-11-27T09:00");
  private static final Instant PROCESSING = vn("2026-11-20T10:00");
  private static final Instant SUPPLEMENT_ASKED = vn("2026-11-23T09:00");
  private static final Instant SUPPLEMENT_GIVEN = vn("2026-11-25T14:00");
  private static final Instant DUE_AFTER_SUPPLEMENT = vn("2026-12-01T14:00");
  private static final Instant FINISHED = vn("2026-11-30T16:00");
  private static final Instant RETURNED = vn("2026-12-01T08:30");

  private static final DossierResultDocument BIRTH_CERTIFICATE = new DossierResultDocument("Giấy khai sinh", "TP01",
      "GT-1", "https://dichvucong.gov.vn/kq/1", "KQ01");

  private static Dossier processing() {
    return submitted().receive(RECEIVED, DUE).dossier().startProcessing(PROCESSING).dossier();
  }

  // --- The full path ----------------------------------------------------------------------------------------------

  @Test
  void happyPath_receiveToResultReturned_recordsEveryStepAndInstant() {
    Dossier d0 = submitted();

    DossierTransition t1 = d0.receive(RECEIVED, DUE);
    DossierTransition t2 = t1.dossier().startProcessing(PROCESSING);
    DossierTransition t3 = t2.dossier().requestSupplement(
        SupplementRequest.open(SUPPLEMENT_ASKED, "Bổ sung bản sao giấy chứng sinh", List.of("Giấy chứng sinh")));
    DossierTransition t4 = t3.dossier().supplementReceived(SUPPLEMENT_GIVEN, DUE_AFTER_SUPPLEMENT);
    DossierTransition t5 = t4.dossier().finish(FINISHED);
    DossierTransition t6 = t5.dossier().returnResult(RETURNED, List.of(BIRTH_CERTIFICATE));
    Dossier done = t6.dossier();

    assertThat(t1.event()).isEqualTo(new DossierEvent(CODE, DossierStatus.SUBMITTED, DossierStatus.RECEIVED,
        RECEIVED, null));
    assertThat(t2.event()).isEqualTo(new DossierEvent(CODE, DossierStatus.RECEIVED, DossierStatus.PROCESSING,
        PROCESSING, null));
    assertThat(t3.event()).isEqualTo(new DossierEvent(CODE, DossierStatus.PROCESSING,
        DossierStatus.SUPPLEMENT_REQUESTED, SUPPLEMENT_ASKED, "Bổ sung bản sao giấy chứng sinh"));
    assertThat(t4.event()).isEqualTo(new DossierEvent(CODE, DossierStatus.SUPPLEMENT_REQUESTED,
        DossierStatus.PROCESSING, SUPPLEMENT_GIVEN, null));
    assertThat(t5.event()).isEqualTo(new DossierEvent(CODE, DossierStatus.PROCESSING, DossierStatus.FINISHED,
        FINISHED, null));
    assertThat(t6.event()).isEqualTo(new DossierEvent(CODE, DossierStatus.FINISHED, DossierStatus.RESULT_RETURNED,
        RETURNED, null));

    assertThat(done.status()).isSameAs(DossierStatus.RESULT_RETURNED);
    assertThat(done.statusHistory()).containsExactly(
        new StatusChange(DossierStatus.RECEIVED, RECEIVED, null),
        new StatusChange(DossierStatus.PROCESSING, PROCESSING, null),
        new StatusChange(DossierStatus.SUPPLEMENT_REQUESTED, SUPPLEMENT_ASKED, "Bổ sung bản sao giấy chứng sinh"),
        new StatusChange(DossierStatus.PROCESSING, SUPPLEMENT_GIVEN, null),
        new StatusChange(DossierStatus.FINISHED, FINISHED, null),
        new StatusChange(DossierStatus.RESULT_RETURNED, RETURNED, null));
    assertThat(done.submittedAt()).isEqualTo(Dossiers.SUBMITTED);
    assertThat(done.receivedAt()).isEqualTo(RECEIVED);
    assertThat(done.dueAt()).isEqualTo(DUE_AFTER_SUPPLEMENT);
    assertThat(done.finishedAt()).isEqualTo(FINISHED);
    assertThat(done.returnedAt()).isEqualTo(RETURNED);
    assertThat(done.refusedAt()).isNull();
    assertThat(done.results()).containsExactly(BIRTH_CERTIFICATE);
    assertThat(done.hasElectronicResult()).isTrue();
    assertThat(DossierLifecycle.hasProcessingEnded(done)).isTrue();
    assertThat(DossierLifecycle.isTerminal(done.status())).isTrue();
  }

  @Test
  void requestSupplement_recordsTheDueDateBefore_andPausesTheClock() {
    Dossier paused = processing().requestSupplement(
        SupplementRequest.open(SUPPLEMENT_ASKED, "Bổ sung", List.of("Giấy chứng sinh"))).dossier();

    SupplementRequest request = paused.supplements().get(0);
    assertThat(paused.status()).isSameAs(DossierStatus.SUPPLEMENT_REQUESTED);
    assertThat(request.dueBefore()).isEqualTo(DUE);
    assertThat(request.dueAfter()).isNull();
    assertThat(request.resubmittedAt()).isNull();
    assertThat(paused.openSupplement()).contains(request);
    assertThat(paused.dueAt()).isEqualTo(DUE);
    assertThat(paused.pauses()).containsExactly(Pause.ongoing(PauseReason.SUPPLEMENT_REQUEST, SUPPLEMENT_ASKED));
  }

  @Test
  void supplementReceived_closesTheRequest_andExtendsTheDueDate() {
    Dossier resumed = processing()
        .requestSupplement(SupplementRequest.open(SUPPLEMENT_ASKED, "Bổ sung", List.of())).dossier()
        .supplementReceived(SUPPLEMENT_GIVEN, DUE_AFTER_SUPPLEMENT).dossier();

    SupplementRequest request = resumed.supplements().get(0);
    assertThat(resumed.status()).isSameAs(DossierStatus.PROCESSING);
    assertThat(resumed.dueAt()).isEqualTo(DUE_AFTER_SUPPLEMENT);
    assertThat(request.requestedAt()).isEqualTo(SUPPLEMENT_ASKED);
    assertThat(request.resubmittedAt()).isEqualTo(SUPPLEMENT_GIVEN);
    assertThat(request.dueBefore()).isEqualTo(DUE);
    assertThat(request.dueAfter()).isEqualTo(DUE_AFTER_SUPPLEMENT);
    assertThat(request.isOpen()).isFalse();
    assertThat(resumed.openSupplement()).isEmpty();
    assertThat(resumed.pauses())
        .containsExactly(Pause.of(PauseReason.SUPPLEMENT_REQUEST, SUPPLEMENT_ASKED, SUPPLEMENT_GIVEN));
  }

  /** ADR 5: online dossiers are checked before reception; the supplement completes them, and they are received. */
  @Test
  void preReceptionSupplement_submittedToSupplementToReceived() {
    Instant asked = vn("2026-11-20T08:30");
    Instant given = vn("2026-11-23T10:00");

    DossierTransition toSupplement = submitted().requestSupplement(SupplementRequest.open(asked, "Thiếu tờ khai",
        List.of("Tờ khai")));
    DossierTransition toReceived = toSupplement.dossier().supplementReceived(given, DUE_AFTER_SUPPLEMENT);
    Dossier received = toReceived.dossier();

    assertThat(toSupplement.event().from()).isSameAs(DossierStatus.SUBMITTED);
    assertThat(toSupplement.dossier().supplements().get(0).dueBefore()).isNull();
    assertThat(toReceived.event()).isEqualTo(new DossierEvent(CODE, DossierStatus.SUPPLEMENT_REQUESTED,
        DossierStatus.RECEIVED, given, null));
    assertThat(received.status()).isSameAs(DossierStatus.RECEIVED);
    assertThat(received.receivedAt()).isEqualTo(given);
    assertThat(received.dueAt()).isEqualTo(DUE_AFTER_SUPPLEMENT);
    assertThat(received.supplements().get(0).resubmittedAt()).isEqualTo(given);
    assertThat(received.statusHistory()).extracting(StatusChange::status)
        .containsExactly(DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.RECEIVED);
    assertThat(received.startProcessing(given).dossier().status()).isSameAs(DossierStatus.PROCESSING);
  }

  @Test
  void pauses_afterAPreReceptionSupplement_resumedDueDateMovesOnlyByPausesSinceReceipt() {
    DueDateRule rule = DueDateRule.of(WorkingCalendar.civilService(), ProcessingTime.ofWorkingDays(5));
    Instant given = vn("2026-11-23T10:00");
    Instant asked = vn("2026-11-25T09:00");
    Instant resumed = vn("2026-11-26T09:00");
    Dossier paused = submitted()
        .requestSupplement(SupplementRequest.open(vn("2026-11-20T08:30"), "Thiếu tờ khai", List.of())).dossier()
        .supplementReceived(given, rule.dueDate(given)).dossier()
        .startProcessing(given).dossier()
        .requestSupplement(SupplementRequest.open(asked, "Bổ sung", List.of())).dossier();

    Instant due = rule.resumedDueDate(paused.receivedAt(), paused.pauses(), resumed);

    assertThat(paused.pauses()).hasSize(2);
    assertThat(due).isEqualTo(rule.dueDate(given, List.of(Pause.of(PauseReason.SUPPLEMENT_REQUEST, asked, resumed)))
        .orElseThrow());
    assertThat(due).isAfter(rule.dueDate(given));
  }

  /** Notes are free text ("Công dân Nguyễn Văn An xin rút hồ sơ"): logs show that one exists, never what it says. */
  @Test
  void toString_ofEventsAndHistory_omitsFreeTextNotes() {
    String note = "Ông Nguyễn Văn An xin rút hồ sơ";
    DossierTransition withdrawn = processing().withdraw(FINISHED, note);
    FinancialObligation obligation = new FinancialObligation(SUPPLEMENT_ASKED, "Bà Lê Thị Hoa nộp lệ phí", null,
        DUE, null);

    assertThat(withdrawn.event().toString()).contains("with note").doesNotContain("Nguyễn", "An xin");
    assertThat(withdrawn.dossier().statusHistory()).last().asString().contains("with note")
        .doesNotContain("Nguyễn");
    assertThat(obligation.toString()).contains("with content", "open").doesNotContain("Hoa");
  }

  @Test
  void preReceptionSupplement_neverAnswered_isRefused() {
    Dossier waiting = submitted().requestSupplement(
        SupplementRequest.open(vn("2026-11-20T08:30"), "Thiếu tờ khai", List.of())).dossier();

    Dossier refused = waiting.refuse(vn("2026-12-04T08:00"), "Quá hạn bổ sung").dossier();

    assertThat(refused.status()).isSameAs(DossierStatus.NOT_RECEIVED);
    assertThat(refused.refusedAt()).isEqualTo(vn("2026-12-04T08:00"));
    assertThat(refused.receivedAt()).isNull();
  }

  @Test
  void supplementAfterReception_cannotGoBackToReception() {
    Dossier paused = processing()
        .requestSupplement(SupplementRequest.open(SUPPLEMENT_ASKED, "Bổ sung", List.of())).dossier();

    assertThat(catchThrowableOfType(IllegalTransitionException.class,
        () -> paused.receive(SUPPLEMENT_GIVEN, DUE_AFTER_SUPPLEMENT)).reason()).isEqualTo(Reason.RECEPTION_STATE);
    assertThat(catchThrowableOfType(IllegalTransitionException.class,
        () -> paused.refuse(SUPPLEMENT_GIVEN, null)).reason()).isEqualTo(Reason.RECEPTION_STATE);
  }

  @Test
  void financialObligation_requestedThenMet_pausesAndExtendsTheDueDate() {
    Instant notified = vn("2026-11-24T09:00");
    Instant paid = vn("2026-11-26T11:00");
    Instant newDue = vn("2026-12-01T11:00");

    DossierTransition toObligation = processing().requestFinancialObligation(notified, "Nộp lệ phí trước bạ");
    Dossier waiting = toObligation.dossier();
    DossierTransition met = waiting.financialObligationMet(paid, newDue);

    assertThat(toObligation.event()).isEqualTo(new DossierEvent(CODE, DossierStatus.PROCESSING,
        DossierStatus.FINANCIAL_OBLIGATION, notified, "Nộp lệ phí trước bạ"));
    assertThat(waiting.financialObligations())
        .containsExactly(new FinancialObligation(notified, "Nộp lệ phí trước bạ", null, DUE, null));
    assertThat(waiting.openFinancialObligation()).isPresent();
    assertThat(waiting.pauses()).containsExactly(Pause.ongoing(PauseReason.FINANCIAL_OBLIGATION, notified));

    assertThat(met.event()).isEqualTo(new DossierEvent(CODE, DossierStatus.FINANCIAL_OBLIGATION,
        DossierStatus.PROCESSING, paid, null));
    assertThat(met.dossier().status()).isSameAs(DossierStatus.PROCESSING);
    assertThat(met.dossier().dueAt()).isEqualTo(newDue);
    assertThat(met.dossier().financialObligations())
        .containsExactly(new FinancialObligation(notified, "Nộp lệ phí trước bạ", paid, DUE, newDue));
    assertThat(met.dossier().openFinancialObligation()).isEmpty();
    assertThat(met.dossier().pauses()).containsExactly(Pause.of(PauseReason.FINANCIAL_OBLIGATION, notified, paid));
  }

  @Test
  void financialObligation_metAndFinishedAtOnce_closesTheObligation() {
    Instant notified = vn("2026-11-24T09:00");
    Dossier finished = processing().requestFinancialObligation(notified, null).dossier().finish(FINISHED).dossier();

    assertThat(finished.status()).isSameAs(DossierStatus.FINISHED);
    assertThat(finished.finishedAt()).isEqualTo(FINISHED);
    assertThat(finished.financialObligations().get(0).fulfilledAt()).isEqualTo(FINISHED);
    assertThat(finished.financialObligations().get(0).dueAfter()).isEqualTo(DUE);
  }

  /** {@link Dossier#supplementReceived} and {@link Dossier#financialObligationMet} need an open request or wait. */
  @Test
  void supplementReceived_noSupplementOpen_isRefused() {
    IllegalTransitionException received = catchThrowableOfType(IllegalTransitionException.class,
        () -> at(DossierStatus.RECEIVED, true).supplementReceived(SUPPLEMENT_GIVEN, DUE_AFTER_SUPPLEMENT));
    IllegalTransitionException submitted = catchThrowableOfType(IllegalTransitionException.class,
        () -> submitted().supplementReceived(SUPPLEMENT_GIVEN, DUE_AFTER_SUPPLEMENT));
    IllegalTransitionException obligation = catchThrowableOfType(IllegalTransitionException.class,
        () -> at(DossierStatus.FINANCIAL_OBLIGATION, true).supplementReceived(SUPPLEMENT_GIVEN, DUE));

    assertThat(received).isNotNull();
    assertThat(received.reason()).isEqualTo(Reason.NOT_ALLOWED);
    assertThat(received.from()).isSameAs(DossierStatus.RECEIVED);
    assertThat(submitted).isNotNull();
    assertThat(submitted.from()).isSameAs(DossierStatus.SUBMITTED);
    assertThat(obligation).isNotNull();
  }

  @Test
  void financialObligationMet_noObligationOpen_isRefused() {
    IllegalTransitionException received = catchThrowableOfType(IllegalTransitionException.class,
        () -> at(DossierStatus.RECEIVED, true).financialObligationMet(SUPPLEMENT_GIVEN, DUE_AFTER_SUPPLEMENT));
    IllegalTransitionException supplement = catchThrowableOfType(IllegalTransitionException.class,
        () -> at(DossierStatus.SUPPLEMENT_REQUESTED, true).financialObligationMet(SUPPLEMENT_GIVEN, DUE));

    assertThat(received).isNotNull();
    assertThat(received.reason()).isEqualTo(Reason.NOT_ALLOWED);
    assertThat(received.to()).isSameAs(DossierStatus.PROCESSING);
    assertThat(supplement).isNotNull();
    assertThat(supplement.from()).isSameAs(DossierStatus.SUPPLEMENT_REQUESTED);
  }

  @Test
  void refuse_submittedDossier_recordsTheReasonAndInstant() {
    Instant at = vn("2026-11-20T10:00");

    DossierTransition refused = submitted().refuse(at, "Không thuộc thẩm quyền");

    assertThat(refused.dossier().status()).isSameAs(DossierStatus.NOT_RECEIVED);
    assertThat(refused.dossier().refusedAt()).isEqualTo(at);
    assertThat(refused.dossier().statusHistory())
        .containsExactly(new StatusChange(DossierStatus.NOT_RECEIVED, at, "Không thuộc thẩm quyền"));
    assertThat(refused.event()).isEqualTo(new DossierEvent(CODE, DossierStatus.SUBMITTED, DossierStatus.NOT_RECEIVED,
        at, "Không thuộc thẩm quyền"));
    assertThat(DossierLifecycle.hasProcessingEnded(refused.dossier())).isTrue();
  }

  @Test
  void refuse_receivedDossier_isNotAllowed() {
    assertThat(catchThrowableOfType(IllegalTransitionException.class,
        () -> processing().refuse(FINISHED, null)).reason()).isEqualTo(Reason.NOT_ALLOWED);
  }

  @Test
  void withdraw_beforeAndAfterReception_recordsTheNote() {
    Instant at = vn("2026-11-24T15:00");

    Dossier early = submitted().withdraw(at, "Nộp nhầm thủ tục").dossier();
    Dossier late = processing().withdraw(at, "Không còn nhu cầu").dossier();

    assertThat(early.status()).isSameAs(DossierStatus.WITHDRAWN);
    assertThat(early.statusHistory()).containsExactly(new StatusChange(DossierStatus.WITHDRAWN, at,
        "Nộp nhầm thủ tục"));
    assertThat(DossierLifecycle.hasProcessingEnded(early)).isFalse();
    assertThat(late.statusHistory()).last().isEqualTo(new StatusChange(DossierStatus.WITHDRAWN, at,
        "Không còn nhu cầu"));
    assertThat(DossierLifecycle.hasProcessingEnded(late)).isTrue();
  }

  @Test
  void stop_processingDossier_recordsTheNote() {
    Instant at = vn("2026-11-26T09:00");

    DossierTransition stopped = processing().stop(at, "Có tranh chấp");

    assertThat(stopped.dossier().status()).isSameAs(DossierStatus.STOPPED);
    assertThat(stopped.event().note()).isEqualTo("Có tranh chấp");
    assertThat(stopped.dossier().statusHistory()).last()
        .isEqualTo(new StatusChange(DossierStatus.STOPPED, at, "Có tranh chấp"));
    assertThatThrownBy(() -> stopped.dossier().withdraw(at, null)).isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void returnResult_beforeFinishing_isRefusedAndAppendsNothing() {
    Dossier processing = processing();

    assertThat(catchThrowableOfType(IllegalTransitionException.class,
        () -> processing.returnResult(RETURNED, List.of(BIRTH_CERTIFICATE))).reason()).isEqualTo(Reason.NOT_ALLOWED);
    assertThat(processing.results()).isEmpty();
  }

  @Test
  void returnResult_appendsToEarlierResults() {
    DossierResultDocument earlier = new DossierResultDocument("Trích lục", null, null, null, null);
    Dossier finished = processing().toBuilder().results(List.of(earlier)).build().finish(FINISHED).dossier();

    Dossier returned = finished.returnResult(RETURNED, List.of(BIRTH_CERTIFICATE)).dossier();

    assertThat(returned.results()).containsExactly(earlier, BIRTH_CERTIFICATE);
    assertThat(finished.returnResult(RETURNED, List.of()).dossier().results()).containsExactly(earlier);
  }

  @Test
  void move_leavesTheOriginalDossierUnchanged() {
    Dossier before = processing();
    Dossier copy = before.toBuilder().build();

    before.requestSupplement(SupplementRequest.open(SUPPLEMENT_ASKED, "Bổ sung", List.of()));
    before.requestFinancialObligation(SUPPLEMENT_ASKED, null);
    before.finish(FINISHED);

    assertThat(before).isEqualTo(copy);
    assertThat(before.status()).isSameAs(DossierStatus.PROCESSING);
    assertThat(before.statusHistory()).hasSize(2);
    assertThat(before.supplements()).isEmpty();
    assertThat(before.financialObligations()).isEmpty();
    assertThat(before.finishedAt()).isNull();
  }

  @Test
  void unknownStatus_roundTripsThroughToBuilder_butCannotMove() {
    Dossier odd = Dossiers.builder().status(DossierStatus.of("11")).build();

    Dossier copy = odd.toBuilder().build();

    assertThat(copy).isEqualTo(odd);
    assertThat(copy.status().code()).isEqualTo("11");
    assertThat(copy.status().isKnown()).isFalse();
    for (DossierStatus to : DossierStatus.known()) {
      assertThat(catchThrowableOfType(IllegalTransitionException.class, () -> copy.move(to, RECEIVED)).reason())
          .isEqualTo(Reason.UNKNOWN_FROM_STATUS);
    }
    assertThat(catchThrowableOfType(IllegalTransitionException.class, () -> copy.finish(RECEIVED)).reason())
        .isEqualTo(Reason.UNKNOWN_FROM_STATUS);
  }

  @Test
  void withStep_appendsAStepAndKeepsTheStatus() {
    Dossier dossier = processing();
    ProcessingStep step = new ProcessingStep("Lê Văn Bình", "Chuyên viên", vn("2026-11-21T10:00"), "Phòng Tư pháp",
        "Thẩm định hồ sơ", DossierStatus.PROCESSING, null, null);

    Dossier stepped = dossier.withStep(step);

    assertThat(stepped.steps()).containsExactly(step);
    assertThat(stepped.status()).isSameAs(DossierStatus.PROCESSING);
    assertThat(stepped.statusHistory()).isEqualTo(dossier.statusHistory());
    assertThat(dossier.steps()).isEmpty();
    assertThat(step.toString()).contains("Phòng Tư pháp").doesNotContain("Lê Văn Bình", "Bình");
  }

  // --- Derived values ---------------------------------------------------------------------------------------------

  @Test
  void effectiveChannel_missing_isDirect() {
    assertThat(Dossiers.builder().channel(null).build().effectiveChannel()).isSameAs(Channel.DIRECT);
    assertThat(Dossiers.builder().channel(Channel.ONLINE).build().effectiveChannel()).isSameAs(Channel.ONLINE);
    assertThat(Dossiers.builder().channel(Channel.POST).build().effectiveChannel()).isSameAs(Channel.POST);
    assertThat(Dossiers.builder().channel(Channel.of("4")).build().effectiveChannel()).isEqualTo(Channel.of("4"));
  }

  @Test
  void effectiveReceivingAgency_missing_isTheAgencyInTheCode() {
    AgencyCode ward = AgencyCode.parse("000.00.22.H56");

    assertThat(submitted().effectiveReceivingAgency()).isEqualTo(AgencyCode.parse("000.00.06.H56"));
    assertThat(Dossiers.builder().receivingAgency(ward).build().effectiveReceivingAgency()).isEqualTo(ward);
  }

  @Test
  void hasElectronicResult_needsOneResultWithCodeAndLink() {
    DossierResultDocument paper = new DossierResultDocument("Giấy khai sinh (bản giấy)", null, null, null, "KQ01");

    assertThat(submitted().hasElectronicResult()).isFalse();
    assertThat(Dossiers.builder().results(List.of(paper)).build().hasElectronicResult()).isFalse();
    assertThat(Dossiers.builder().results(List.of(paper, BIRTH_CERTIFICATE)).build().hasElectronicResult()).isTrue();
  }

  @Test
  void pauses_supplementsAndObligations_orderedByStartWithOpenOnesOngoing() {
    Instant a = vn("2026-11-23T09:00");
    Instant b = vn("2026-11-24T09:00");
    Instant c = vn("2026-11-25T09:00");
    Instant d = vn("2026-11-26T09:00");
    Instant e = vn("2026-11-27T09:00");
    SupplementRequest first = SupplementRequest.open(a, "1", List.of()).answered(b, null);
    SupplementRequest open = SupplementRequest.open(e, "3", List.of());
    FinancialObligation paid = new FinancialObligation(c, "lệ phí", d, null, null);

    Dossier dossier = Dossiers.builder().status(DossierStatus.SUPPLEMENT_REQUESTED).receivedAt(RECEIVED)
        .supplements(List.of(first, open)).financialObligations(List.of(paid)).build();

    assertThat(dossier.pauses()).containsExactly(
        Pause.of(PauseReason.SUPPLEMENT_REQUEST, a, b),
        Pause.of(PauseReason.FINANCIAL_OBLIGATION, c, d),
        Pause.ongoing(PauseReason.SUPPLEMENT_REQUEST, e));
    assertThat(dossier.openSupplement()).contains(open);
    assertThat(dossier.openFinancialObligation()).isEmpty();
    assertThat(submitted().pauses()).isEmpty();
  }

  @Test
  void pauses_obligationStartingFirst_comesFirst() {
    FinancialObligation early = new FinancialObligation(vn("2026-11-21T09:00"), null, null, null, null);
    SupplementRequest late = SupplementRequest.open(vn("2026-11-22T09:00"), "x", List.of());

    Dossier dossier = Dossiers.builder().supplements(List.of(late)).financialObligations(List.of(early)).build();

    assertThat(dossier.pauses()).extracting(Pause::reason)
        .containsExactly(PauseReason.FINANCIAL_OBLIGATION, PauseReason.SUPPLEMENT_REQUEST);
    assertThat(dossier.pauses()).allMatch(Pause::isOngoing);
  }

  // --- Construction -----------------------------------------------------------------------------------------------

  @Test
  void build_requiredParts_areChecked() {
    assertThatThrownBy(() -> Dossiers.builder().build().toBuilder().status(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Dossier.builder().procedure(submitted().procedure()).applicant(Dossiers.applicant())
        .build()).isInstanceOf(NullPointerException.class).hasMessageContaining("code");
    assertThatThrownBy(() -> Dossier.builder().code(CODE).applicant(Dossiers.applicant()).build())
        .isInstanceOf(NullPointerException.class).hasMessageContaining("procedure");
    assertThatThrownBy(() -> Dossier.builder().code(CODE).procedure(submitted().procedure()).build())
        .isInstanceOf(NullPointerException.class).hasMessageContaining("applicant");
    assertThat(Dossier.builder().code(CODE).procedure(submitted().procedure()).applicant(Dossiers.applicant()).build()
        .status()).isSameAs(DossierStatus.SUBMITTED);
  }

  @Test
  void build_sourceListsMutatedAfterwards_dossierUnchanged() {
    List<StatusChange> history = new ArrayList<>(List.of(new StatusChange(DossierStatus.RECEIVED, RECEIVED, null)));
    List<DossierResultDocument> results = new ArrayList<>(List.of(BIRTH_CERTIFICATE));
    List<Fee> fees = new ArrayList<>(List.of(Fee.of("Lệ phí", 8000)));
    List<SubmittedDocument> documents = new ArrayList<>(List.of(SubmittedDocument.of("to-khai.pdf", null)));
    List<NationalDatabase> databases = new ArrayList<>(List.of(NationalDatabase.of("7")));
    Dossier.Builder builder = Dossiers.builder().statusHistory(history).results(results).fees(fees)
        .submittedDocuments(documents).nationalDatabases(databases);
    history.clear();
    Dossier dossier = builder.build();
    results.clear();
    fees.clear();
    documents.clear();
    databases.clear();

    assertThat(dossier.statusHistory()).hasSize(1);
    assertThat(dossier.results()).hasSize(1);
    assertThat(dossier.fees()).hasSize(1);
    assertThat(dossier.submittedDocuments()).hasSize(1);
    assertThat(dossier.nationalDatabases()).hasSize(1);
  }

  @Test
  void accessors_returnedLists_areUnmodifiable() {
    Dossier dossier = processing();

    assertThatThrownBy(() -> dossier.statusHistory().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> dossier.steps().add(null)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> dossier.supplements().add(SupplementRequest.open(RECEIVED, "", List.of())))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> dossier.financialObligations().add(null))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> dossier.results().add(BIRTH_CERTIFICATE))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> dossier.fees().add(Fee.of("x", 1))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> dossier.submittedDocuments().add(null))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> dossier.otherAttachments().add(null)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> dossier.nationalDatabases().add(null))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> dossier.pauses().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toString_showsCodeAndStatus_masksTheApplicant() {
    Representative proxy = new Representative(PersonName.parse("Phạm Minh Đạt"), null, "0912345678", null, "ủy quyền");
    Dossier dossier = processing().toBuilder().representative(proxy).build();

    assertThat(dossier.toString()).contains(CODE.toString(), "4 (processing)")
        .doesNotContain(APPLICANT_ID, "Nguyễn", "Hoà", "Phạm", "0912345678");
    assertThat(proxy.toString()).doesNotContain("Phạm", "Đạt", "0912345678");
  }

  @Test
  void toString_transitionAndEvent_printNoPersonalData() {
    DossierTransition transition = processing().finish(FINISHED);

    assertThat(transition.toString()).doesNotContain(APPLICANT_ID, "Nguyễn", "Hoà");
  }
}
