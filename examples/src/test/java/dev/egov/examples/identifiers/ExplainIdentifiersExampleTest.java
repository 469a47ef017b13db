package dev.egov.examples.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.model.id.IdentifierKind;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs the README's demo as a user would and checks what it explains. */
@Timeout(30)
class ExplainIdentifiersExampleTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  private int run(String stdin, String... args) throws IOException {
    return ExplainIdentifiers.run(List.of(args), new BufferedReader(new StringReader(stdin)), false, out, err);
  }

  private int runAtTerminal(String typed, String... args) throws IOException {
    return ExplainIdentifiers.run(List.of(args), new BufferedReader(new StringReader(typed)), true, out, err);
  }

  private String output() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private String errors() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void validPersonalId_isDecodedUnderBothTwelveDigitReadings() throws IOException {
    int status = run("", "079303001234");

    assertThat(status).isZero();
    assertThat(output())
        .contains("personal identification number (số định danh cá nhân): valid")
        .contains("birth registered in Thành phố Hồ Chí Minh (legacy code 79)")
        .contains("sex female, born 2003")
        .contains("old identity card number (số chứng minh nhân dân): valid")
        .contains("12-digit card of 2012–2016");
  }

  @Test
  void mergedBirthProvince_namesItsSuccessor() throws IOException {
    run("", "064085001234");

    assertThat(output())
        .contains("birth registered in Tỉnh Gia Lai (legacy code 64); since 1 Jul 2025 part of Tỉnh Gia Lai (code 52)")
        .contains("sex male, born 1985");
  }

  @Test
  void invalidTaxCode_isExplainedAndTheOtherReadingShown() throws IOException {
    int status = run("", "0100109107");

    assertThat(status).isZero(); // still a valid social-insurance number
    assertThat(output())
        .contains("tax code (mã số thuế): INVALID, fails its check digit (INVALID_CHECKSUM)")
        .contains("social-insurance number (mã số bảo hiểm xã hội): valid");
  }

  @Test
  void forcedKind_showsOnlyThatReading_andFailsForInvalid() throws IOException {
    int status = run("", "--kind=tax-code", "0100109107");

    assertThat(status).isEqualTo(1);
    assertThat(output()).contains("INVALID_CHECKSUM").doesNotContain("social-insurance");
  }

  @Test
  void agencyCode_namesItsLevelOneUnitAndParent() throws IOException {
    run("", "000.00.00.H56", "000.17.22.H56", "H56.14");

    assertThat(output())
        .contains("level 1 H56 = Ủy ban nhân dân tỉnh Thanh Hóa (confirmed)")
        .contains("a level-3 unit; its parent is 000.00.22.H56")
        .contains("valid, in a non-standard form only lenient parsing accepts")
        .contains("short form; standard form 000.00.14.H56");
  }

  @Test
  void standardInput_isReadWhenNoArguments() throws IOException {
    int status = run("0100109106\n\n  000.00.06.H56-231027-0361  \n");

    assertThat(status).isZero();
    assertThat(output())
        .contains("tax code (mã số thuế): valid")
        .contains("check digit 6 matches")
        .contains("received on 2023-10-27, no. 361 of the day");
  }

  @Test
  void standardInputFromAPipe_noPrompt_blankLinesSkipped() throws IOException {
    int status = run("0100109106\n\n000.00.00.H56\n");

    assertThat(status).isZero();
    assertThat(errors()).isEmpty();
    assertThat(output()).contains("0100109106\n").contains("000.00.00.H56\n");
  }

  @Test
  void atATerminal_saysHowToEnd_andAnEmptyLineEnds() throws IOException {
    int status = runAtTerminal("0100109106\n\n000.00.00.H56\n");

    assertThat(status).isZero();
    assertThat(errors()).isEqualTo(
        "Type identifiers, one a line; an empty line or Ctrl-D ends (on Windows Ctrl-Z, then Enter).\n");
    assertThat(output()).contains("0100109106\n").doesNotContain("000.00.00.H56");
  }

  @Test
  void identifiersInTheArguments_standardInputNotRead_evenAtATerminal() throws IOException {
    int status = runAtTerminal("0100109107\n", "0100109106");

    assertThat(status).isZero();
    assertThat(errors()).isEmpty();
    assertThat(output()).startsWith("0100109106\n").doesNotContain("0100109107");
  }

  @Test
  void unknownShape_isInvalid() throws IOException {
    assertThat(run("", "hello")).isEqualTo(1);
    assertThat(output()).contains("not the shape of any identifier");
  }

  @Test
  void help_listsEveryKind_andExitsZero() throws IOException {
    int status = run("", "--help");

    assertThat(status).isZero();
    assertThat(errors()).isEmpty();
    assertThat(output()).startsWith("Usage: java -jar egov-examples.jar [--kind=<kind>] [identifier ...]\n");
    for (IdentifierKind kind : IdentifierKind.values()) {
      assertThat(output()).contains("      " + kind.id() + " ").contains(kind.englishName() + " ("
          + kind.vietnameseName() + ")");
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--kind=passport                | unknown kind \"passport\"; the kinds are personal-id",
      "--kind                         | --kind needs a value, as in --kind=tax-code",
      "--kind=tax-code --kind=tax-code | --kind is given twice",
      "--verbose                      | unknown option --verbose; --help shows the usage",
      "-x 0100109106                  | unknown option -x"})
  void badArgument_oneLineOnStandardError_status2_nothingExplained(String args, String message) throws IOException {
    int status = run("0100109106\n", args.strip().split(" "));

    assertThat(status).isEqualTo(2);
    assertThat(output()).isEmpty();
    assertThat(errors()).startsWith("egov-examples: " + message).endsWith("\n").hasLineCount(1);
  }
}
