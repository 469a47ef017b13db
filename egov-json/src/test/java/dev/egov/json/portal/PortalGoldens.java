package dev.egov.json.portal;

import static dev.egov.model.calendar.WorkingCalendar.VIETNAM;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.egov.model.code.ApplicantType;
import dev.egov.model.code.Channel;
import dev.egov.model.code.DossierStatus;
import dev.egov.model.code.FeeCollectionMethod;
import dev.egov.model.code.FeeType;
import dev.egov.model.code.IdDocumentType;
import dev.egov.model.code.NationalDatabase;
import dev.egov.model.code.OnlinePayment;
import dev.egov.model.code.ResultDelivery;
import dev.egov.model.code.SupplementState;
import dev.egov.model.dossier.Applicant;
import dev.egov.model.dossier.ApplicantIdentifier;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.dossier.DossierDocuments;
import dev.egov.model.dossier.DossierFlags;
import dev.egov.model.dossier.DossierPauses;
import dev.egov.model.dossier.DossierPayment;
import dev.egov.model.dossier.DossierProcessing;
import dev.egov.model.dossier.DossierResultDocument;
import dev.egov.model.dossier.DossierSubmission;
import dev.egov.model.dossier.DossierTimeline;
import dev.egov.model.dossier.Fee;
import dev.egov.model.dossier.OtherAttachment;
import dev.egov.model.dossier.ProcedureRef;
import dev.egov.model.dossier.ProcessingStep;
import dev.egov.model.dossier.SubmittedDocument;
import dev.egov.model.dossier.SupplementRequest;
import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.ProcedureCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The golden payloads of {@code golden/portal/} and the records they stand for, built by hand from the files (never
 * by the reader under test).
 */
final class PortalGoldens {

  static final String SESSION = "golden-session-not-a-real-token";
  static final AgencyCode AGENCY = AgencyCode.parse("000.00.06.H56");
  static final DossierCode ONLINE_CODE = DossierCode.parse("000.00.06.H56-261116-0007");
  static final DossierCode DIRECT_CODE = DossierCode.parse("000.00.06.H56-261116-0012");

  private static final ObjectMapper TREES = new ObjectMapper();

  private PortalGoldens() {}

  /** Local time in Việt Nam. */
  static Instant vn(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(VIETNAM).toInstant();
  }

