package dev.egov.examples.identifiers;

import dev.egov.examples.CommandLine;
import dev.egov.model.catalog.Province;
import dev.egov.model.catalog.ProvinceCatalog;
import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.BranchTaxCode;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.HealthInsuranceCardCode;
import dev.egov.model.id.Identifier;
import dev.egov.model.id.IdentifierCheck;
import dev.egov.model.id.IdentifierKind;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.PhoneNumber;
import dev.egov.model.id.ProcedureCode;
import dev.egov.model.id.TaxCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The demo: explains what Vietnamese identifiers decode to, and why an invalid one is invalid.
 *
 * <pre>
 * java -jar examples/target/egov-examples.jar 079203001234 0100109107 000.00.00.H56
 * echo 0100109106 | java -jar examples/target/egov-examples.jar
 * java -jar examples/target/egov-examples.jar --kind=social-insurance-number 0100109106
 * java -jar examples/target/egov-examples.jar --help
 * </pre>
 *
 * <p>A value that could be several kinds (ten digits: a tax code or a social-insurance number; twelve digits: a
 * personal identification number or an old 12-digit identity card) is explained under each reading. Input is checked
 * leniently, so every form seen in real data is accepted and a non-standard form is pointed out.
 *
 * <p>With no identifier among the arguments the demo reads standard input, one identifier a line: on a terminal it
 * says so on standard error and stops at an empty line or the end of input (Ctrl-D; Ctrl-Z then Enter on Windows);
 * from a pipe or a file it reads to the end and skips blank lines.
 *
 * <p>Exit status: 0 when every value is valid under at least one reading, 1 when some value is not, 2 on a usage
 * error (one line on standard error).
 */
public final class ExplainIdentifiers {

  private static final String NAME = "egov-examples";

  private final PrintStream out;

  private ExplainIdentifiers(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the demo on the command line and exits with its status.
   *
   * @param args identifiers, and optionally {@code --kind=<kind>} or {@code --help}; no identifier to read standard
   *     input
   * @throws IOException if standard input cannot be read
   */
  public static void main(String[] args) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    System.exit(run(List.of(args), in, CommandLine.isTerminal(), CommandLine.stdout(), CommandLine.stderr()));
  }

