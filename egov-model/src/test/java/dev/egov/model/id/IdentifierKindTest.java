package dev.egov.model.id;

import static dev.egov.model.id.IdentifierAssertions.assertParseFails;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(10)
class IdentifierKindTest {

  /** A valid standard-form example of each kind. */
  static final Map<IdentifierKind, String> STANDARD = new EnumMap<>(Map.of(
      IdentifierKind.PERSONAL_ID, "001085001245",
      IdentifierKind.LEGACY_ID_CARD, "123456789",
      IdentifierKind.TAX_CODE, "0100109106",
      IdentifierKind.BRANCH_TAX_CODE, "0100109106-001",
      IdentifierKind.SOCIAL_INSURANCE_NUMBER, "7912345678",
      IdentifierKind.HEALTH_INSURANCE_CARD, "DN4797912345678",
      IdentifierKind.AGENCY_CODE, "000.00.06.H56",
      IdentifierKind.PROCEDURE_CODE, "1.003560.000.00.00.H56",
      IdentifierKind.DOSSIER_CODE, "000.00.06.H56-231027-0361",
      IdentifierKind.PHONE_NUMBER, "0912345678"));

  /** A valid example, in a form only lenient parsing accepts, of each kind that has one. */
  static final Map<IdentifierKind, String> LENIENT_ONLY = new EnumMap<>(Map.of(
      IdentifierKind.TAX_CODE, "01.00.109.106",
      IdentifierKind.BRANCH_TAX_CODE, "0312 68 78 78 - 001",
      IdentifierKind.HEALTH_INSURANCE_CARD, "dn4797912345678",
      IdentifierKind.AGENCY_CODE, "H56.14",
      IdentifierKind.PROCEDURE_CODE, "2.002621.H56",
      IdentifierKind.DOSSIER_CODE, "000.00.06.H56-231027-03611",
      IdentifierKind.PHONE_NUMBER, "0912 345 678"));

  @ParameterizedTest
  @EnumSource(IdentifierKind.class)
  void checkAndParse_standardExample_dispatchToTheKind(IdentifierKind kind) {
    String text = STANDARD.get(kind);
    assertThat(kind.check(text)).isEqualTo(IdentifierCheck.VALID);
    assertThat(kind.checkLenient(text)).isEqualTo(IdentifierCheck.VALID);
    Identifier id = kind.parse(text);
    assertThat(id.kind()).isEqualTo(kind);
    assertThat(id.format()).isEqualTo(text);
    assertThat(kind.parseLenient(text)).isEqualTo(id);
  }

  @ParameterizedTest
  @EnumSource(value = IdentifierKind.class, names = {"PERSONAL_ID", "LEGACY_ID_CARD", "SOCIAL_INSURANCE_NUMBER"})
  void checkLenient_kindWithOneForm_sameAsCheck(IdentifierKind kind) {
    assertThat(LENIENT_ONLY).doesNotContainKey(kind);
    for (String text : new String[] {"001 085 001 245", "12345678a", "", "7912345678"}) {
      assertThat(kind.checkLenient(text)).isEqualTo(kind.check(text));
    }
  }

  @ParameterizedTest
  @EnumSource(value = IdentifierKind.class, names = {"PERSONAL_ID", "LEGACY_ID_CARD", "SOCIAL_INSURANCE_NUMBER"},
      mode = EnumSource.Mode.EXCLUDE)
  void checkAndParse_lenientOnlyExample_nonStandardButLenientlyValid(IdentifierKind kind) {
    String text = LENIENT_ONLY.get(kind);
    assertThat(kind.check(text)).isEqualTo(IdentifierCheck.NON_STANDARD_FORM);
    assertThat(kind.checkLenient(text)).isEqualTo(IdentifierCheck.VALID);
    assertParseFails(() -> kind.parse(text), kind, IdentifierCheck.NON_STANDARD_FORM);
    Identifier id = kind.parseLenient(text);
    assertThat(id.kind()).isEqualTo(kind);
    assertThat(kind.checkLenient(id.format())).isEqualTo(IdentifierCheck.VALID);
  }

