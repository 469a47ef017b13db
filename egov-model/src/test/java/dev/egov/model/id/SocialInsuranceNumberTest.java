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
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(10)
class SocialInsuranceNumberTest {

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("", IdentifierCheck.EMPTY),
        Arguments.of("791234567X", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("79 1234 5678", IdentifierCheck.INVALID_CHARACTERS), // no lenient form
        Arguments.of("٧٩١٢٣٤٥٦٧٨", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("791234567", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("79123456789", IdentifierCheck.WRONG_LENGTH));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void check_invalid_returnsReason(String text, IdentifierCheck reason) {
    assertThat(SocialInsuranceNumber.check(text)).isEqualTo(reason);
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void parse_invalid_throwsWithReasonAndKind(String text, IdentifierCheck reason) {
    assertParseFails(() -> SocialInsuranceNumber.parse(text), IdentifierKind.SOCIAL_INSURANCE_NUMBER, reason);
  }

  @Test
  void check_null_returnsEmpty() {
    assertThat(SocialInsuranceNumber.check(null)).isEqualTo(IdentifierCheck.EMPTY);
  }

  @Test
  void parse_null_throwsNullPointerException() {
    assertThatNullPointerException().isThrownBy(() -> SocialInsuranceNumber.parse(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"7912345678", "0100109107", "8912345678", "0000000000"})
  void parse_tenDigits_validWithoutChecksum(String text) {
    SocialInsuranceNumber number = SocialInsuranceNumber.parse(text);
    assertThat(number.format()).isEqualTo(text);
    assertThat(number.kind()).isEqualTo(IdentifierKind.SOCIAL_INSURANCE_NUMBER);
    assertThat(SocialInsuranceNumber.parse(number.format())).isEqualTo(number).hasSameHashCodeAs(number);
  }

  @Test
  void equals_otherDigitsOrTaxCodeWithSameDigits_notEqual() {
    SocialInsuranceNumber number = SocialInsuranceNumber.parse("0100109106");
    assertThat(number).isNotEqualTo(SocialInsuranceNumber.parse("0100109107"));
    assertThat((Object) number).isNotEqualTo(TaxCode.parse("0100109106"));
  }

  @Test
  void toString_validValue_masked() {
    SocialInsuranceNumber number = SocialInsuranceNumber.parse("7912345678");
    assertThat(number.toString()).isEqualTo("791*****78").isEqualTo(number.masked()).doesNotContain("7912345678");
  }
}
