package dev.egov.model.id;

import static dev.egov.model.id.IdentifierAssertions.assertParseFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.egov.model.PartialDate;
import dev.egov.model.Sex;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.Province;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@Timeout(10)
class PersonalIdNumberTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("", IdentifierCheck.EMPTY),
        Arguments.of("00108500124a", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("abc", IdentifierCheck.INVALID_CHARACTERS), // characters are checked before the length
        Arguments.of("001 085 001 245", IdentifierCheck.INVALID_CHARACTERS), // no lenient form: no separators
        Arguments.of("001-085-001245", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of(" 001085001245", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("001085001245\n", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("٠٠١٠٨٥٠٠١٢٤٥", IdentifierCheck.INVALID_CHARACTERS), // Arabic-Indic digits
        Arguments.of("００１０８５００１２４５", IdentifierCheck.INVALID_CHARACTERS), // fullwidth digits
        Arguments.of("00108500124", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("0010850012456", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("123456789", IdentifierCheck.WRONG_LENGTH));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void check_invalid_returnsReason(String text, IdentifierCheck reason) {
    assertThat(PersonalIdNumber.check(text)).isEqualTo(reason);
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void parse_invalid_throwsWithReasonAndKind(String text, IdentifierCheck reason) {
    assertParseFails(() -> PersonalIdNumber.parse(text), IdentifierKind.PERSONAL_ID, reason);
  }

  @Test
  void check_null_returnsEmpty() {
    assertThat(PersonalIdNumber.check(null)).isEqualTo(IdentifierCheck.EMPTY);
  }

  @Test
  void parse_null_throwsNullPointerException() {
    assertThatNullPointerException().isThrownBy(() -> PersonalIdNumber.parse(null));
  }

  @ParameterizedTest
  @CsvSource({"001085001245", "079203001234", "000000000000", "999999999999"})
  void check_twelveAsciiDigits_isValidWithoutAnyChecksum(String text) {
    assertThat(PersonalIdNumber.check(text)).isEqualTo(IdentifierCheck.VALID);
    PersonalIdNumber id = PersonalIdNumber.parse(text);
    assertThat(id.format()).isEqualTo(text);
    assertThat(id.kind()).isEqualTo(IdentifierKind.PERSONAL_ID);
  }

  @Test
  void parse_formatRoundTrip_isEqual() {
    PersonalIdNumber id = PersonalIdNumber.parse("001085001245");
    assertThat(PersonalIdNumber.parse(id.format())).isEqualTo(id).hasSameHashCodeAs(id);
  }

  @Test
  void equals_differentDigits_notEqual() {
    assertThat(PersonalIdNumber.parse("001085001245")).isNotEqualTo(PersonalIdNumber.parse("001085001246"));
  }

  @Test
  void equals_legacyCardWithSameDigits_notEqual() {
    // Same digits, different kind of identifier: a CMND is not the personal ID even if the digits agree.
    assertThat((Object) PersonalIdNumber.parse("001085001245"))
        .isNotEqualTo(LegacyIdCardNumber.parse("001085001245"));
  }

  @Test
  void parse_stringBuilder_keepsNoReferenceToMutableInput() {
    StringBuilder text = new StringBuilder("001085001245");
    PersonalIdNumber id = PersonalIdNumber.parse(text);
    text.setCharAt(0, '9');
    assertThat(id.format()).isEqualTo("001085001245");
  }

  @ParameterizedTest
  @CsvSource({
    "0, 1985, MALE",
    "1, 1985, FEMALE",
    "2, 2085, MALE",
    "3, 2085, FEMALE",
    "4, 2185, MALE",
    "5, 2185, FEMALE",
    "6, 2285, MALE",
    "7, 2285, FEMALE",
    "8, 2385, MALE",
    "9, 2385, FEMALE"
  })
  void birthYearAndSex_eachCenturyDigit_decoded(char centuryDigit, int year, Sex sex) {
    PersonalIdNumber id = PersonalIdNumber.parse("001" + centuryDigit + "85001245");
    assertThat(id.birthYear()).isEqualTo(year);
    assertThat(id.sex()).isEqualTo(sex);
  }

  @ParameterizedTest
  @CsvSource({"001000, 1900", "001099, 1999", "001200, 2000", "001399, 2099", "001999, 2399"})
  void birthYear_centuryBoundaries_decoded(String firstSix, int year) {
    assertThat(PersonalIdNumber.parse(firstSix + "001234").birthYear()).isEqualTo(year);
  }

  @ParameterizedTest
  @CsvSource({"001, 01, Hà Nội", "079, 79, Hồ Chí Minh", "038, 38, Thanh Hóa", "096, 96, Cà Mau"})
  void birthRegistrationProvince_domesticPrefix_decodedWithLegacyTable(String prefix, String code, String name) {
    PersonalIdNumber id = PersonalIdNumber.parse(prefix + "085001245");
    assertThat(id.prefix()).isEqualTo(prefix);
    assertThat(id.hasDomesticPrefix()).isTrue();
    Province province = id.birthRegistrationProvince().orElseThrow();
    assertThat(province.code().code()).isEqualTo(code);
    assertThat(province.code().era()).isEqualTo(AdministrativeEra.LEGACY_2004);
    assertThat(province.name()).isEqualTo(name);
  }

  @Test
  void birthRegistrationProvince_prefix052_isLegacyBinhDinhNotGiaLai() {
    // 52 is Gia Lai in the 2025 catalogue, but numbers are decoded with the legacy table (never re-issued).
    assertThat(PersonalIdNumber.parse("052085001245").birthRegistrationProvince().orElseThrow().name())
        .isEqualTo("Bình Định");
    assertThat(PersonalIdNumber.parse("064085001245").birthRegistrationProvince().orElseThrow().name())
        .isEqualTo("Gia Lai");
  }

  @ParameterizedTest
  @CsvSource({"003", "000", "097", "100", "840"})
  void findings_prefixOutsideDomesticTable_unknownPrefixOnly(String prefix) {
    PersonalIdNumber id = PersonalIdNumber.parse(prefix + "085001245");
    assertThat(id.hasDomesticPrefix()).isFalse();
    assertThat(id.birthRegistrationProvince()).isEmpty();
    assertThat(id.findings()).containsExactly(IdentifierFinding.UNKNOWN_PREFIX);
  }

  @Test
  void findings_domesticPrefix_none() {
    assertThat(PersonalIdNumber.parse("001085001245").findings()).isEmpty();
  }

  @Test
  void findings_consistentRecord_none() {
    PersonalIdNumber id = PersonalIdNumber.parse("001085001245"); // male, 1985, Hà Nội
    assertThat(id.findings(PartialDate.of(1985, 7, 14), Sex.MALE, TODAY)).isEmpty();
  }

  @Test
  void findings_otherBirthYear_birthYearMismatch() {
    PersonalIdNumber id = PersonalIdNumber.parse("001085001245");
    assertThat(id.findings(PartialDate.of(1986, 1, 1), Sex.MALE, TODAY))
        .containsExactly(IdentifierFinding.BIRTH_YEAR_MISMATCH);
  }

  @Test
  void findings_sameLastTwoDigitsOtherCentury_birthYearMismatch() {
    PersonalIdNumber id = PersonalIdNumber.parse("001285001245"); // 2085
    assertThat(id.findings(PartialDate.ofYear(1985), Sex.MALE, LocalDate.of(2090, 1, 1)))
        .containsExactly(IdentifierFinding.BIRTH_YEAR_MISMATCH);
  }

  @Test
  void findings_otherSex_sexMismatch() {
    PersonalIdNumber id = PersonalIdNumber.parse("001185001245"); // female
    assertThat(id.findings(PartialDate.ofYear(1985), Sex.MALE, TODAY))
        .containsExactly(IdentifierFinding.SEX_MISMATCH);
  }

  @Test
  void findings_unknownSex_neverMismatch() {
    assertThat(PersonalIdNumber.parse("001185001245").findings(PartialDate.ofYear(1985), Sex.UNKNOWN, TODAY))
        .isEmpty();
  }

  @Test
  void findings_yearMonthOrYearOnly_neverMismatchByMonthOrDay() {
    PersonalIdNumber id = PersonalIdNumber.parse("001085001245");
    assertThat(id.findings(PartialDate.ofYearMonth(1985, 12), Sex.MALE, TODAY)).isEmpty();
    assertThat(id.findings(PartialDate.ofYearMonth(1985, 1), Sex.MALE, TODAY)).isEmpty();
    assertThat(id.findings(PartialDate.ofYear(1985), Sex.MALE, TODAY)).isEmpty();
  }

  @Test
  void findings_unknownBirthDate_neverMismatch() {
    assertThat(PersonalIdNumber.parse("001085001245").findings(PartialDate.unknown(), Sex.MALE, TODAY)).isEmpty();
  }

  @Test
  void findings_birthYearAfterToday_birthYearInFuture() {
    PersonalIdNumber id = PersonalIdNumber.parse("001230001245"); // 2030
    assertThat(id.findings(PartialDate.unknown(), Sex.MALE, LocalDate.of(2029, 12, 31)))
        .containsExactly(IdentifierFinding.BIRTH_YEAR_IN_FUTURE);
  }

  @Test
  void findings_birthYearIsThisYear_notInFuture() {
    PersonalIdNumber id = PersonalIdNumber.parse("001230001245"); // 2030
    assertThat(id.findings(PartialDate.unknown(), Sex.MALE, LocalDate.of(2030, 1, 1))).isEmpty();
  }

  @Test
  void findings_everyProblemAtOnce_allInFindingOrder() {
    PersonalIdNumber id = PersonalIdNumber.parse("003230001245"); // unknown prefix, male, 2030
    assertThat(id.findings(PartialDate.ofYear(1999), Sex.FEMALE, TODAY))
        .containsExactly(
            IdentifierFinding.UNKNOWN_PREFIX,
            IdentifierFinding.BIRTH_YEAR_MISMATCH,
            IdentifierFinding.SEX_MISMATCH,
            IdentifierFinding.BIRTH_YEAR_IN_FUTURE);
  }

  @Test
  void findings_nullArguments_throwNullPointerException() {
    PersonalIdNumber id = PersonalIdNumber.parse("001085001245");
    assertThatNullPointerException().isThrownBy(() -> id.findings(null, Sex.MALE, TODAY));
    assertThatNullPointerException().isThrownBy(() -> id.findings(PartialDate.unknown(), null, TODAY));
    assertThatNullPointerException().isThrownBy(() -> id.findings(PartialDate.unknown(), Sex.MALE, null));
  }

  @Test
  void toString_validNumber_masksAllButFirstThreeAndLastTwo() {
    PersonalIdNumber id = PersonalIdNumber.parse("001085001245");
    assertThat(id.toString()).isEqualTo("001*******45").isEqualTo(id.masked()).doesNotContain("001085001245");
  }

  @Test
  void javadocExample_079203001234_decodesAsDocumented() {
    // Keeps the class Javadoc honest: 079 3 03 ... is a woman born in 2003, registered in Hồ Chí Minh City.
    PersonalIdNumber id = PersonalIdNumber.parse("079303001234");
    assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    assertThat(id.birthYear()).isEqualTo(2003);
    assertThat(id.birthRegistrationProvince().orElseThrow().name()).isEqualTo("Hồ Chí Minh");
    assertThat(id.findings(PartialDate.ofYear(2004), Sex.FEMALE, LocalDate.of(2026, 1, 1)))
        .containsExactly(IdentifierFinding.BIRTH_YEAR_MISMATCH);
    assertThat(id.toString()).isEqualTo("079*******34");
  }

  @Test
  void type_personalIdNumber_isTaxAndHealthInsuranceIdentifier() {
    PersonalIdNumber id = PersonalIdNumber.parse("001085001245");
    assertThat(id).isInstanceOf(TaxIdentifier.class).isInstanceOf(HealthInsuranceIdentifier.class);
  }
}
