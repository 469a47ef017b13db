package dev.egov.model.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.egov.model.code.DossierStatus;
import dev.egov.model.dossier.IllegalTransitionException.Reason;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.ProcedureCode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** How pauses end: resumed through the named methods, left open when the dossier ends unanswered. */
@Timeout(10)
class PauseEndingTest {

  private static final Instant T0 = Instant.parse("2026-11-16T02:00:00Z");

  private static Dossier received() {
    return Dossier.builder()
        .code(DossierCode.parse("000.00.06.H56-261116-0001"))
        .procedure(ProcedureRef.of(ProcedureCode.parse("1.001193")))
        .applicant(Applicant.citizen("Nguyễn Thị Hoà", PersonalIdNumber.parse("079303001234")))
        .timeline(DossierTimeline.submittedAt(T0))
        .build()
        .receive(T0.plusSeconds(60), T0.plusSeconds(86_400 * 3))
        .dossier();
  }

  private static Dossier waitingForSupplement() {
    return received().requestSupplement(SupplementRequest.open(T0.plusSeconds(3_600), "Bổ sung", List.of("A")))
        .dossier();
  }

  @Test
  void stop_duringSupplement_leavesTheRequestOpen_withoutInventedInstants() {
    Dossier stopped = waitingForSupplement().stop(T0.plusSeconds(86_400 * 30), "không bổ sung").dossier();

    assertThat(stopped.status()).isEqualTo(DossierStatus.STOPPED);
    assertThat(stopped.pauses().supplements()).singleElement().satisfies(s -> {
      assertThat(s.isOpen()).isTrue();
      assertThat(s.resubmittedAt()).isNull();
      assertThat(s.dueAfter()).isNull();
    });
    assertThat(stopped.pauses().all()).singleElement().satisfies(p -> assertThat(p.end()).isNull());
  }

  @Test
  void withdraw_duringFinancialObligation_leavesTheObligationOpen() {
    Dossier waiting = received().requestFinancialObligation(T0.plusSeconds(3_600), "Lệ phí").dossier();

    Dossier withdrawn = waiting.withdraw(T0.plusSeconds(7_200), null).dossier();

    assertThat(withdrawn.pauses().financialObligations()).singleElement().satisfies(f -> assertThat(f.isOpen()).isTrue());
  }

  @Test
  void startProcessing_fromAPause_isRefused_pointingToTheNamedMethods() {
    IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class,
        () -> waitingForSupplement().startProcessing(T0.plusSeconds(7_200)));

    assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED);
    assertThat(e.getMessage()).contains("supplementReceived");
  }

  @Test
  void stop_ofANeverReceivedDossierDuringAPreReceptionRequest_isRefused() {
    Dossier submitted = Dossier.builder()
        .code(DossierCode.parse("000.00.06.H56-261116-0002"))
        .procedure(ProcedureRef.of(ProcedureCode.parse("1.001193")))
        .applicant(Applicant.citizen("Nguyễn Thị Hoà", PersonalIdNumber.parse("079303001234")))
        .timeline(DossierTimeline.submittedAt(T0))
        .build();
    Dossier asked = submitted.requestSupplement(SupplementRequest.open(T0.plusSeconds(60), "Bổ sung", List.of()))
        .dossier();

    assertThat(catchThrowableOfType(IllegalTransitionException.class, () -> asked.stop(T0.plusSeconds(120), null))
        .reason()).isEqualTo(Reason.RECEPTION_STATE);
    assertThat(asked.refuse(T0.plusSeconds(120), "không bổ sung").dossier().status())
        .isEqualTo(DossierStatus.NOT_RECEIVED);
  }

  @Test
  void requestSupplement_withAnAnsweredRequest_isRefused() {
    SupplementRequest answered = SupplementRequest.open(T0.plusSeconds(3_600), "Bổ sung", List.of())
        .answered(T0.plusSeconds(7_200), null);

    assertThatIllegalArgumentException().isThrownBy(() -> received().requestSupplement(answered));
  }
}
