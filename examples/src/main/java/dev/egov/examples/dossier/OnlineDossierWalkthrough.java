package dev.egov.examples.dossier;

import dev.egov.model.PartialDate;
import dev.egov.model.Sex;
import dev.egov.model.address.Address;
import dev.egov.model.calendar.ProcessingTime;
import dev.egov.model.calendar.WorkingCalendar;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.code.Channel;
import dev.egov.model.code.OnlineLevel;
import dev.egov.model.dossier.Applicant;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.dossier.DossierResultDocument;
import dev.egov.model.dossier.DossierTransition;
import dev.egov.model.dossier.ProcedureRef;
import dev.egov.model.dossier.SupplementRequest;
import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.DossierCodeGenerator;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.ProcedureCode;
import dev.egov.model.person.Citizen;
import dev.egov.model.person.PersonName;
import dev.egov.validation.EgovValidation;
import dev.egov.validation.Violation;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * For agency developers: a citizen and an online dossier, moved from submission through a supplement request to the
 * returned result, with due dates from the civil-service working calendar and validation at every step.
 *
 * <pre>
 * java -cp examples/target/egov-examples.jar dev.egov.examples.dossier.OnlineDossierWalkthrough
 * </pre>
 */
public final class OnlineDossierWalkthrough {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private OnlineDossierWalkthrough() {}

  /**
   * Runs the walk-through.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant();
  }

  /**
   * Runs the walk-through.
   *
   * @param out where each step is printed
   * @return the dossier with its result returned
   */
  public static Dossier run(PrintStream out) {
    // The citizen, as the population database would return them.
    Citizen citizen = Citizen.builder()
        .personalId(PersonalIdNumber.parse("079303001234"))
        .name(PersonName.parse("Nguyễn Thị Hoà"))
        .sex(Sex.FEMALE)
        .birthDate(PartialDate.parse("2003-05-14"))
        .permanentResidence(Address.builder(AdministrativeEra.REFORM_2025)
            .province("79", "Thành phố Hồ Chí Minh").commune("26740", "Phường Sài Gòn").detail("12 Lê Lợi").build())
        .build();
    check(out, "citizen", citizen);

    // An online dossier: the code is minted per agency per day.
    AgencyCode agency = AgencyCode.parse("000.00.22.H29");
    Instant submitted = at("2026-11-15T20:30");
    DossierCodeGenerator codes = DossierCodeGenerator.create(Clock.fixed(submitted, VIETNAM));
    Dossier dossier = Dossier.builder()
        .code(codes.next(agency))
        .procedure(new ProcedureRef(ProcedureCode.parse("1.001193"), "Đăng ký khai sinh", null, null))
        .applicant(Applicant.citizen(citizen.name().fullName(), citizen.personalId()))
        .channel(Channel.ONLINE)
        .onlineLevel(OnlineLevel.FULL_PROCESS)
        .submittedAt(submitted)
        .build();
    check(out, "submitted " + dossier.code(), dossier);

    // Received on Monday morning; 3 working days on the civil-service calendar.
    WorkingCalendar calendar = WorkingCalendar.civilService();
    ProcessingTime time = ProcessingTime.ofWorkingDays(3);
    Instant received = at("2026-11-16T09:00");
    dossier = step(out, dossier.receive(received, calendar.dueDate(received, time)));
    dossier = step(out, dossier.startProcessing(at("2026-11-16T10:00")));

    // A paper is missing: the clock stops until the citizen supplies it.
    dossier = step(out, dossier.requestSupplement(SupplementRequest.open(
        at("2026-11-17T15:00"), "Bổ sung bản sao giấy chứng sinh", List.of("Giấy chứng sinh"))));
    Instant resumed = at("2026-11-23T10:00");
    dossier = step(out, dossier.supplementReceived(resumed, dossier.resumedDueDate(resumed, calendar, time)));

    // Finished and returned electronically.
    dossier = step(out, dossier.finish(at("2026-11-25T11:00")));
    dossier = step(out, dossier.returnResult(at("2026-11-26T08:00"), List.of(new DossierResultDocument(
        "Giấy khai sinh", null, "GKS-2026-123", "https://dichvucong.example.vn/kq/GKS-2026-123", "KQ01"))));
    out.println("timeliness: " + calendar.classify(dossier.supplements().get(0).dueAfter(), dossier.finishedAt()));
    return dossier;
  }

  private static Dossier step(PrintStream out, DossierTransition transition) {
    Dossier dossier = transition.dossier();
    out.println(transition.event().from() + " -> " + transition.event().to() + " at "
        + transition.event().at().atZone(VIETNAM).toLocalDateTime()
        + (dossier.dueAt() == null ? "" : ", due " + dossier.dueAt().atZone(VIETNAM).toLocalDateTime()));
    check(out, "  " + dossier.status(), dossier);
    return dossier;
  }

  private static void check(PrintStream out, String what, Object record) {
    List<Violation> violations = EgovValidation.validate(record, Locale.ENGLISH);
    if (!violations.isEmpty()) {
      throw new IllegalStateException(what + " is invalid: " + violations);
    }
    out.println(what + ": valid");
  }
}
