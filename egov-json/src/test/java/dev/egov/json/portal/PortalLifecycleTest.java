package dev.egov.json.portal;

import static dev.egov.json.portal.PortalGoldens.vn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.model.code.Channel;
import dev.egov.model.code.DossierStatus;
import dev.egov.model.code.NationalDatabase;
import dev.egov.model.code.OnlineLevel;
import dev.egov.model.code.OnlinePayment;
import dev.egov.model.code.ResultDelivery;
import dev.egov.model.dossier.Applicant;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.dossier.DossierDocuments;
import dev.egov.model.dossier.DossierFlags;
import dev.egov.model.dossier.DossierPayment;
import dev.egov.model.dossier.DossierResultDocument;
import dev.egov.model.dossier.DossierSubmission;
import dev.egov.model.dossier.DossierTimeline;
import dev.egov.model.dossier.Fee;
import dev.egov.model.dossier.OtherAttachment;
import dev.egov.model.dossier.ProcedureRef;
import dev.egov.model.dossier.ProcessingStep;
import dev.egov.model.dossier.Representative;
import dev.egov.model.dossier.SubmittedDocument;
import dev.egov.model.dossier.SupplementRequest;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.ProcedureCode;
import dev.egov.model.person.PersonName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A dossier moved with the model's lifecycle methods goes through the portal dialect and comes back equal. */
class PortalLifecycleTest {

  private static final String SESSION = "lifecycle-session";

  private final PortalJson portal = PortalJson.get();

  /** Received, asked for a supplement, supplemented, finished and returned, with a step at each move. */
  private static Dossier lived() {
    Dossier d = Dossier.builder()
        .code(DossierCode.parse("000.00.22.H29-261115-0001"))
        .procedure(new ProcedureRef(ProcedureCode.parse("1.001193"), "Đăng ký khai sinh", "G09-TP03", "Hộ tịch"))
        .applicant(Applicant.citizen("Nguyễn Thị Hoà", PersonalIdNumber.parse("079303001234"))
            .withContact("hoa.nguyen@example.vn", "0912345678"))
        .submission(new DossierSubmission(Channel.ONLINE, null, null, null, "Đăng ký khai sinh cho con", null, null))
        .timeline(DossierTimeline.submittedAt(vn(2026, 11, 15, 20, 30)))
        .documents(new DossierDocuments(List.of(SubmittedDocument.of("To khai.pdf", "https://files.h29.example/1.pdf")), List.of(new OtherAttachment("Giấy chứng sinh", 1, null)), List.of(), ResultDelivery.POST))
        .payment(new DossierPayment(List.of(Fee.of("Lệ phí đăng ký khai sinh", 8_000)), OnlinePayment.NATIONAL_PLATFORM))
        .flags(new DossierFlags(true, true, List.of(NationalDatabase.of("7"))))
        .build();
    Instant received = vn(2026, 11, 16, 9, 0);
    d = d.receive(received, vn(2026, 11, 19, 9, 0)).dossier();
    d = d.withStep(step(received, DossierStatus.RECEIVED, "Tiếp nhận hồ sơ"));
    Instant asked = vn(2026, 11, 17, 15, 0);
    d = d.requestSupplement(SupplementRequest.open(asked, "Bổ sung bản sao giấy chứng sinh",
        List.of("Bản sao giấy chứng sinh"))).dossier();
    d = d.withStep(step(asked, DossierStatus.SUPPLEMENT_REQUESTED, "Yêu cầu bổ sung"));
    Instant resumed = vn(2026, 11, 23, 10, 0);
    d = d.supplementReceived(resumed, vn(2026, 11, 25, 16, 0)).dossier();
    Instant finished = vn(2026, 11, 25, 11, 0);
    d = d.finish(finished).dossier();
    d = d.withStep(step(finished, DossierStatus.FINISHED, "Ban hành giấy khai sinh"));
    d = d.returnResult(vn(2026, 11, 26, 10, 0), List.of(new DossierResultDocument("Giấy khai sinh", null, null,
        "https://files.h29.example/kq.pdf", "KQ.1.001193"))).dossier();
    return d;
  }

  private static ProcessingStep step(Instant at, DossierStatus status, String content) {
    return new ProcessingStep("Lê Văn Bình", "Công chức", at, "Tư pháp - Hộ tịch", content, status, at, null);
  }

