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
class HealthInsuranceIdentifierTest {

  /** Text, reason, and the kind the exception names. */
  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("", IdentifierCheck.EMPTY, IdentifierKind.HEALTH_INSURANCE_CARD),
        Arguments.of("7912345678.", IdentifierCheck.INVALID_CHARACTERS, IdentifierKind.HEALTH_INSURANCE_CARD),
        Arguments.of("DN4797912345678!", IdentifierCheck.INVALID_CHARACTERS, IdentifierKind.HEALTH_INSURANCE_CARD),
        Arguments.of("12345", IdentifierCheck.WRONG_LENGTH, IdentifierKind.HEALTH_INSURANCE_CARD),
        Arguments.of("79123456789", IdentifierCheck.WRONG_LENGTH, IdentifierKind.HEALTH_INSURANCE_CARD),
        Arguments.of("0791234567890", IdentifierCheck.WRONG_LENGTH, IdentifierKind.HEALTH_INSURANCE_CARD),
        Arguments.of("DN479791234567", IdentifierCheck.WRONG_LENGTH, IdentifierKind.HEALTH_INSURANCE_CARD),
        // Fifteen digits: the length of a card code, but no letters where they belong.
        Arguments.of("123456789012345", IdentifierCheck.INVALID_FORMAT, IdentifierKind.HEALTH_INSURANCE_CARD),
        Arguments.of("DNA797912345678", IdentifierCheck.INVALID_FORMAT, IdentifierKind.HEALTH_INSURANCE_CARD),
        Arguments.of("dn4797912345678", IdentifierCheck.NON_STANDARD_FORM, IdentifierKind.HEALTH_INSURANCE_CARD),
        Arguments.of("DN0797912345678", IdentifierCheck.INVALID_COMPONENT, IdentifierKind.HEALTH_INSURANCE_CARD));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void check_invalid_returnsReason(String text, IdentifierCheck reason, IdentifierKind kind) {
    assertThat(HealthInsuranceIdentifier.check(text)).isEqualTo(reason);
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void parse_invalid_throwsWithReasonAndKind(String text, IdentifierCheck reason, IdentifierKind kind) {
    assertParseFails(() -> HealthInsuranceIdentifier.parse(text), kind, reason);
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void parseLenient_invalidExceptLowerCase_sameReasonAsCheckLenient(String text, IdentifierCheck reason,
      IdentifierKind kind) {
    IdentifierCheck lenient = HealthInsuranceIdentifier.checkLenient(text);
    if (lenient.isValid()) {
      assertThat(HealthInsuranceIdentifier.parseLenient(text).format()).isEqualTo("DN4797912345678");
    } else {
      assertParseFails(() -> HealthInsuranceIdentifier.parseLenient(text), kind, lenient);
    }
  }

  @Test
  void check_null_returnsEmpty() {
    assertThat(HealthInsuranceIdentifier.check(null)).isEqualTo(IdentifierCheck.EMPTY);
    assertThat(HealthInsuranceIdentifier.checkLenient(null)).isEqualTo(IdentifierCheck.EMPTY);
  }

  @Test
  void parse_null_throwsNullPointerException() {
    assertThatNullPointerException().isThrownBy(() -> HealthInsuranceIdentifier.parse(null));
  }

  @Test
  void parse_documentedExamples_discriminatedByKind() {
    assertThat(HealthInsuranceIdentifier.parse("DN4797912345678"))
        .isEqualTo(HealthInsuranceCardCode.parse("DN4797912345678"))
        .extracting(Identifier::kind).isEqualTo(IdentifierKind.HEALTH_INSURANCE_CARD);
    assertThat(HealthInsuranceIdentifier.parse("7912345678"))
        .isEqualTo(SocialInsuranceNumber.parse("7912345678"))
        .extracting(Identifier::kind).isEqualTo(IdentifierKind.SOCIAL_INSURANCE_NUMBER);
    assertThat(HealthInsuranceIdentifier.parse("079203001234"))
        .isEqualTo(PersonalIdNumber.parse("079203001234"))
        .extracting(Identifier::kind).isEqualTo(IdentifierKind.PERSONAL_ID);
  }

  @Test
  void checkAndParseLenient_lowerCaseCard_valid() {
    assertThat(HealthInsuranceIdentifier.checkLenient("dn 4 79 7912345678")).isEqualTo(IdentifierCheck.VALID);
    HealthInsuranceIdentifier card = HealthInsuranceIdentifier.parseLenient("dn 4 79 7912345678");
    assertThat(card).isEqualTo(HealthInsuranceCardCode.parse("DN4797912345678"));
    assertThat(((HealthInsuranceCardCode) card).isLenient()).isTrue();
  }

  @Test
  void parse_formatRoundTrip_equal() {
    for (String text : new String[] {"DN4797912345678", "7912345678", "079203001234"}) {
      HealthInsuranceIdentifier id = HealthInsuranceIdentifier.parse(text);
      assertThat(HealthInsuranceIdentifier.parse(id.format())).isEqualTo(id);
      assertThat(id.toString()).doesNotContain(text);
    }
  }
}
