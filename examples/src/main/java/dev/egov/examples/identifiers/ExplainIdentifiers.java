package dev.egov.examples.identifiers;

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
 * </pre>
 *
 * <p>A value that could be several kinds (ten digits: a tax code or a social-insurance number; twelve digits: a
 * personal identification number or an old 12-digit identity card) is explained under each reading. Input is checked
 * leniently, so every form seen in real data is accepted and a non-standard form is pointed out.
 *
 * <p>Exit status: 0 when every value is valid under at least one reading, 1 when some value is not, 2 on a usage
 * error.
 */
public final class ExplainIdentifiers {

  private final PrintStream out;

  private ExplainIdentifiers(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the demo on the command line.
   *
   * @param args identifiers, and optionally {@code --kind=<kind>}; none to read standard input
   * @throws IOException if standard input cannot be read
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    System.exit(run(List.of(args), in, out));
  }

  /**
   * Runs the demo.
   *
   * @param args identifiers, and optionally {@code --kind=<kind>}
   * @param in read, one identifier a line, when {@code args} holds no identifier
   * @param out where the explanations go
   * @return the exit status
   * @throws IOException if {@code in} cannot be read
   */
  public static int run(List<String> args, BufferedReader in, PrintStream out) throws IOException {
    Optional<IdentifierKind> forced = Optional.empty();
    List<String> values = new ArrayList<>();
    for (String arg : args) {
      if (arg.startsWith("--kind=")) {
        forced = IdentifierKind.fromId(arg.substring("--kind=".length()));
        if (forced.isEmpty()) {
          out.println("Unknown kind " + arg.substring("--kind=".length()) + "; one of:");
          for (IdentifierKind kind : IdentifierKind.values()) {
            out.println("  " + kind.id() + "  (" + kind.englishName() + ")");
          }
          return 2;
        }
      } else if (arg.equals("-h") || arg.equals("--help")) {
        out.println("Usage: egov-examples [--kind=<kind>] [identifier ...]   (no identifier: read standard input)");
        return 0;
      } else {
        values.add(arg);
      }
    }
    if (values.isEmpty()) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          values.add(line.strip());
        }
      }
    }
    ExplainIdentifiers demo = new ExplainIdentifiers(out);
    boolean allValid = true;
    for (String value : values) {
      allValid &= demo.explain(value, forced);
    }
    return allValid ? 0 : 1;
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