  @Test
  void lifecycleDossier_writtenAndReadBack_isEqual_apartFromWhatThePayloadDoesNotCarry() {
    Dossier lived = lived();
    assertThat(lived.status()).isSameAs(DossierStatus.RESULT_RETURNED);
    assertThat(lived.processing().statusHistory()).extracting(c -> c.status().code()).containsExactly("2", "5", "4", "9", "10");

    byte[] body = portal.writeDossierRequest(
        PortalRequest.dossierSync(SESSION, lived.effectiveReceivingAgency(), false, List.of(lived)));
    Dossier back = portal.decodeDossierRequest(body).value().data().get(0);

    assertThat(back).isEqualTo(PortalJson.portalView(lived));
    // The view dropped only the history and the steps, which this dossier's payload does not carry:
    assertThat(back.toBuilder().processing(back.processing().withStatusHistory(lived.processing().statusHistory()).withSteps(lived.processing().steps())).build()).isEqualTo(lived);
    assertThat(back.pauses().supplements().get(0).dueBefore()).isEqualTo(vn(2026, 11, 19, 9, 0));
    assertThat(back.pauses().supplements().get(0).dueAfter()).isEqualTo(vn(2026, 11, 25, 16, 0));
  }

  @Test
  void lifecycleSteps_travelInProgressCalls_andComeBackEqual() {
    Dossier lived = lived();

    List<DossierStep> back = new ArrayList<>();
    for (PortalRequest<DossierStep> call : portal.progressRequests(SESSION, lived.effectiveReceivingAgency(),
        DossierStep.allOf(lived))) {
      back.addAll(portal.decodeProgressRequest(portal.writeProgressRequest(call)).value().data());
    }

    assertThat(back).isEqualTo(DossierStep.allOf(lived));
    Dossier read = portal.decodeDossierRequest(portal.writeDossierRequest(PortalRequest.dossierSync(SESSION,
        lived.effectiveReceivingAgency(), false, List.of(lived)))).value().data().get(0);
    Dossier merged = read.toBuilder()
        .processing(read.processing().withSteps(back.stream().map(DossierStep::step).toList())).build();
    assertThat(merged.toBuilder().processing(merged.processing().withStatusHistory(lived.processing().statusHistory()))
        .build()).isEqualTo(lived);
  }

  @Test
  void readDossier_canMoveOn_withItsLifecycle() {
    Dossier processing = portal.decodeDossierRequest(PortalGoldens.bytes("dong-bo-ho-so-mc-direct.json"))
        .value().data().get(0);

    Dossier finished = processing.finish(vn(2026, 11, 17, 8, 0)).dossier();

    assertThat(processing.processing().statusHistory()).isEmpty();
    assertThat(finished.timeline().finishedAt()).isEqualTo(vn(2026, 11, 17, 8, 0));
    assertThat(portal.decodeDossier(portal.writeDossier(finished)).value())
        .isEqualTo(PortalJson.portalView(finished));
  }

  @Test
  void portalView_dropsWhatThePayloadDoesNotCarry_andCutsInstantsToTheSecond() {
    Instant precise = Instant.parse("2026-11-16T02:00:00.123456789Z");
    DossierSubmission submission = lived().submission();
    Dossier rich = lived().toBuilder()
        .representative(new Representative(PersonName.parse("Trần Văn Nam"), null, null, null, "ủy quyền"))
        .submission(new DossierSubmission(submission.channel(), OnlineLevel.FULL_PROCESS, submission.receivingAgency(),
            submission.place(), submission.summary(), "  ", submission.otherInfo()))
        .timeline(lived().timeline().withReceivedAt(precise))
        .build();

    Dossier view = PortalJson.portalView(rich);
    Dossier back = portal.decodeDossier(portal.writeDossier(rich)).value();

    assertThat(back).isEqualTo(view);
    assertThat(view.timeline().receivedAt()).isEqualTo(Instant.parse("2026-11-16T02:00:00Z"));
    assertThat(view.representative()).isNull();
    assertThat(view.submission().onlineLevel()).isNull();
    assertThat(view.submission().note()).isNull();
    assertThat(view.processing().statusHistory()).isEmpty();
    assertThat(view.processing().steps()).isEmpty();
    assertThat(PortalJson.portalView(view)).isEqualTo(view);
  }
}