  @ParameterizedTest
  @EnumSource(IdentifierKind.class)
  void toString_personalKindsMaskedKeepingAtMostHalf_othersInClear(IdentifierKind kind) {
    for (Identifier id : new Identifier[] {kind.parse(STANDARD.get(kind)),
        kind.parseLenient(LENIENT_ONLY.getOrDefault(kind, STANDARD.get(kind)))}) {
      String text = id.format();
      if (kind.isPersonalData()) {
        int head = text.length() >= 10 ? 3 : 2;
        int tail = text.length() >= 10 ? 2 : 1;
        String expected = text.substring(0, head) + "*".repeat(text.length() - head - tail)
            + text.substring(text.length() - tail);
        assertThat(id.toString()).isEqualTo(expected).isEqualTo(id.masked()).doesNotContain(text);
        assertThat(String.valueOf(id)).doesNotContain(text.substring(head, text.length() - tail));
      } else {
        assertThat(id.toString()).isEqualTo(text).isEqualTo(id.masked());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(IdentifierKind.class)
  void hasNonStandardForms_eachKind_trueExactlyForKindsWithALenientOnlyExample(IdentifierKind kind) {
    assertThat(kind.hasNonStandardForms()).isEqualTo(LENIENT_ONLY.containsKey(kind));
  }

  @ParameterizedTest
  @EnumSource(IdentifierKind.class)
  void invalidReasons_eachKind_shapeErrorsAndNeverValidOrNonStandard(IdentifierKind kind) {
    assertThat(kind.invalidReasons())
        .contains(IdentifierCheck.EMPTY, IdentifierCheck.INVALID_CHARACTERS, IdentifierCheck.WRONG_LENGTH)
        .doesNotContain(IdentifierCheck.VALID, IdentifierCheck.NON_STANDARD_FORM)
        .isUnmodifiable();
    assertThat(kind.invalidReasons()).contains(kind.check(""), kind.check("\u0663"), kind.check("0"));
  }

  @Test
  void invalidReasons_documentedKinds_theirOwnRules() {
    assertThat(IdentifierKind.PERSONAL_ID.invalidReasons())
        .containsExactly(IdentifierCheck.EMPTY, IdentifierCheck.INVALID_CHARACTERS, IdentifierCheck.WRONG_LENGTH);
    assertThat(IdentifierKind.TAX_CODE.invalidReasons())
        .contains(IdentifierCheck.INVALID_CHECKSUM, IdentifierCheck.INVALID_COMPONENT)
        .doesNotContain(IdentifierCheck.INVALID_DATE);
    assertThat(IdentifierKind.DOSSIER_CODE.invalidReasons()).contains(IdentifierCheck.INVALID_DATE);
  }

  @ParameterizedTest
  @EnumSource(IdentifierKind.class)
  void checker_atSemantic_sameAsCheckAndCheckLenient(IdentifierKind kind) {
    for (String text : new String[] {STANDARD.get(kind), LENIENT_ONLY.getOrDefault(kind, ""), "0100109107", null}) {
      assertThat(kind.checker(false).check(text, Strictness.SEMANTIC)).as(text).isEqualTo(kind.check(text));
      assertThat(kind.checker(true).check(text, Strictness.SEMANTIC)).as(text).isEqualTo(kind.checkLenient(text));
    }
  }

  @Test
  void checker_kindsWithLevels_applyTheLevel() {
    assertThat(IdentifierKind.TAX_CODE.checker(false).check("0100109107", Strictness.FORMAT))
        .isEqualTo(IdentifierCheck.VALID);
    assertThat(IdentifierKind.TAX_CODE.checker(true).check("01.00.109.107", Strictness.FORMAT))
        .isEqualTo(IdentifierCheck.VALID);
    assertThat(IdentifierKind.PHONE_NUMBER.checker(false).check("0952345678", Strictness.FORMAT))
        .isEqualTo(IdentifierCheck.VALID);
    assertThat(IdentifierKind.PHONE_NUMBER.checker(false).check("0952345678", Strictness.SEMANTIC))
        .isEqualTo(IdentifierCheck.INVALID_COMPONENT);
  }

  @ParameterizedTest
  @EnumSource(IdentifierKind.class)
  void mask_formatOfAValue_sameAsTheValuesMasked(IdentifierKind kind) {
    for (Identifier id : new Identifier[] {kind.parse(STANDARD.get(kind)),
        kind.parseLenient(LENIENT_ONLY.getOrDefault(kind, STANDARD.get(kind)))}) {
      assertThat(kind.mask(id.format())).isEqualTo(id.masked());
    }
  }

  @Test
  void mask_invalidText_personalKindsMasked_othersInClearButSafe() {
    assertThat(IdentifierKind.PERSONAL_ID.mask("07930300123")).isEqualTo("079******23");
    assertThat(IdentifierKind.AGENCY_CODE.mask("000.00.00.H5\n")).isEqualTo("000.00.00.H5?");
    assertThat(IdentifierKind.DOSSIER_CODE.mask(null)).isEqualTo("null");
  }

  @ParameterizedTest
  @EnumSource(IdentifierKind.class)
  void fromId_idOrConstantNameInAnyCase_findsKind(IdentifierKind kind) {
    assertThat(IdentifierKind.fromId(kind.id())).contains(kind);
    assertThat(IdentifierKind.fromId(kind.name())).contains(kind);
    assertThat(IdentifierKind.fromId(kind.name().toLowerCase(java.util.Locale.ROOT))).contains(kind);
    assertThat(IdentifierKind.fromId(" " + kind.id().toUpperCase(java.util.Locale.ROOT) + " ")).contains(kind);
    assertThat(kind.id()).matches("[a-z]+(-[a-z]+)*");
  }

  @Test
  void idAndFromId_turkishDefaultLocale_documentedExamples() {
    assertThat(IdentifierKind.TAX_CODE.id()).isEqualTo("tax-code");
    // Under the Turkish default locale the tests run with, "i" must not become a dotted capital İ.
    assertThat(IdentifierKind.fromId("personal-id")).contains(IdentifierKind.PERSONAL_ID);
    assertThat(IdentifierKind.fromId("legacy-id-card")).contains(IdentifierKind.LEGACY_ID_CARD);
    assertThat(IdentifierKind.LEGACY_ID_CARD.id()).isEqualTo("legacy-id-card");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "tax", "tax code", "taxcode", "tax--code", "PERSONAL_İD"})
  void fromId_unknown_empty(String id) {
    assertThat(IdentifierKind.fromId(id)).isEmpty();
  }

  @Test
  void isPersonalData_eachKind_falseOnlyForAgencyProcedureAndDossierCodes() {
    for (IdentifierKind kind : IdentifierKind.values()) {
      boolean expected = kind != IdentifierKind.AGENCY_CODE
          && kind != IdentifierKind.PROCEDURE_CODE
          && kind != IdentifierKind.DOSSIER_CODE;
      assertThat(kind.isPersonalData()).as(kind.name()).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @EnumSource(IdentifierKind.class)
  void englishAndVietnameseName_eachKind_nonBlankLowerCase(IdentifierKind kind) {
    assertThat(kind.englishName()).isNotBlank().isEqualTo(kind.englishName().toLowerCase(java.util.Locale.ROOT));
    assertThat(kind.vietnameseName()).isNotBlank();
  }

  @Test
  void englishName_taxCode_documentedNames() {
    assertThat(IdentifierKind.TAX_CODE.englishName()).isEqualTo("tax code");
    assertThat(IdentifierKind.TAX_CODE.vietnameseName()).isEqualTo("mã số thuế");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "0100109106 | TAX_CODE SOCIAL_INSURANCE_NUMBER",
    "0100109107 | TAX_CODE SOCIAL_INSURANCE_NUMBER",
    "001089001234 | PERSONAL_ID LEGACY_ID_CARD",
    "123456789 | LEGACY_ID_CARD",
    "0912345678 | TAX_CODE SOCIAL_INSURANCE_NUMBER PHONE_NUMBER",
    "000.00.00.H56 | AGENCY_CODE",
    "H56.14 | AGENCY_CODE",
    "0100109106-001 | BRANCH_TAX_CODE",
    "DN4797912345678 | HEALTH_INSURANCE_CARD",
    "1.001193 | PROCEDURE_CODE",
    "000.00.06.H56-231027-0361 | DOSSIER_CODE",
    "+84912345678 | PHONE_NUMBER"
  })
  void plausibleKinds_value_everyReadingInDeclarationOrder(String text, String kinds) {
    IdentifierKind[] expected = java.util.Arrays.stream(kinds.split(" "))
        .map(IdentifierKind::valueOf)
        .toArray(IdentifierKind[]::new);
    assertThat(IdentifierKind.plausibleKinds(text)).containsExactly(expected);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"hello", " ", "0", "...", "+", "٠١٠٠١٠٩١٠٦"})
  void plausibleKinds_noIdentifierShape_empty(String text) {
    assertThat(IdentifierKind.plausibleKinds(text)).isEmpty();
  }

  @Test
  void plausibleKinds_result_isUnmodifiable() {
    assertThat(IdentifierKind.plausibleKinds("0100109106")).isUnmodifiable();
  }
}
