package dev.egov.model.id;

import static dev.egov.model.id.IdentifierAssertions.assertParseFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(10)
class ProcedureCodeTest {

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("", IdentifierCheck.EMPTY),
        Arguments.of("1,001193", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("1.001193 ", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("1.003560.000.00.00.h56", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("1.001193-000.00.00.H56", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("1.00119", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("1.0011930", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("1.001193.H56.1", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("1.003560.000.00.00.H5", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("1.00119A", IdentifierCheck.INVALID_FORMAT),
        Arguments.of("11001193", IdentifierCheck.INVALID_FORMAT),
        Arguments.of("A.001193", IdentifierCheck.INVALID_FORMAT),
        Arguments.of("1.003560X000.00.00.H56", IdentifierCheck.INVALID_FORMAT),
        Arguments.of("1.003560.000.00.00.556", IdentifierCheck.INVALID_FORMAT),
        Arguments.of("1.002621.H5A", IdentifierCheck.INVALID_FORMAT),
        Arguments.of("2.002621.H56", IdentifierCheck.NON_STANDARD_FORM),
        Arguments.of("2.002621.H56.14", IdentifierCheck.NON_STANDARD_FORM),
        Arguments.of("2.002621.H56.14.22", IdentifierCheck.NON_STANDARD_FORM),
        Arguments.of("2.002621.H56.14.22.001", IdentifierCheck.NON_STANDARD_FORM),
        Arguments.of("2.002621.H56.14.22.0A1", IdentifierCheck.INVALID_FORMAT),
        Arguments.of("2.002621.H56.14.2", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("0.001193", IdentifierCheck.INVALID_COMPONENT),
        Arguments.of("4.001193", IdentifierCheck.INVALID_COMPONENT),
        Arguments.of("9.003560.000.00.00.H56", IdentifierCheck.INVALID_COMPONENT));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void check_invalid_returnsReason(String text, IdentifierCheck reason) {
    assertThat(ProcedureCode.check(text)).isEqualTo(reason);
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void parse_invalid_throwsWithReasonAndKind(String text, IdentifierCheck reason) {
    assertParseFails(() -> ProcedureCode.parse(text), IdentifierKind.PROCEDURE_CODE, reason);
  }

  @Test
  void check_null_returnsEmpty() {
    assertThat(ProcedureCode.check(null)).isEqualTo(IdentifierCheck.EMPTY);
    assertThat(ProcedureCode.checkLenient(null)).isEqualTo(IdentifierCheck.EMPTY);
  }

  @Test
  void parse_null_throwsNullPointerException() {
    assertThatNullPointerException().isThrownBy(() -> ProcedureCode.parse(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.001193", "2.000488", "3.000123"})
  void parse_nationalCode_noAgency(String text) {
    ProcedureCode code = ProcedureCode.parse(text);
    assertThat(code.nationalCode()).isEqualTo(text);
    assertThat(code.agency()).isEmpty();
    assertThat(code.national()).isSameAs(code);
    assertThat(code.isLenient()).isFalse();
    assertThat(code.kind()).isEqualTo(IdentifierKind.PROCEDURE_CODE);
    assertThat(ProcedureCode.parse(code.format())).isEqualTo(code).hasSameHashCodeAs(code);
  }

  @ParameterizedTest
  @CsvSource({
    "1.003560.000.00.00.H56, 1.003560, 000.00.00.H56",
    "2.000488.000.00.00.H56, 2.000488, 000.00.00.H56",
    "1.001193.000.17.22.H56, 1.001193, 000.17.22.H56"
  })
  void parse_localVariant_nationalCodeAndAgency(String text, String national, String agency) {
    ProcedureCode code = ProcedureCode.parse(text);
    assertThat(code.nationalCode()).isEqualTo(national);
    assertThat(code.national()).isEqualTo(ProcedureCode.parse(national));
    assertThat(code.agency()).contains(AgencyCode.parse(agency));
    assertThat(code.isLenient()).isFalse();
    assertThat(code.format()).isEqualTo(text);
    assertThat(ProcedureCode.parse(code.format())).isEqualTo(code);
  }

  @ParameterizedTest
  @CsvSource({"2.002621.H56, 2.002621, 000.00.00.H56", "2.002621.H56.14, 2.002621, 000.00.14.H56"})
  void parseLenient_shortLocalForm_agencyInShortForm(String text, String national, String agencyFullForm) {
    assertThat(ProcedureCode.checkLenient(text)).isEqualTo(IdentifierCheck.VALID);
    ProcedureCode code = ProcedureCode.parseLenient(text);
    assertThat(code.isLenient()).isTrue();
    assertThat(code.format()).isEqualTo(text);
    assertThat(code.nationalCode()).isEqualTo(national);
    AgencyCode agency = code.agency().orElseThrow();
    assertThat(agency.fullForm()).isEqualTo(agencyFullForm);
    assertThat(agency.isLenient()).isTrue();
    assertThat(ProcedureCode.parseLenient(code.format())).isEqualTo(code);
  }

  /**
   * Leniency is consistent across the identifiers that embed an agency code: every short form {@code
   * AgencyCode.parseLenient} accepts makes a short local form, three and four levels included.
   */
  @ParameterizedTest
  @CsvSource({
    "2.002621.H56.14.22, 000.22.14.H56",
    "2.002621.H56.14.22.001, 001.22.14.H56"
  })
  void parseLenient_shortAgencyFormOfThreeOrFourLevels_accepted(String text, String agencyFullForm) {
    String agency = text.substring(9);
    assertThat(AgencyCode.checkLenient(agency)).isEqualTo(IdentifierCheck.VALID);
    assertThat(ProcedureCode.check(text)).isEqualTo(IdentifierCheck.NON_STANDARD_FORM);
    ProcedureCode code = ProcedureCode.parseLenient(text);
    assertThat(code.isLenient()).isTrue();
    assertThat(code.agency()).contains(AgencyCode.parseLenient(agency));
    assertThat(code.agency().orElseThrow().fullForm()).isEqualTo(agencyFullForm);
  }

  @Test
  void equals_wholeText_shortAndLongLocalFormsDiffer() {
    // Documented: equality compares the whole text.
    assertThat(ProcedureCode.parseLenient("2.002621.H56")).isNotEqualTo(ProcedureCode.parse("2.002621.000.00.00.H56"));
    assertThat(ProcedureCode.parse("1.001193")).isNotEqualTo(ProcedureCode.parse("1.001194"));
  }

  @Test
  void parseLenient_shortFormWithBadFirstDigit_invalidComponent() {
    assertThat(ProcedureCode.checkLenient("0.002621.H56")).isEqualTo(IdentifierCheck.INVALID_COMPONENT);
  }

  @Test
  void toString_notPersonalData_inClear() {
    ProcedureCode code = ProcedureCode.parse("1.003560.000.00.00.H56");
    assertThat(code.toString()).isEqualTo("1.003560.000.00.00.H56").isEqualTo(code.masked());
  }
}
