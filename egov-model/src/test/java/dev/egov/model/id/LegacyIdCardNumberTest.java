package dev.egov.model.id;

import static dev.egov.model.id.IdentifierAssertions.assertParseFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.egov.model.PartialDate;
import dev.egov.model.Sex;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Timeout(10)
class LegacyIdCardNumberTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("", IdentifierCheck.EMPTY),
        Arguments.of("12345678a", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("123 456 789", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("١٢٣٤٥٦٧٨٩", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("12345678", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("1234567890", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("12345678901", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("1234567890123", IdentifierCheck.WRONG_LENGTH));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void check_invalid_returnsReason(String text, IdentifierCheck reason) {
    assertThat(LegacyIdCardNumber.check(text)).isEqualTo(reason);
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void parse_invalid_throwsWithReasonAndKind(String text, IdentifierCheck reason) {
    assertParseFails(() -> LegacyIdCardNumber.parse(text), IdentifierKind.LEGACY_ID_CARD, reason);
  }

  @Test
  void check_null_returnsEmpty() {
    assertThat(LegacyIdCardNumber.check(null)).isEqualTo(IdentifierCheck.EMPTY);
  }

  @Test
  void parse_nineDigits_nineDigitFormWithoutDecoding() {
    LegacyIdCardNumber number = LegacyIdCardNumber.parse("123456789");
    assertThat(number.form()).isEqualTo(LegacyIdCardNumber.Form.NINE_DIGITS);
    assertThat(number.format()).isEqualTo("123456789");
    assertThat(number.kind()).isEqualTo(IdentifierKind.LEGACY_ID_CARD);
    assertThat(number.sex()).isEmpty();
    assertThat(number.birthYear()).isEmpty();
    assertThat(number.birthRegistrationProvince()).isEmpty();
    assertThat(number.likelyPersonalIdNumber()).isEmpty();
  }

  @Test
  void findings_nineDigits_none() {
    assertThat(LegacyIdCardNumber.parse("123456789").findings(PartialDate.ofYear(2099), Sex.FEMALE, TODAY)).isEmpty();
  }

  @Test
  void parse_twelveDigits_decodedLikePersonalId() {
    LegacyIdCardNumber number = LegacyIdCardNumber.parse("001089001234");
    assertThat(number.form()).isEqualTo(LegacyIdCardNumber.Form.TWELVE_DIGITS);
    assertThat(number.birthYear()).hasValue(1989);
    assertThat(number.sex()).contains(Sex.MALE);
    assertThat(number.birthRegistrationProvince().orElseThrow().name()).isEqualTo("Hà Nội");
    assertThat(number.likelyPersonalIdNumber()).contains(PersonalIdNumber.parse("001089001234"));
  }

  @Test
  void birthRegistrationProvince_twelveDigitsUnknownPrefix_empty() {
    assertThat(LegacyIdCardNumber.parse("003189001234").birthRegistrationProvince()).isEmpty();
  }

  @Test
  void findings_twelveDigits_sameRulesAsPersonalId() {
    LegacyIdCardNumber number = LegacyIdCardNumber.parse("001189001234"); // female, 1989
    assertThat(number.findings(PartialDate.of(1989, 2, 1), Sex.FEMALE, TODAY)).isEmpty();
    assertThat(number.findings(PartialDate.ofYear(1990), Sex.MALE, TODAY))
        .containsExactly(IdentifierFinding.BIRTH_YEAR_MISMATCH, IdentifierFinding.SEX_MISMATCH);
  }

  @Test
  void parse_formatRoundTrip_isEqual() {
    for (String text : new String[] {"123456789", "001089001234"}) {
      LegacyIdCardNumber number = LegacyIdCardNumber.parse(text);
      assertThat(LegacyIdCardNumber.parse(number.format())).isEqualTo(number).hasSameHashCodeAs(number);
    }
    assertThat(LegacyIdCardNumber.parse("123456789")).isNotEqualTo(LegacyIdCardNumber.parse("123456788"));
  }

  @Test
  void toString_validValue_masked() {
    assertThat(LegacyIdCardNumber.parse("123456789").toString()).isEqualTo("12******9");
    assertThat(LegacyIdCardNumber.parse("001089001234").toString()).isEqualTo("001*******34");
  }

  @Test
  void parse_null_throwsNullPointerException() {
    assertThatNullPointerException().isThrownBy(() -> LegacyIdCardNumber.parse(null));
  }
}
