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

@Timeout(10)
class BranchTaxCodeTest {

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("", IdentifierCheck.EMPTY),
        Arguments.of("0100109106_001", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("0100109106-00A", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("0100109106/001", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("0100109106-01", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("0100109106-0001", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("0100109106", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("0100109106001", IdentifierCheck.NON_STANDARD_FORM),
        Arguments.of("0312 68 78 78 - 001", IdentifierCheck.NON_STANDARD_FORM),
        Arguments.of("010010910-6001", IdentifierCheck.INVALID_FORMAT), // the hyphen says a four-digit suffix
        Arguments.of("0100109106-00 1", IdentifierCheck.INVALID_FORMAT), // the suffix's digits apart
        Arguments.of("0100109107-00 1", IdentifierCheck.INVALID_FORMAT), // structure is judged before the checksum
        Arguments.of("0100109106 001", IdentifierCheck.NON_STANDARD_FORM),
        Arguments.of("0100109107-001", IdentifierCheck.INVALID_CHECKSUM),
        Arguments.of("0100109106-000", IdentifierCheck.INVALID_COMPONENT),
        Arguments.of("0314409058-000", IdentifierCheck.INVALID_COMPONENT),
        Arguments.of("0100000003-001", IdentifierCheck.INVALID_COMPONENT)); // all-zero parent sequence
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void check_invalid_returnsReason(String text, IdentifierCheck reason) {
    assertThat(BranchTaxCode.check(text)).isEqualTo(reason);
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void parse_invalid_throwsWithReasonAndKind(String text, IdentifierCheck reason) {
    assertParseFails(() -> BranchTaxCode.parse(text), IdentifierKind.BRANCH_TAX_CODE, reason);
  }

  @Test
  void check_null_returnsEmpty() {
    assertThat(BranchTaxCode.check(null)).isEqualTo(IdentifierCheck.EMPTY);
    assertThat(BranchTaxCode.checkLenient(null, Strictness.FORMAT)).isEqualTo(IdentifierCheck.EMPTY);
  }

  @Test
  void parse_null_throwsNullPointerException() {
    assertThatNullPointerException().isThrownBy(() -> BranchTaxCode.parse(null));
  }

  @ParameterizedTest
  @CsvSource({
    "0100109106-001, 0100109106, 1",
    "0314409058-002, 0314409058, 2",
    "0102641429-066, 0102641429, 66",
    "2000102580-005, 2000102580, 5",
    "5800199577-002, 5800199577, 2",
    "0100109106-999, 0100109106, 999"
  })
  void parse_standardForm_parentAndNumber(String text, String parent, int number) {
    BranchTaxCode code = BranchTaxCode.parse(text);
    assertThat(code.parent()).isEqualTo(TaxCode.parse(parent));
    assertThat(code.number()).isEqualTo(number);
    assertThat(code.format()).isEqualTo(text);
    assertThat(code.isLenient()).isFalse();
    assertThat(code.strictness()).isEqualTo(Strictness.SEMANTIC);
    assertThat(code.kind()).isEqualTo(IdentifierKind.BRANCH_TAX_CODE);
    assertThat(BranchTaxCode.parse(code.format())).isEqualTo(code).hasSameHashCodeAs(code);
  }

  @ParameterizedTest
  @CsvSource({
    "'0312 68 78 78 - 001', 0312687878-001",
    "0100112437011, 0100112437-011",
    "01.00.109.106-001, 0100109106-001",
    "0100109106 001, 0100109106-001"
  })
  void parseLenient_nonStandardForms_normalisedAndEqualToStrict(String text, String standard) {
    assertThat(BranchTaxCode.check(text)).isEqualTo(IdentifierCheck.NON_STANDARD_FORM);
    assertThat(BranchTaxCode.checkLenient(text)).isEqualTo(IdentifierCheck.VALID);
    BranchTaxCode lenient = BranchTaxCode.parseLenient(text);
    assertThat(lenient.format()).isEqualTo(standard);
    assertThat(lenient.isLenient()).isTrue();
    assertThat(lenient).isEqualTo(BranchTaxCode.parse(standard)).hasSameHashCodeAs(BranchTaxCode.parse(standard));
  }

  @Test
  void parseLenient_standardForm_notLenient() {
    assertThat(BranchTaxCode.parseLenient("0100109106-001").isLenient()).isFalse();
  }

  @Test
  void checkLenient_suffix000WithoutHyphen_invalidComponent() {
    assertThat(BranchTaxCode.checkLenient("0100109106000")).isEqualTo(IdentifierCheck.INVALID_COMPONENT);
  }

  @Test
  void parse_checksumStrictness_acceptsSuffix000AndReportsLevel() {
    BranchTaxCode code = BranchTaxCode.parse("0100109106-000", Strictness.CHECKSUM);
    assertThat(code.number()).isZero();
    assertThat(code.strictness()).isEqualTo(Strictness.CHECKSUM);
    assertThat(code.format()).isEqualTo("0100109106-000");
  }

  @Test
  void parse_formatStrictness_acceptsBadParentChecksum() {
    BranchTaxCode code = BranchTaxCode.parse("0100109107-001", Strictness.FORMAT);
    assertThat(code.strictness()).isEqualTo(Strictness.FORMAT);
    assertThat(code.parent().strictness()).isEqualTo(Strictness.FORMAT);
    assertThat(BranchTaxCode.check("0100109107-001", Strictness.FORMAT)).isEqualTo(IdentifierCheck.VALID);
    assertThat(BranchTaxCode.parseLenient("0100109107001", Strictness.FORMAT).format()).isEqualTo("0100109107-001");
  }

  @Test
  void equals_differentNumberOrParent_notEqual() {
    BranchTaxCode code = BranchTaxCode.parse("0100109106-001");
    assertThat(code).isNotEqualTo(BranchTaxCode.parse("0100109106-002"));
    assertThat(code).isNotEqualTo(BranchTaxCode.parse("0100112437-001"));
    assertThat((Object) code).isNotEqualTo(TaxCode.parse("0100109106"));
  }

  @Test
  void toString_validValue_masked() {
    BranchTaxCode code = BranchTaxCode.parse("0100109106-001");
    assertThat(code.toString()).isEqualTo("010*********01").isEqualTo(code.masked()).doesNotContain("0100109106");
  }
}
