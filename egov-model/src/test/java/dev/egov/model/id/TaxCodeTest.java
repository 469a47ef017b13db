package dev.egov.model.id;

import static dev.egov.model.id.IdentifierAssertions.assertParseFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(10)
class TaxCodeTest {

  /**
   * Real 10-digit tax codes of companies, found online (the list python-stdnum's {@code tests/test_vn_mst.doctest}
   * collects; docs/identifiers.md, Tax codes). Viettel is 0100109106.
   */
  static final List<String> REAL_CODES = List.of(
      "0100109106", "0100112437", "0312687878", "0100233488", "0101245486", "0102182292", "0102278149",
      "0102328512", "0102638049", "0102723382", "0103131621", "0105022466", "0106713191", "0107338930",
      "0108024302", "0109161862", "0200747399", "0201900138", "0300533351", "0301471348", "0302082048",
      "0305000124", "0310350004", "0311592398", "0314409058", "0316110224", "0400129230", "0700790272",
      "0900283167", "1201480559", "1601223524", "1801314923", "2000102580", "2100624710", "2300376864",
      "2500291713", "2800886119", "2901807716", "3200707377", "3301595028", "3500748818", "3603718156",
      "3700635642", "3900260711", "4000107409", "4200919944", "4401031161", "4900224296", "5200327611",
      "5400478872", "5500340437", "5701424091", "5900705097", "8037630690", "8463763902");

  private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

  /** The algorithm of docs/identifiers.md, Tax codes, written again here: -1 when no check digit exists. */
  private static int referenceCheckDigit(String firstNine) {
    int s = 0;
    for (int i = 0; i < 9; i++) {
      s += (firstNine.charAt(i) - '0') * WEIGHTS[i];
    }
    int r = s % 11;
    return r == 0 ? -1 : 10 - r;
  }

