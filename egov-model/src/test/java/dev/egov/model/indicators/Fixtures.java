package dev.egov.model.indicators;

import static dev.egov.model.calendar.WorkingCalendar.VIETNAM;

import dev.egov.model.calendar.ProcessingTime;
import dev.egov.model.code.Channel;
import dev.egov.model.dossier.Applicant;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.dossier.DossierResultDocument;
import dev.egov.model.dossier.ProcedureRef;
import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.ProcedureCode;
import dev.egov.model.procedure.DeclaredResult;
import dev.egov.model.procedure.Procedure;
import dev.egov.model.procedure.ProcedureChannel;
import dev.egov.model.procedure.ProcessingOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dossiers, procedures and a calculator for March 2026 on the civil-service calendar. Instants are written as local
 * time in Vietnam. March 2026 has no public holiday; the 2nd is a Monday.
 */
final class Fixtures {

  static final AgencyCode WARD = AgencyCode.parse("000.00.22.H29");
  static final AgencyCode DEPARTMENT = AgencyCode.parse("000.00.06.H56");
  /** Birth registration: 3 working days, a declared paper result. */
  static final ProcedureCode BIRTH = ProcedureCode.parse("1.001193");
  /** A certificate: 2 working days online, 5 in person, no declared result document. */
  static final ProcedureCode CERTIFICATE = ProcedureCode.parse("2.000001");
  /** Not in the catalogue. */
  static final ProcedureCode UNKNOWN = ProcedureCode.parse("3.000002");
  /** Land: 10 calendar days. */
  static final ProcedureCode LAND = ProcedureCode.parse("1.004000");

  static final Map<ProcedureCode, Procedure> CATALOGUE = Map.of(
      BIRTH, procedure(BIRTH, "Đăng ký khai sinh", List.of(new DeclaredResult("KQ01", "Giấy khai sinh")),
          new ProcedureChannel(Channel.DIRECT, List.of(option(ProcessingTime.ofWorkingDays(3))))),
      CERTIFICATE, procedure(CERTIFICATE, "Cấp giấy xác nhận", List.of(),
          new ProcedureChannel(Channel.ONLINE, List.of(option(ProcessingTime.ofWorkingDays(2)))),
          new ProcedureChannel(Channel.DIRECT, List.of(option(ProcessingTime.ofWorkingDays(5))))),
      LAND, procedure(LAND, "Đăng ký đất đai", List.of(new DeclaredResult("KQ02", "Giấy chứng nhận")),
          new ProcedureChannel(Channel.DIRECT, List.of(option(ProcessingTime.ofCalendarDays(10))))));

  static final DossierResultDocument ELECTRONIC_RESULT =
      new DossierResultDocument("Giấy khai sinh", null, "GKS-1", "https://dvc.example.vn/kq/GKS-1", "KQ01");
  static final DossierResultDocument PAPER_RESULT =
      new DossierResultDocument("Giấy khai sinh", null, "GKS-2", null, "KQ01");

  private Fixtures() {}

  static Instant vn(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant();
  }

  /** The calculator for March 2026, with the catalogue and the given number of listed codes. */
  static IndicatorCalculator.Builder march() {
    return IndicatorCalculator.builder()
        .period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))
        .procedures(code -> Optional.ofNullable(CATALOGUE.get(code)));
  }

  static DossierCode code(AgencyCode agency, int sequence) {
    return DossierCode.of(agency, LocalDate.of(2026, 3, 2), sequence);
  }

  /** A direct dossier of the ward for birth registration, submitted on Monday 2 March at 08:00. */
  static Dossier.Builder submitted(int sequence) {
    return Dossier.builder()
        .code(code(WARD, sequence))
        .procedure(ProcedureRef.of(BIRTH))
        .applicant(Applicant.citizen("Nguyễn Thị Hoà", PersonalIdNumber.parse("079303001234")))
        .channel(Channel.DIRECT)
        .submittedAt(vn("2026-03-02T08:00"));
  }

  /** {@link #submitted} and received at {@code receivedAt}, due at {@code dueAt}, processing from then on. */
  static Dossier processing(int sequence, String receivedAt, String dueAt) {
    return processing(submitted(sequence).build(), receivedAt, dueAt);
  }

  static Dossier processing(Dossier submitted, String receivedAt, String dueAt) {
    return submitted.receive(vn(receivedAt), vn(dueAt)).dossier().startProcessing(vn(receivedAt)).dossier();
  }

  private static Procedure procedure(
      ProcedureCode code, String name, List<DeclaredResult> results, ProcedureChannel... channels) {
    return new Procedure(code, name, null, null, List.of(channels), results, List.of(), List.of(), null);
  }

  private static ProcessingOption option(ProcessingTime time) {
    return new ProcessingOption(time, null, List.of());
  }
}
