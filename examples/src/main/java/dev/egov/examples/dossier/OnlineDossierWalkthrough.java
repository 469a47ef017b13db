package dev.egov.examples.dossier;

import static dev.egov.model.calendar.WorkingCalendar.VIETNAM;

import dev.egov.examples.CommandLine;
import dev.egov.model.PartialDate;
import dev.egov.model.Sex;
import dev.egov.model.address.Address;
import dev.egov.model.calendar.DueDateRule;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
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


  private OnlineDossierWalkthrough() {}

  /**
   * Runs the example and exits with its status.
   *
   * @param args none, or {@code --help}
   */
  public static void main(String[] args) {
    CommandLine.showOnlyWarningsOfLibraries();
    System.exit(run(List.of(args), CommandLine.stdout(), CommandLine.stderr()));
  }

  /**
   * Runs the example from command-line arguments.
   *
   * @param args none, or {@code --help} for the usage
   * @param out where the example prints
   * @param err where a usage error is printed, in one line
   * @return the exit status: 0, or 2 on a usage error
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty()) {
      run(out);
      return 0;
    }
    if (args.size() == 1 && (args.get(0).equals("--help") || args.get(0).equals("-h"))) {
      out.println("Usage: java -cp egov-examples.jar " + OnlineDossierWalkthrough.class.getName());
      out.println();
      out.println("Walks a citizen's online dossier from submission through a supplement request to the returned result.");
      out.println("It takes no arguments.");
      return 0;
    }
    err.println("OnlineDossierWalkthrough: takes no arguments, got " + args.get(0) + "; --help shows the usage");
    return CommandLine.USAGE;
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

    // Received on Monday morning; 3 working days on the civil-service calendar, whole days keeping the clock time.
    DueDateRule rule = DueDateRule.of(WorkingCalendar.civilService(), ProcessingTime.ofWorkingDays(3));
    Instant received = at("2026-11-16T09:00");
    dossier = step(out, dossier.receive(received, rule.dueDate(received)));
    dossier = step(out, dossier.startProcessing(at("2026-11-16T10:00")));

    // A paper is missing: the clock stops until the citizen supplies it.
    dossier = step(out, dossier.requestSupplement(SupplementRequest.open(
        at("2026-11-17T15:00"), "Bổ sung bản sao giấy chứng sinh", List.of("Giấy chứng sinh"))));
    Instant resumed = at("2026-11-23T10:00");
    dossier = step(out, dossier.supplementReceived(resumed, rule.resumedDueDate(received, dossier.pauses(), resumed)));

    // Finished and returned electronically.
    dossier = step(out, dossier.finish(at("2026-11-25T11:00")));
    dossier = step(out, dossier.returnResult(at("2026-11-26T08:00"), List.of(new DossierResultDocument(
        "Giấy khai sinh", null, "GKS-2026-123", "https://dichvucong.example.vn/kq/GKS-2026-123", "KQ01"))));
    out.println("timeliness: " + rule.classify(dossier.supplements().get(0).dueAfter(), dossier.finishedAt()));
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
