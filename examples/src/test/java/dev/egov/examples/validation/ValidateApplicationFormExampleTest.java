package dev.egov.examples.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.validation.Violation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ValidateApplicationFormExampleTest {

  @Test
  void faultyForm_isReportedWithCodes_inBothLanguages() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    List<Violation> violations = ValidateApplicationForm.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(violations)
        .extracting(v -> v.path() + " " + v.code())
        .containsExactly(
            "cccd PERSONAL_ID.WRONG_LENGTH",
            "email Email",
            "fullName NotBlank",
            "healthInsurance HEALTH_INSURANCE_IDENTIFIER.INVALID_COMPONENT",
            "phone PHONE_NUMBER.INVALID_COMPONENT",
            "receivingAgency AGENCY_CODE.NON_STANDARD_FORM",
            "taxCode TAX_IDENTIFIER.INVALID_CHECKSUM");
    String output = bytes.toString(StandardCharsets.UTF_8);
    assertThat(output)
        .contains("valid form: []")
        .contains("TAX_IDENTIFIER.INVALID_CHECKSUM @ taxCode: phải là mã số thuế hợp lệ: sai chữ số kiểm tra")
        .contains("TAX_IDENTIFIER.INVALID_CHECKSUM @ taxCode: must be a valid tax identifier: the check digit does not match")
        .contains("NotBlank @ fullName: không được để trống")
        .contains("NotBlank @ fullName: must not be blank");
  }

  @Test
  void commandLine_noArgument_runs_help_usage_anyArgument_usageError() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);

    assertThat(ValidateApplicationForm.run(List.of(), o, e)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isNotEmpty();
    out.reset();
    assertThat(ValidateApplicationForm.run(List.of("--help"), o, e)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("Usage: java -cp egov-examples.jar dev.egov.examples.validation.ValidateApplicationForm\n");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    out.reset();

    assertThat(ValidateApplicationForm.run(List.of("--verbose"), o, e)).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("ValidateApplicationForm: takes no arguments, got --verbose; --help shows the usage\n");
  }
}
