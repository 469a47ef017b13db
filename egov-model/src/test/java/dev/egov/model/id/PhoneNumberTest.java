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
class PhoneNumberTest {

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("", IdentifierCheck.EMPTY),
        Arguments.of("0912345678a", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("09123+45678", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("0912/345/678", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("０９１２３４５６７８", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("091234567", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("0912345678901", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("091234567890123", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("0123456789", IdentifierCheck.INVALID_FORMAT), // Vietnamese numbers do not start 01
        Arguments.of("0612345678", IdentifierCheck.INVALID_FORMAT),
        Arguments.of("09123456789", IdentifierCheck.INVALID_FORMAT), // 11 digits but not a landline
        Arguments.of("1912345678", IdentifierCheck.INVALID_FORMAT),
        Arguments.of("+12125550100", IdentifierCheck.INVALID_FORMAT),
        Arguments.of("+", IdentifierCheck.INVALID_FORMAT),
        Arguments.of("0912 345 678", IdentifierCheck.NON_STANDARD_FORM),
        Arguments.of("091.234.5678", IdentifierCheck.NON_STANDARD_FORM),
        Arguments.of("84912345678", IdentifierCheck.NON_STANDARD_FORM),
        Arguments.of("0084912345678", IdentifierCheck.NON_STANDARD_FORM),
        Arguments.of("+84 912 345 678", IdentifierCheck.NON_STANDARD_FORM),
        Arguments.of("(024) 3812 3456", IdentifierCheck.NON_STANDARD_FORM),
        Arguments.of("0952345678", IdentifierCheck.INVALID_COMPONENT), // 095 is not allocated
        Arguments.of("0312345678", IdentifierCheck.INVALID_COMPONENT),
        Arguments.of("+84512345678", IdentifierCheck.INVALID_COMPONENT));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void check_invalid_returnsReason(String text, IdentifierCheck reason) {
    assertThat(PhoneNumber.check(text)).isEqualTo(reason);
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void parse_invalid_throwsWithReasonAndKind(String text, IdentifierCheck reason) {
    assertParseFails(() -> PhoneNumber.parse(text), IdentifierKind.PHONE_NUMBER, reason);
  }

  @Test
  void check_null_returnsEmpty() {
    assertThat(PhoneNumber.check(null)).isEqualTo(IdentifierCheck.EMPTY);
    assertThat(PhoneNumber.checkLenient(null, Strictness.FORMAT)).isEqualTo(IdentifierCheck.EMPTY);
  }

  @Test
  void parse_null_throwsNullPointerException() {
    assertThatNullPointerException().isThrownBy(() -> PhoneNumber.parse(null));
  }

  @ParameterizedTest
  @CsvSource({
    "0912345678, VinaPhone",
    "0862345678, Viettel",
    "0322345678, Viettel",
    "0702345678, MobiFone",
    "0522345678, Vietnamobile",
    "0592345678, Gmobile",
    "0872345678, Itel",
    "0552345678, Reddi"
  })
  void parse_nationalMobile_networkFromPrefix(String text, String network) {
    PhoneNumber phone = PhoneNumber.parse(text);
    assertThat(phone.format()).isEqualTo(text);
    assertThat(phone.type()).isEqualTo(PhoneNumber.Type.MOBILE);
    assertThat(phone.mobileNetwork()).contains(network);
    assertThat(phone.e164()).isEqualTo("+84" + text.substring(1));
    assertThat(phone.isLenient()).isFalse();
    assertThat(phone.strictness()).isEqualTo(Strictness.SEMANTIC);
    assertThat(phone.kind()).isEqualTo(IdentifierKind.PHONE_NUMBER);
    assertThat(PhoneNumber.parse(phone.format())).isEqualTo(phone).hasSameHashCodeAs(phone);
  }

  @Test
  void parse_internationalForm_standardAndEqualToNational() {
    PhoneNumber phone = PhoneNumber.parse("+84912345678");
    assertThat(phone.format()).isEqualTo("0912345678");
    assertThat(phone.e164()).isEqualTo("+84912345678");
    assertThat(phone.isLenient()).isFalse();
    assertThat(phone).isEqualTo(PhoneNumber.parse("0912345678"));
  }

  @Test
  void parse_landline_noNetwork() {
    PhoneNumber phone = PhoneNumber.parse("02438123456");
    assertThat(phone.type()).isEqualTo(PhoneNumber.Type.LANDLINE);
    assertThat(phone.mobileNetwork()).isEmpty();
    assertThat(phone.e164()).isEqualTo("+842438123456");
    assertThat(PhoneNumber.parse("+842438123456")).isEqualTo(phone);
  }

  @ParameterizedTest
  @CsvSource({
    "0912 345 678, 0912345678",
    "091.234.5678, 0912345678",
    "0912-345-678, 0912345678",
    "84912345678, 0912345678",
    "0084912345678, 0912345678",
    "+84 912 345 678, 0912345678",
    "(024) 3812 3456, 02438123456",
    "842438123456, 02438123456"
  })
  void parseLenient_typedForms_normalisedAndLenient(String text, String national) {
    assertThat(PhoneNumber.checkLenient(text)).isEqualTo(IdentifierCheck.VALID);
    PhoneNumber phone = PhoneNumber.parseLenient(text);
    assertThat(phone.format()).isEqualTo(national);
    assertThat(phone.isLenient()).isTrue();
    assertThat(phone).isEqualTo(PhoneNumber.parse(national));
    assertThat(PhoneNumber.parse(phone.format())).isEqualTo(phone);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0912345678", "+84912345678"})
  void parseLenient_standardForms_notLenient(String text) {
    assertThat(PhoneNumber.parseLenient(text).isLenient()).isFalse();
  }

  @Test
  void parse_formatStrictness_acceptsUnallocatedPrefix() {
    PhoneNumber phone = PhoneNumber.parse("0952345678", Strictness.FORMAT);
    assertThat(phone.strictness()).isEqualTo(Strictness.FORMAT);
    assertThat(phone.mobileNetwork()).isEmpty();
    assertThat(PhoneNumber.check("0952345678", Strictness.FORMAT)).isEqualTo(IdentifierCheck.VALID);
    assertThat(PhoneNumber.check("0952345678", Strictness.CHECKSUM)).isEqualTo(IdentifierCheck.VALID);
    assertThat(PhoneNumber.checkLenient("095 234 5678", Strictness.FORMAT)).isEqualTo(IdentifierCheck.VALID);
    assertThat(PhoneNumber.parseLenient("095 234 5678", Strictness.FORMAT).strictness()).isEqualTo(Strictness.FORMAT);
  }

  @Test
  void parse_formatStrictness_stillRejectsUnknownShape() {
    assertParseFails(() -> PhoneNumber.parse("0123456789", Strictness.FORMAT), IdentifierKind.PHONE_NUMBER,
        IdentifierCheck.INVALID_FORMAT);
  }

  @Test
  void parseInbound_unallocatedPrefixAndTypedForm_acceptedAtFormatLevel() {
    PhoneNumber phone = PhoneNumber.parseInbound("095 234 5678");
    assertThat(phone.format()).isEqualTo("0952345678");
    assertThat(phone.strictness()).isEqualTo(Strictness.FORMAT);
    assertThat(phone.isLenient()).isTrue();
    assertParseFails(() -> PhoneNumber.parseInbound("0123456789"), IdentifierKind.PHONE_NUMBER,
        IdentifierCheck.INVALID_FORMAT);
  }

  @Test
  void equals_otherStrictnessOrForm_equalWhenValueEqual() {
    assertThat(PhoneNumber.parse("0912345678", Strictness.FORMAT)).isEqualTo(PhoneNumber.parse("0912345678"));
    assertThat(PhoneNumber.parse("0912345678")).isNotEqualTo(PhoneNumber.parse("0912345679"));
  }

  @Test
  void check_everyMobilePrefix_validExactlyWhenReferenceRegexMatches() {
    // docs/identifiers.md, Phone numbers: ^(0|\+84)(3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-46-9])\d{7}$
    java.util.regex.Pattern reference =
        java.util.regex.Pattern.compile("^(0|\\+84)(3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-46-9])\\d{7}$");
    int allocated = 0;
    for (int prefix = 30; prefix <= 99; prefix++) {
      if (prefix / 10 == 4 || prefix / 10 == 6) {
        continue; // not a mobile shape at all
      }
      for (String number : new String[] {"0" + prefix + "1234567", "+84" + prefix + "1234567"}) {
        boolean expected = reference.matcher(number).matches();
        assertThat(PhoneNumber.check(number)).as(number)
            .isEqualTo(expected ? IdentifierCheck.VALID : IdentifierCheck.INVALID_COMPONENT);
        assertThat(PhoneNumber.check(number, Strictness.FORMAT)).as(number).isEqualTo(IdentifierCheck.VALID);
        if (expected) {
          allocated++;
        }
      }
    }
    assertThat(allocated).isEqualTo(2 * 36);
  }

  @Test
  void toString_validValue_masked() {
    PhoneNumber phone = PhoneNumber.parse("+84912345678");
    assertThat(phone.toString()).isEqualTo("091*****78").isEqualTo(phone.masked())
        .doesNotContain("0912345678").doesNotContain("912345678");
  }
}