  /** The most common wrong variant in public code. */
  private static int wrongVariantCheckDigit(String firstNine) {
    int s = 0;
    for (int i = 0; i < 9; i++) {
      s += (firstNine.charAt(i) - '0') * WEIGHTS[i];
    }
    return (11 - s % 11) % 11;
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("", IdentifierCheck.EMPTY),
        Arguments.of("010010910A", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("0100109106\n", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("0100109106/", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("+0100109106", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("０１００１０９１０６", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("VV34567890", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("010010910", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("01001091066", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("12345", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("0100109106-001", IdentifierCheck.WRONG_LENGTH), // a branch code is not a tax code
        Arguments.of("...", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("01.00.112.437", IdentifierCheck.NON_STANDARD_FORM),
        Arguments.of("0100 109 106", IdentifierCheck.NON_STANDARD_FORM),
        Arguments.of("0100-109-106", IdentifierCheck.NON_STANDARD_FORM),
        Arguments.of(" 0100109106", IdentifierCheck.NON_STANDARD_FORM),
        Arguments.of("0100109107", IdentifierCheck.INVALID_CHECKSUM),
        Arguments.of("0100233480", IdentifierCheck.INVALID_CHECKSUM),
        Arguments.of("0100000008", IdentifierCheck.INVALID_CHECKSUM),
        Arguments.of("0100000003", IdentifierCheck.INVALID_COMPONENT),
        Arguments.of("2800000002", IdentifierCheck.INVALID_COMPONENT));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void check_invalid_returnsReason(String text, IdentifierCheck reason) {
    assertThat(TaxCode.check(text)).isEqualTo(reason);
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void parse_invalid_throwsWithReasonAndKind(String text, IdentifierCheck reason) {
    assertParseFails(() -> TaxCode.parse(text), IdentifierKind.TAX_CODE, reason);
  }

  @Test
  void check_null_returnsEmpty() {
    assertThat(TaxCode.check(null)).isEqualTo(IdentifierCheck.EMPTY);
    assertThat(TaxCode.checkLenient(null)).isEqualTo(IdentifierCheck.EMPTY);
    assertThat(TaxCode.check(null, Strictness.FORMAT)).isEqualTo(IdentifierCheck.EMPTY);
  }

  @Test
  void parse_null_throwsNullPointerException() {
    assertThatNullPointerException().isThrownBy(() -> TaxCode.parse(null));
    assertThatNullPointerException().isThrownBy(() -> TaxCode.parseLenient(null));
  }

  @Test
  void check_realCompanyCodes_allValid() {
    for (String code : REAL_CODES) {
      assertThat(TaxCode.check(code)).as(code).isEqualTo(IdentifierCheck.VALID);
      assertThat(TaxCode.parse(code).format()).isEqualTo(code);
    }
  }

  @Test
  void check_realCompanyCodes_agreeWithReferenceAlgorithm() {
    for (String code : REAL_CODES) {
      assertThat(referenceCheckDigit(code.substring(0, 9))).as(code).isEqualTo(code.charAt(9) - '0');
      assertThat(TaxCode.checkDigitFor(code.substring(0, 9))).as(code).hasValue(code.charAt(9) - '0');
    }
  }

  @Test
  void check_viettel_validThoughWrongVariantRejectsIt() {
    assertThat(wrongVariantCheckDigit("010010910")).isNotEqualTo(6); // the variant computes 7
    assertThat(TaxCode.check("0100109106")).isEqualTo(IdentifierCheck.VALID);
    assertThat(TaxCode.check("010010910" + wrongVariantCheckDigit("010010910")))
        .isEqualTo(IdentifierCheck.INVALID_CHECKSUM);
  }

  @Test
  void checkDigitFor_remainderTen_isZero() {
    // 2000102580: S = 142, r = 10, so the check digit is 0 (the wrong variant gives 1).
    assertThat(TaxCode.checkDigitFor("200010258")).hasValue(0);
    assertThat(TaxCode.check("2000102580")).isEqualTo(IdentifierCheck.VALID);
    assertThat(TaxCode.check("2000102581")).isEqualTo(IdentifierCheck.INVALID_CHECKSUM);
  }

  @Test
  void checkDigitFor_remainderZero_emptyAndEveryTenthDigitRejected() {
    String prefix = null;
    for (int n = 10_000_000; n < 10_001_000 && prefix == null; n++) {
      String candidate = String.format(Locale.ROOT, "%09d", n);
      if (referenceCheckDigit(candidate) == -1) {
        prefix = candidate;
      }
    }
    assertThat(prefix).as("a prefix with r == 0").isNotNull();
    assertThat(TaxCode.checkDigitFor(prefix)).isEmpty();
    for (char d = '0'; d <= '9'; d++) {
      assertThat(TaxCode.check(prefix + d)).as(prefix + d).isEqualTo(IdentifierCheck.INVALID_CHECKSUM);
      // Neither lower strictness nor lenient parsing accepts it at CHECKSUM level.
      assertThat(TaxCode.check(prefix + d, Strictness.CHECKSUM)).isEqualTo(IdentifierCheck.INVALID_CHECKSUM);
      assertThat(TaxCode.check(prefix + d, Strictness.FORMAT)).isEqualTo(IdentifierCheck.VALID);
    }
  }

  @Test
  void check_everyTenthDigitOfManyPrefixes_agreesWithReferenceAlgorithm() {
    for (int n = 10_010_900; n < 10_011_100; n++) {
      String prefix = String.format(Locale.ROOT, "%09d", n);
      int expected = referenceCheckDigit(prefix);
      boolean allZeroSequence = prefix.substring(2).chars().allMatch(c -> c == '0');
      for (char d = '0'; d <= '9'; d++) {
        IdentifierCheck want = expected == d - '0'
            ? (allZeroSequence ? IdentifierCheck.INVALID_COMPONENT : IdentifierCheck.VALID)
            : IdentifierCheck.INVALID_CHECKSUM;
        assertThat(TaxCode.check(prefix + d)).as(prefix + d).isEqualTo(want);
      }
      assertThat(TaxCode.checkDigitFor(prefix).orElse(-1)).isEqualTo(expected);
    }
  }

  @Test
  void check_everySingleDigitChangeOfRealCodes_rejected() {
    // Every weight is non-zero mod 11 (a prime), so changing one digit always changes S mod 11.
    for (String code : List.of("0100109106", "0312687878", "2000102580")) {
      for (int position = 0; position < 10; position++) {
        for (char d = '0'; d <= '9'; d++) {
          if (code.charAt(position) == d) {
            continue;
          }
          String changed = code.substring(0, position) + d + code.substring(position + 1);
          assertThat(TaxCode.check(changed)).as(changed).isEqualTo(IdentifierCheck.INVALID_CHECKSUM);
        }
      }
    }
  }

  @Test
  void check_everyAdjacentTranspositionInFirstNine_rejected() {
    // Adjacent weights differ mod 11 (9 7 1 8 6 2 7 5 3), so swapping two different neighbours is caught.
    List<String> checked = new ArrayList<>();
    for (String code : REAL_CODES) {
      for (int i = 0; i < 8; i++) {
        if (code.charAt(i) == code.charAt(i + 1)) {
          continue;
        }
        String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
        assertThat(TaxCode.check(swapped)).as(swapped).isEqualTo(IdentifierCheck.INVALID_CHECKSUM);
        checked.add(swapped);
      }
    }
    assertThat(checked).hasSizeGreaterThan(200);
  }

  @Test
  void check_allZeroSequenceWithPassingChecksum_invalidComponentOnlyAtSemantic() {
    assertThat(TaxCode.checkDigitFor("010000000")).hasValue(3);
    assertThat(TaxCode.check("0100000003")).isEqualTo(IdentifierCheck.INVALID_COMPONENT);
    assertThat(TaxCode.check("0100000003", Strictness.CHECKSUM)).isEqualTo(IdentifierCheck.VALID);
    assertThat(TaxCode.check("0100000003", Strictness.FORMAT)).isEqualTo(IdentifierCheck.VALID);
    assertThat(TaxCode.parse("0100000003", Strictness.CHECKSUM).strictness()).isEqualTo(Strictness.CHECKSUM);
    assertParseFails(() -> TaxCode.parseLenient("01.00.000.003"), IdentifierKind.TAX_CODE,
        IdentifierCheck.INVALID_COMPONENT);
  }

  @Test
  void check_sequenceWithOneNonZeroDigit_notAllZero() {
    // Only digits 3 to 9 form the sequence: 0000000 is invalid, 0000001 is not.
    int d = TaxCode.checkDigitFor("010000001").orElseThrow();
    assertThat(TaxCode.check("010000001" + d)).isEqualTo(IdentifierCheck.VALID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"01.00.112.437", "0100 112 437", "0100-112-437", "01 00 11 24 37", " 0100112437 "})
  void parseLenient_separators_normalisedAndEqualToStrict(String text) {
    assertThat(TaxCode.check(text)).isEqualTo(IdentifierCheck.NON_STANDARD_FORM);
    assertThat(TaxCode.checkLenient(text)).isEqualTo(IdentifierCheck.VALID);
    TaxCode lenient = TaxCode.parseLenient(text);
    TaxCode strict = TaxCode.parse("0100112437");
    assertThat(lenient.format()).isEqualTo("0100112437");
    assertThat(lenient.isLenient()).isTrue();
    assertThat(strict.isLenient()).isFalse();
    assertThat(lenient).isEqualTo(strict).hasSameHashCodeAs(strict);
    assertThat(TaxCode.parse(lenient.format())).isEqualTo(lenient);
  }

  @Test
  void parseLenient_standardForm_notLenient() {
    assertThat(TaxCode.parseLenient("0100109106").isLenient()).isFalse();
  }

  @Test
  void checkLenient_separatorsAroundBadChecksum_invalidChecksum() {
    assertThat(TaxCode.checkLenient("01.00.109.107")).isEqualTo(IdentifierCheck.INVALID_CHECKSUM);
    assertParseFails(() -> TaxCode.parseLenient("01.00.109.107"), IdentifierKind.TAX_CODE,
        IdentifierCheck.INVALID_CHECKSUM);
  }

  @Test
  void parse_formatStrictness_acceptsBadChecksumAndReportsIt() {
    TaxCode code = TaxCode.parse("0100109107", Strictness.FORMAT);
    assertThat(code.strictness()).isEqualTo(Strictness.FORMAT);
    assertThat(code.format()).isEqualTo("0100109107");
    assertThat(TaxCode.check("0100109107", Strictness.FORMAT)).isEqualTo(IdentifierCheck.VALID);
    assertThat(TaxCode.parseLenient("01.00.109.107", Strictness.FORMAT).strictness()).isEqualTo(Strictness.FORMAT);
  }

  @Test
  void parse_formatStrictness_stillChecksShape() {
    assertParseFails(() -> TaxCode.parse("010010910", Strictness.FORMAT), IdentifierKind.TAX_CODE,
        IdentifierCheck.WRONG_LENGTH);
    assertParseFails(() -> TaxCode.parse("01.00.109.107", Strictness.FORMAT), IdentifierKind.TAX_CODE,
        IdentifierCheck.NON_STANDARD_FORM);
    assertThat(TaxCode.checkLenient("010010910A", Strictness.FORMAT)).isEqualTo(IdentifierCheck.INVALID_CHARACTERS);
  }

  @Test
  void parse_checksumStrictness_rejectsBadChecksum() {
    assertParseFails(() -> TaxCode.parse("0100109107", Strictness.CHECKSUM), IdentifierKind.TAX_CODE,
        IdentifierCheck.INVALID_CHECKSUM);
  }

  @Test
  void parse_default_isSemantic() {
    assertThat(TaxCode.parse("0100109106").strictness()).isEqualTo(Strictness.SEMANTIC);
    assertThat(TaxCode.parseLenient("0100109106").strictness()).isEqualTo(Strictness.SEMANTIC);
  }

  @ParameterizedTest
  @EnumSource(Strictness.class)
  void equals_otherStrictnessOrForm_equalWhenValueEqual(Strictness strictness) {
    TaxCode semantic = TaxCode.parse("0100109106");
    assertThat(TaxCode.parse("0100109106", strictness)).isEqualTo(semantic).hasSameHashCodeAs(semantic);
    assertThat(TaxCode.parseLenient("01.00.109.106", strictness)).isEqualTo(semantic);
    assertThat(TaxCode.parse("0100112437")).isNotEqualTo(semantic);
  }

  @Test
  void allocationBlock_validCode_firstTwoDigits() {
    assertThat(TaxCode.parse("0312687878").allocationBlock()).isEqualTo("03");
    assertThat(TaxCode.parse("8037630690").allocationBlock()).isEqualTo("80");
  }

  @Test
  void branch_validNumber_standardBranchCode() {
    BranchTaxCode branch = TaxCode.parse("0100109106").branch(1);
    assertThat(branch.format()).isEqualTo("0100109106-001");
    assertThat(branch).isEqualTo(BranchTaxCode.parse("0100109106-001"));
    assertThat(TaxCode.parse("0100109106").branch(999).format()).isEqualTo("0100109106-999");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 1000})
  void branch_numberOutOfRange_throws(int number) {
    TaxCode code = TaxCode.parse("0100109106");
    assertThatIllegalArgumentException().isThrownBy(() -> code.branch(number));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345678", "1234567890", "12345678a", "１２３４５６７８９"})
  void checkDigitFor_notNineAsciiDigits_throwsIllegalArgument(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> TaxCode.checkDigitFor(text));
  }

  @Test
  void toString_validValue_masked() {
    TaxCode code = TaxCode.parse("0100109106");
    assertThat(code.toString()).isEqualTo("010*****06").isEqualTo(code.masked()).doesNotContain("0100109106");
    assertThat(code.kind()).isEqualTo(IdentifierKind.TAX_CODE);
  }
}
