package dev.egov.examples.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runs the README's demo as a user would and checks what it explains. */
@Timeout(30)
class ExplainIdentifiersExampleTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private int run(String stdin, String... args) throws IOException {
    return ExplainIdentifiers.run(List.of(args), new BufferedReader(new StringReader(stdin)), out);
  }

  private String output() {
    return bytes.toString(StandardCharsets.UTF_8);
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
  void unknownShape_andUnknownKind_areReported() throws IOException {
    assertThat(run("", "hello")).isEqualTo(1);
    assertThat(output()).contains("not the shape of any identifier");

    assertThat(run("", "--kind=passport", "123")).isEqualTo(2);
    assertThat(output()).contains("Unknown kind passport").contains("tax-code");
  }
}