  static byte[] bytes(String file) {
    try (InputStream in = PortalGoldens.class.getResourceAsStream("/golden/portal/" + file)) {
      if (in == null) {
        throw new IllegalStateException("No golden file " + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] utf8(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  static JsonNode tree(byte[] json) {
    try {
      return TREES.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Dossier onlineDossier() {
    return Dossier.builder()
        .code(ONLINE_CODE)
        .procedure(new ProcedureRef(ProcedureCode.parse("1.001193"), "Đăng ký khai sinh", "G09-TP03", "Hộ tịch"))
        .processing(new DossierProcessing("Ủy ban nhân dân phường Xuân Phương", List.of(), List.of()))
        .applicant(new Applicant(ApplicantType.CITIZEN, "Nguyễn Thị Hoà", "079303001234",
            List.of(new ApplicantIdentifier(IdDocumentType.PERSONAL_ID, "079303001234")),
            "a1b2c3d4-0000-4000-8000-000000000001", "hoa.nguyen@example.vn", null, "0912345678", null))
        .submission(new DossierSubmission(Channel.ONLINE, null, null, "2", "Đăng ký khai sinh cho con: Trần Minh An, sinh ngày 02/11/2026", "Công dân đề nghị nhận kết quả qua bưu chính", "Nộp trực tuyến qua Cổng Dịch vụ công quốc gia"))
        .status(DossierStatus.RESULT_RETURNED)
        .timeline(DossierTimeline.submittedAt(vn(2026, 11, 15, 20, 30)).withReceivedAt(vn(2026, 11, 16, 9, 0)).withDueAt(vn(2026, 11, 25, 16, 0)).withFinishedAt(vn(2026, 11, 25, 11, 0)).withReturnedAt(vn(2026, 11, 26, 10, 0)))
        .documents(new DossierDocuments(List.of(
            new SubmittedDocument("TL-000123", "To khai dang ky khai sinh.pdf", false, "TP01",
                "https://files.h56.example/tai-lieu/TL-000123.pdf", true, false, false, null),
            new SubmittedDocument("TL-000124", "Giay chung sinh.pdf", false, "TP02",
                "https://files.h56.example/tai-lieu/TL-000124.pdf", true, true, true, "KQ.1.000001")), List.of(new OtherAttachment("Giấy chứng sinh (bản chính)", 1, "1")), List.of(new DossierResultDocument("Giấy khai sinh (bản điện tử)", "TP01", "KQ-000078",
            "https://files.h56.example/ket-qua/KQ-000078.pdf", "KQ.1.001193")), ResultDelivery.POST))
        .flags(new DossierFlags(true, true, List.of(NationalDatabase.of("7"))))
        .payment(new DossierPayment(List.of(
            new Fee("Lệ phí đăng ký khai sinh", "LP01", FeeCollectionMethod.of("1"), 8_000, FeeType.of("1")),
            new Fee("Phí cấp bản sao trích lục khai sinh", "PH02", FeeCollectionMethod.of("1"), 50_000,
                FeeType.of("2"))), OnlinePayment.NATIONAL_PLATFORM))
        .pauses(DossierPauses.NONE.withSupplements(List.of(new SupplementRequest("BS-000045", "Lê Văn Bình", "Bổ sung bản sao giấy chứng sinh",
            vn(2026, 11, 17, 15, 0), "Phạm Thu Trang", "Đã nhận bản sao qua Cổng Dịch vụ công",
            vn(2026, 11, 23, 10, 0), SupplementState.of("2"), List.of("Bản sao giấy chứng sinh"),
            List.of(Fee.of("Phí gửi kết quả qua bưu chính", 22_000)),
            vn(2026, 11, 19, 9, 0), vn(2026, 11, 25, 16, 0)))))
        .build();
  }

  static Dossier directDossier() {
    return Dossier.builder()
        .code(DIRECT_CODE)
        .procedure(new ProcedureRef(ProcedureCode.parseLenient("2.000488.000.00.00.H56"),
            "Chứng thực bản sao từ bản chính", null, null))
        .applicant(new Applicant(ApplicantType.CITIZEN, "Trần Văn Hùng", "023456789",
            List.of(new ApplicantIdentifier(IdDocumentType.LEGACY_ID_CARD, "023456789")),
            null, null, null, null, null))
        .submission(DossierSubmission.via(Channel.DIRECT))
        .status(DossierStatus.PROCESSING)
        .timeline(DossierTimeline.submittedAt(vn(2026, 11, 16, 8, 30)).withReceivedAt(vn(2026, 11, 16, 8, 30)).withDueAt(vn(2026, 11, 17, 8, 30)))
        .documents(new DossierDocuments(List.of(), List.of(), List.of(), ResultDelivery.DIRECT))
        // The counter's system states both flags "0" (the golden's flags are stated, not left out).
        .flags(new DossierFlags(false, false, List.of()))
        .build();
  }

  static List<DossierStep> progressSteps() {
    return List.of(
        new DossierStep(ONLINE_CODE, new ProcessingStep("Phạm Thu Trang", "Công chức một cửa", vn(2026, 11, 16, 9, 0),
            "Bộ phận tiếp nhận và trả kết quả", "Tiếp nhận hồ sơ", DossierStatus.RECEIVED, vn(2026, 11, 16, 9, 0),
            vn(2026, 11, 16, 17, 0))),
        new DossierStep(ONLINE_CODE, new ProcessingStep("Lê Văn Bình", "Công chức tư pháp - hộ tịch",
            vn(2026, 11, 17, 15, 0), "Tư pháp - Hộ tịch", "Yêu cầu bổ sung bản sao giấy chứng sinh",
            DossierStatus.SUPPLEMENT_REQUESTED, vn(2026, 11, 16, 10, 0), vn(2026, 11, 19, 9, 0))),
        new DossierStep(ONLINE_CODE, new ProcessingStep("Lê Văn Bình", null, vn(2026, 11, 25, 11, 0),
            "Tư pháp - Hộ tịch", "Trình ký và ban hành giấy khai sinh", DossierStatus.FINISHED, null, null)));
  }
}
