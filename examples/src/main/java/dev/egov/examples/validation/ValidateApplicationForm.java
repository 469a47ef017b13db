package dev.egov.examples.validation;

import dev.egov.examples.CommandLine;
import dev.egov.validation.EgovValidation;
import dev.egov.validation.Violation;
import dev.egov.validation.constraints.ValidAgencyCode;
import dev.egov.validation.constraints.ValidHealthInsuranceIdentifier;
import dev.egov.validation.constraints.ValidPersonalIdNumber;
import dev.egov.validation.constraints.ValidPhoneNumber;
import dev.egov.validation.constraints.ValidProcedureCode;
import dev.egov.validation.constraints.ValidTaxIdentifier;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * For vendors: egov's constraints on your own form, validated, with codes and messages in Vietnamese or English.
 *
 * <pre>
 * java -cp examples/target/egov-examples.jar dev.egov.examples.validation.ValidateApplicationForm
 * </pre>
 */
public final class ValidateApplicationForm {

  /** A vendor's own DTO: plain strings, annotated. */
  public record ApplicationForm(
      @NotBlank @Size(max = 100) String fullName,
      @NotNull @ValidPersonalIdNumber String cccd,
      @ValidTaxIdentifier(lenient = true) String taxCode,
      @ValidHealthInsuranceIdentifier(lenient = true) String healthInsurance,
      @ValidPhoneNumber(lenient = true) String phone,
      @Email String email,
      @NotNull @ValidAgencyCode String receivingAgency,
      @NotNull @ValidProcedureCode String procedure) {}

  private ValidateApplicationForm() {}

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
      out.println("Usage: java -cp egov-examples.jar " + ValidateApplicationForm.class.getName());
      out.println();
      out.println("Validates a correct form and a faulty one and prints what an API would return, in Vietnamese and English.");
      out.println("It takes no arguments.");
      return 0;
    }
    err.println("ValidateApplicationForm: takes no arguments, got " + args.get(0) + "; --help shows the usage");
    return CommandLine.USAGE;
  }

  /**
   * Runs the example.
   *
   * @param out where the results go
   * @return the violations of the faulty form, in Vietnamese
   */
  public static List<Violation> run(PrintStream out) {
    ApplicationForm good = new ApplicationForm("Nguyễn Thị Hoà", "079303001234", "0100109106", "DN4797912345678",
        "0912 345 678", "hoa@example.vn", "000.00.00.H56", "1.001193");
    ApplicationForm faulty = new ApplicationForm(" ", "07930300123", "0100109107", "DN6797912345678",
        "0952345678", "hoa@", "H56.14", "1.001193");

    out.println("valid form: " + EgovValidation.validate(good, Locale.ENGLISH));

    List<Violation> vietnamese = EgovValidation.validate(faulty, EgovValidation.VIETNAMESE);
    out.println("faulty form (tiếng Việt):");
    vietnamese.forEach(v -> out.println("  " + v.code() + " @ " + v.path() + ": " + v.message()));
    out.println("faulty form (English):");
    EgovValidation.validate(faulty, Locale.ENGLISH)
        .forEach(v -> out.println("  " + v.code() + " @ " + v.path() + ": " + v.message()));
    return vietnamese;
  }
}
