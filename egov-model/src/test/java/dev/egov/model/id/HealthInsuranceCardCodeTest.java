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
class HealthInsuranceCardCodeTest {

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("", IdentifierCheck.EMPTY),
        Arguments.of("DN4797912345678.", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("ĐN4797912345678", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("DN4797912345678\n", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("DN479791234567８", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("DN479791234567", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("DN47979123456789", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("D14797912345678", IdentifierCheck.INVALID_FORMAT),
        Arguments.of("1N4797912345678", IdentifierCheck.INVALID_FORMAT),
        Arguments.of("DNA797912345678", IdentifierCheck.INVALID_FORMAT),
        Arguments.of("DN479791234567X", IdentifierCheck.INVALID_FORMAT),
        Arguments.of("123456789012345", IdentifierCheck.INVALID_FORMAT),
        Arguments.of("dn4797912345678", IdentifierCheck.NON_STANDARD_FORM),
        Arguments.of("DN 4 79 7912345678", IdentifierCheck.NON_STANDARD_FORM),
        Arguments.of("DN-4-79-7912345678", IdentifierCheck.NON_STANDARD_FORM),
        Arguments.of("dn0797912345678", IdentifierCheck.INVALID_COMPONENT), // the form is judged only if all else holds
        Arguments.of("DN0797912345678", IdentifierCheck.INVALID_COMPONENT),
        Arguments.of("DN6797912345678", IdentifierCheck.INVALID_COMPONENT),
        Arguments.of("DN9797912345678", IdentifierCheck.INVALID_COMPONENT));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void check_invalid_returnsReason(String text, IdentifierCheck reason) {
    assertThat(HealthInsuranceCardCode.check(text)).isEqualTo(reason);
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void parse_invalid_throwsWithReasonAndKind(String text, IdentifierCheck reason) {
    assertParseFails(() -> HealthInsuranceCardCode.parse(text), IdentifierKind.HEALTH_INSURANCE_CARD, reason);
  }

  @Test
  void check_null_returnsEmpty() {
    assertThat(HealthInsuranceCardCode.check(null)).isEqualTo(IdentifierCheck.EMPTY);
    assertThat(HealthInsuranceCardCode.checkLenient(null)).isEqualTo(IdentifierCheck.EMPTY);
  }

  @Test
  void parse_null_throwsNullPointerException() {
    assertThatNullPointerException().isThrownBy(() -> HealthInsuranceCardCode.parse(null));
  }

  @Test
  void parse_documentedExample_decodesParts() {
    HealthInsuranceCardCode card = HealthInsuranceCardCode.parse("DN4797912345678");
    assertThat(card.beneficiaryGroup()).isEqualTo("DN");
    assertThat(card.benefitLevel()).isEqualTo(4);
    assertThat(card.provinceCode()).isEqualTo("79");
    assertThat(card.province().orElseThrow().name()).isEqualTo("Hồ Chí Minh");
    assertThat(card.socialInsuranceNumber()).isEqualTo(SocialInsuranceNumber.parse("7912345678"));
    assertThat(card.format()).isEqualTo("DN4797912345678");
    assertThat(card.isLenient()).isFalse();
    assertThat(card.kind()).isEqualTo(IdentifierKind.HEALTH_INSURANCE_CARD);
    assertThat(HealthInsuranceCardCode.parse(card.format())).isEqualTo(card).hasSameHashCodeAs(card);
  }

  @ParameterizedTest
  @ValueSource(chars = {'1', '2', '3', '4', '5'})
  void check_benefitLevelsOneToFive_valid(char level) {
    HealthInsuranceCardCode card = HealthInsuranceCardCode.parse("HS" + level + "017912345678");
    assertThat(card.benefitLevel()).isEqualTo(level - '0');
  }

  @ParameterizedTest
  @ValueSource(strings = {"TE1017912345678", "CA5977912345678", "QN5997912345678", "XX1007912345678"})
  void parse_unknownGroupOrProvince_stillValid(String text) {
    // Any two capital letters are accepted (the list of groups is not published), and VSS codes outside the GSO
    // table only leave province() empty.
    assertThat(HealthInsuranceCardCode.check(text)).isEqualTo(IdentifierCheck.VALID);
  }

  @Test
  void province_codeOutsideGsoTable_empty() {
    assertThat(HealthInsuranceCardCode.parse("QN5977912345678").province()).isEmpty();
    assertThat(HealthInsuranceCardCode.parse("TE1017912345678").province().orElseThrow().name()).isEqualTo("Hà Nội");
  }

  @ParameterizedTest
  @CsvSource({"dn4797912345678", "DN 4 79 7912345678", "DN-4-79-7912345678", "dN4 79-7912345678"})
  void parseLenient_lowerCaseOrSeparators_normalised(String text) {
    assertThat(HealthInsuranceCardCode.checkLenient(text)).isEqualTo(IdentifierCheck.VALID);
    HealthInsuranceCardCode card = HealthInsuranceCardCode.parseLenient(text);
    assertThat(card.format()).isEqualTo("DN4797912345678");
    assertThat(card.isLenient()).isTrue();
    assertThat(card).isEqualTo(HealthInsuranceCardCode.parse("DN4797912345678"));
  }

  @Test
  void parseLenient_standardForm_notLenient() {
    assertThat(HealthInsuranceCardCode.parseLenient("DN4797912345678").isLenient()).isFalse();
  }

  @Test
  void checkLenient_badLevelInLowerCase_invalidComponent() {
    assertThat(HealthInsuranceCardCode.checkLenient("dn0797912345678")).isEqualTo(IdentifierCheck.INVALID_COMPONENT);
    assertParseFails(() -> HealthInsuranceCardCode.parseLenient("dn0797912345678"),
        IdentifierKind.HEALTH_INSURANCE_CARD, IdentifierCheck.INVALID_COMPONENT);
  }

  @Test
  void toString_validValue_masked() {
    HealthInsuranceCardCode card = HealthInsuranceCardCode.parse("DN4797912345678");
    assertThat(card.toString()).isEqualTo("DN4**********78").isEqualTo(card.masked())
        .doesNotContain("7912345678");
  }
}