  /**
   * Runs the demo.
   *
   * @param args identifiers, and optionally {@code --kind=<kind>} or {@code --help}
   * @param in read, one identifier a line, when {@code args} holds no identifier
   * @param interactive whether {@code in} is a person at a terminal: then the demo says how to end on {@code err}
   *     and an empty line ends the input
   * @param out where the explanations and the help go
   * @param err where the prompt and usage errors go
   * @return the exit status: 0 every value valid under some reading, 1 some value invalid, 2 a usage error
   * @throws IOException if {@code in} cannot be read
   */
  public static int run(List<String> args, BufferedReader in, boolean interactive, PrintStream out, PrintStream err)
      throws IOException {
    Optional<IdentifierKind> forced = Optional.empty();
    List<String> values = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("-h") || arg.equals("--help")) {
        help(out);
        return 0;
      } else if (arg.startsWith("--kind=")) {
        String id = arg.substring("--kind=".length());
        if (forced.isPresent()) {
          return usage(err, "--kind is given twice");
        }
        forced = IdentifierKind.fromId(id);
        if (forced.isEmpty()) {
          return usage(err, "unknown kind \"" + id + "\"; the kinds are " + kindIds());
        }
      } else if (arg.equals("--kind")) {
        return usage(err, "--kind needs a value, as in --kind=tax-code; the kinds are " + kindIds());
      } else if (arg.startsWith("-")) {
        return usage(err, "unknown option " + arg + "; --help shows the usage");
      } else {
        values.add(arg);
      }
    }
    ExplainIdentifiers demo = new ExplainIdentifiers(out);
    boolean allValid = true;
    if (!values.isEmpty()) {
      for (String value : values) {
        allValid &= demo.explain(value, forced);
      }
      return allValid ? 0 : 1;
    }
    if (interactive) {
      err.println("Type identifiers, one a line; an empty line or Ctrl-D ends (on Windows Ctrl-Z, then Enter).");
    }
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.isBlank()) {
        if (interactive) {
          break;
        }
        continue;
      }
      allValid &= demo.explain(line.strip(), forced);
    }
    return allValid ? 0 : 1;
  }

  private static void help(PrintStream out) {
    out.println("Usage: java -jar egov-examples.jar [--kind=<kind>] [identifier ...]");
    out.println();
    out.println("Explains what each identifier decodes to, or why it is invalid. A value that could be several kinds");
    out.println("is explained under each reading. With no identifier, reads one a line from standard input (on a");
    out.println("terminal, an empty line or Ctrl-D ends).");
    out.println();
    out.println("  --kind=<kind>  read every value as this kind only, one of:");
    int width = 0;
    for (IdentifierKind kind : IdentifierKind.values()) {
      width = Math.max(width, kind.id().length());
    }
    for (IdentifierKind kind : IdentifierKind.values()) {
      out.println("      " + kind.id() + " ".repeat(width - kind.id().length() + 2) + kind.englishName() + " ("
          + kind.vietnameseName() + ")");
    }
    out.println("  -h, --help     this help");
    out.println();
    out.println("Exit status: 0 every value is valid under some reading, 1 some value is not, 2 a usage error.");
  }

  private static int usage(PrintStream err, String problem) {
    err.println(NAME + ": " + problem);
    return CommandLine.USAGE;
  }

  private static String kindIds() {
    StringBuilder ids = new StringBuilder();
    for (IdentifierKind kind : IdentifierKind.values()) {
      ids.append(ids.length() == 0 ? "" : ", ").append(kind.id());
    }
    return ids.toString();
  }

  /** Explains one value under each reading; returns whether some reading is valid. */
  private boolean explain(String value, Optional<IdentifierKind> forced) {
    out.println(value);
    List<IdentifierKind> kinds = forced.map(List::of).orElseGet(() -> IdentifierKind.plausibleKinds(value));
    if (kinds.isEmpty()) {
      out.println("  not the shape of any identifier egov knows (try --kind=<kind> to see why)");
      return false;
    }
    boolean anyValid = false;
    for (IdentifierKind kind : kinds) {
      IdentifierCheck strict = kind.check(value);
      IdentifierCheck lenient = kind.checkLenient(value);
      String heading = "  " + kind.englishName() + " (" + kind.vietnameseName() + "): ";
      if (!lenient.isValid()) {
        out.println(heading + "INVALID, " + lenient.description() + " (" + lenient.name() + ")");
        continue;
      }
      anyValid = true;
      out.println(heading + (strict.isValid() ? "valid" : "valid, in a non-standard form only lenient parsing accepts"));
      for (String line : details(kind.parseLenient(value))) {
        out.println("    " + line);
      }
    }
    return anyValid;
  }

  private static List<String> details(Identifier id) {
    List<String> lines = new ArrayList<>();
    if (id instanceof PersonalIdNumber) {
      PersonalIdNumber number = (PersonalIdNumber) id;
      lines.add(birthRegistration(number.prefix(), number.birthRegistrationProvince()));
      lines.add("sex " + lower(number.sex().name()) + ", born " + number.birthYear());
      lines.add("no check digit exists: any 12 digits are a well-formed number");
    } else if (id instanceof LegacyIdCardNumber) {
      LegacyIdCardNumber card = (LegacyIdCardNumber) id;
      if (card.form() == LegacyIdCardNumber.Form.NINE_DIGITS) {
        lines.add("9-digit card (issued since 1999); no longer valid as a document after 31 Dec 2024");
      } else {
        lines.add("12-digit card of 2012–2016; usually the same number as the holder's personal ID");
        lines.add(birthRegistration(card.format().substring(0, 3), card.birthRegistrationProvince()));
      }
    } else if (id instanceof TaxCode) {
      TaxCode code = (TaxCode) id;
      lines.add("check digit " + code.format().charAt(9) + " matches; tax-office allocation block "
          + code.allocationBlock());
      lines.add("an enterprise's code, or a legacy personal code (individuals use the personal ID since 1 Jul 2025)");
    } else if (id instanceof BranchTaxCode) {
      BranchTaxCode code = (BranchTaxCode) id;
      lines.add("dependent unit no. " + code.number() + " of " + code.parent().format());
    } else if (id instanceof HealthInsuranceCardCode) {
      HealthInsuranceCardCode card = (HealthInsuranceCardCode) id;
      lines.add("beneficiary group " + card.beneficiaryGroup() + ", benefit level " + card.benefitLevel()
          + ", province code " + card.provinceCode()
          + card.province().map(p -> " (" + p.name() + ")").orElse(""));
      lines.add("social-insurance number " + card.socialInsuranceNumber().format());
    } else if (id instanceof AgencyCode) {
      lines.addAll(agencyLines((AgencyCode) id));
    } else if (id instanceof ProcedureCode) {
      ProcedureCode code = (ProcedureCode) id;
      lines.add("national procedure " + code.nationalCode()
          + code.agency().map(a -> ", published by agency " + a.format()).orElse(""));
    } else if (id instanceof DossierCode) {
      DossierCode code = (DossierCode) id;
      lines.add("received on " + code.receiptDate() + ", no. " + code.sequence() + " of the day");
      lines.addAll(agencyLines(code.agency()));
    } else if (id instanceof PhoneNumber) {
      PhoneNumber phone = (PhoneNumber) id;
      lines.add(lower(phone.type().name()) + ", international form " + phone.e164()
          + phone.mobileNetwork().map(n -> ", prefix allocated to " + n).orElse(""));
    }
    return lines;
  }

  private static String birthRegistration(String prefix, Optional<Province> province) {
    if (province.isEmpty()) {
      return "prefix " + prefix + " is not a domestic province: a birth registered abroad, or a data error";
    }
    Province p = province.get();
    String now = ProvinceCatalog.builtIn().successorOf(p.code())
        .map(s -> s.code().code().equals(p.code().code()) && s.name().equals(p.name())
            ? "" : "; since 1 Jul 2025 part of " + s.fullName() + " (code " + s.code().code() + ")")
        .orElse("");
    return "birth registered in " + p.fullName() + " (legacy code " + p.code().code() + ")" + now;
  }

  private static List<String> agencyLines(AgencyCode agency) {
    List<String> lines = new ArrayList<>();
    String level1 = agency.topLevelAgency()
        .map(a -> a.name() + " (" + lower(a.confidence().name()) + ")")
        .orElse("not in egov's catalogue");
    lines.add("level 1 " + agency.level1() + " = " + level1);
    if (agency.depth() > 1) {
      lines.add("a level-" + agency.depth() + " unit; its parent is " + agency.parent().orElseThrow().fullForm());
    }
    if (agency.isLenient()) {
      lines.add("short form; standard form " + agency.fullForm());
    }
    return lines;
  }

  private static String lower(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
