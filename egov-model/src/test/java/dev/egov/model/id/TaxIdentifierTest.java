package dev.egov.model.id;

import static dev.egov.model.id.IdentifierAssertions.assertParseFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Timeout(10)
class TaxIdentifierTest {

  /** Text, reason, and the kind the exception names (the kind the digit count implies). */
  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("", IdentifierCheck.EMPTY, IdentifierKind.TAX_CODE),
        Arguments.of("abc", IdentifierCheck.INVALID_CHARACTERS, IdentifierKind.TAX_CODE),
        Arguments.of("0100109106/001", IdentifierCheck.INVALID_CHARACTERS, IdentifierKind.TAX_CODE),
        Arguments.of("12345", IdentifierCheck.WRONG_LENGTH, IdentifierKind.TAX_CODE),
        Arguments.of("01001091066", IdentifierCheck.WRONG_LENGTH, IdentifierKind.TAX_CODE),
        Arguments.of("01001091060011", IdentifierCheck.WRONG_LENGTH, IdentifierKind.TAX_CODE),
        Arguments.of("01.00.109.106", IdentifierCheck.NON_STANDARD_FORM, IdentifierKind.TAX_CODE),
        Arguments.of("0100109106001", IdentifierCheck.NON_STANDARD_FORM, IdentifierKind.BRANCH_TAX_CODE),
        Arguments.of("001 089 001 234", IdentifierCheck.INVALID_FORMAT, IdentifierKind.PERSONAL_ID),
        Arguments.of("0100109106-01", IdentifierCheck.WRONG_LENGTH, IdentifierKind.BRANCH_TAX_CODE),
        Arguments.of("010010910-6001", IdentifierCheck.INVALID_FORMAT, IdentifierKind.BRANCH_TAX_CODE),
        Arguments.of("0100109107", IdentifierCheck.INVALID_CHECKSUM, IdentifierKind.TAX_CODE),
        Arguments.of("0100109107-001", IdentifierCheck.INVALID_CHECKSUM, IdentifierKind.BRANCH_TAX_CODE),
        Arguments.of("0100000003", IdentifierCheck.INVALID_COMPONENT, IdentifierKind.TAX_CODE),
        Arguments.of("0100109106-000", IdentifierCheck.INVALID_COMPONENT, IdentifierKind.BRANCH_TAX_CODE));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void check_invalid_returnsReason(String text, IdentifierCheck reason, IdentifierKind kind) {
    assertThat(TaxIdentifier.check(text)).isEqualTo(reason);
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void parse_invalid_throwsWithReasonAndKind(String text, IdentifierCheck reason, IdentifierKind kind) {
    assertParseFails(() -> TaxIdentifier.parse(text), kind, reason);
  }

  @Test
  void check_null_returnsEmpty() {
    assertThat(TaxIdentifier.check(null)).isEqualTo(IdentifierCheck.EMPTY);
    assertThat(TaxIdentifier.checkLenient(null)).isEqualTo(IdentifierCheck.EMPTY);
  }

  @Test
  void parse_null_throwsNullPointerException() {
    assertThatNullPointerException().isThrownBy(() -> TaxIdentifier.parse(null));
    assertThatNullPointerException().isThrownBy(() -> TaxIdentifier.parseLenient(null));
  }

  @Test
  void parse_tenDigits_taxCode() {
    TaxIdentifier id = TaxIdentifier.parse("0100109106");
    assertThat(id).isEqualTo(TaxCode.parse("0100109106"));
    assertThat(id.kind()).isEqualTo(IdentifierKind.TAX_CODE);
  }

  @Test
  void parse_branchForm_branchTaxCode() {
    TaxIdentifier id = TaxIdentifier.parse("0100109106-001");
    assertThat(id).isEqualTo(BranchTaxCode.parse("0100109106-001"));
    assertThat(id.kind()).isEqualTo(IdentifierKind.BRANCH_TAX_CODE);
  }

  @Test
  void parse_twelveDigits_personalIdNumber() {
    TaxIdentifier id = TaxIdentifier.parse("001089001234");
    assertThat(id).isEqualTo(PersonalIdNumber.parse("001089001234"));
    assertThat(id.kind()).isEqualTo(IdentifierKind.PERSONAL_ID);
  }

  @Test
  void parseLenient_separatedForms_normalised() {
    assertThat(TaxIdentifier.parseLenient("01.00.109.106")).isEqualTo(TaxCode.parse("0100109106"));
    assertThat(((TaxCode) TaxIdentifier.parseLenient("01.00.109.106")).isLenient()).isTrue();
    assertThat(TaxIdentifier.parseLenient("0312 68 78 78 - 001")).isEqualTo(BranchTaxCode.parse("0312687878-001"));
    assertThat(TaxIdentifier.parseLenient("0100112437011")).isEqualTo(BranchTaxCode.parse("0100112437-011"));
    assertThat(TaxIdentifier.parseLenient("0100-109-106-001")).isEqualTo(BranchTaxCode.parse("0100109106-001"));
  }

  /**
   * The case found from outside: {@code 0100109106-01} was valid leniently and read as the personal ID
   * 010010910601. Its hyphen says "tax code and branch", and a branch suffix has exactly three digits.
   */
  @Test
  void checkLenient_twoDigitBranchSuffix_isWrongLengthNotAPersonalId() {
    assertThat(TaxIdentifier.checkLenient("0100109106-01")).isEqualTo(IdentifierCheck.WRONG_LENGTH);
    assertThat(TaxIdentifier.check("0100109106-01")).isEqualTo(IdentifierCheck.WRONG_LENGTH);
    assertParseFails(() -> TaxIdentifier.parseLenient("0100109106-01"),
        IdentifierKind.BRANCH_TAX_CODE, IdentifierCheck.WRONG_LENGTH);
    assertThat(TaxIdentifier.checkLenient("0100109106 - 01")).isEqualTo(IdentifierCheck.WRONG_LENGTH);
    assertThat(TaxIdentifier.checkLenient("01.00.109.106-01")).isEqualTo(IdentifierCheck.WRONG_LENGTH);
  }

  /** Twelve digits are a personal ID only as the twelve digits alone; with separators, in no mode. */
  @Test
  void checkLenient_separatedTwelveDigits_isNeverAPersonalId() {
    for (String text : new String[] {"001 089 001 234", "001.089.001.234", "0010 8900 1234", "0100109106 01",
        " 001089001234", "001089001234 "}) {
      assertThat(TaxIdentifier.checkLenient(text)).as(text).isEqualTo(IdentifierCheck.INVALID_FORMAT);
      assertThat(TaxIdentifier.check(text)).as(text).isEqualTo(IdentifierCheck.INVALID_FORMAT);
      assertParseFails(() -> TaxIdentifier.parseLenient(text), IdentifierKind.PERSONAL_ID,
          IdentifierCheck.INVALID_FORMAT);
    }
    assertThat(TaxIdentifier.parseLenient("001089001234")).isEqualTo(PersonalIdNumber.parse("001089001234"));
  }

  /** A hyphen marks the branch suffix: it stands before the last three digits, which are written together. */
  @Test
  void checkLenient_separatorsPlacingTheSuffixElsewhere_isInvalidFormat() {
    for (String text : new String[] {"010010910-6001", "01001091-06001", "0100109106-00 1", "0100109106-0.01",
        "0100109106001-", "0100109106 00-1"}) {
      assertThat(TaxIdentifier.checkLenient(text)).as(text).isEqualTo(IdentifierCheck.INVALID_FORMAT);
      assertThat(BranchTaxCode.checkLenient(text)).as(text).isEqualTo(IdentifierCheck.INVALID_FORMAT);
    }
    for (String text : new String[] {"0100109106-001", "0100109106 - 001", "0100 109 106-001", "0100-109-106-001",
        "0100109106 001", "0100109106001", "01.00.109.106 001"}) {
      assertThat(TaxIdentifier.checkLenient(text)).as(text).isEqualTo(IdentifierCheck.VALID);
      assertThat(TaxIdentifier.parseLenient(text)).as(text).isEqualTo(BranchTaxCode.parse("0100109106-001"));
    }
  }

  @Test
  void check_standardForms_valid() {
    assertThat(TaxIdentifier.check("0100109106")).isEqualTo(IdentifierCheck.VALID);
    assertThat(TaxIdentifier.check("0100109106-001")).isEqualTo(IdentifierCheck.VALID);
    assertThat(TaxIdentifier.check("001089001234")).isEqualTo(IdentifierCheck.VALID);
  }

  @Test
  void parse_formatRoundTrip_equal() {
    for (String text : new String[] {"0100109106", "0100109106-001", "001089001234"}) {
      TaxIdentifier id = TaxIdentifier.parse(text);
      assertThat(TaxIdentifier.parse(id.format())).isEqualTo(id);
    }
  }

  @Test
  void toString_everyReading_masked() {
    for (String text : new String[] {"0100109106", "0100109106-001", "001089001234"}) {
      assertThat(TaxIdentifier.parse(text).toString()).doesNotContain(text).startsWith(text.substring(0, 3));
    }
  }
}
