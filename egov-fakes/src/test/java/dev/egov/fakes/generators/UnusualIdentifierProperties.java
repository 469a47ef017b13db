package dev.egov.fakes.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.egov.model.PartialDate;
import dev.egov.model.Sex;
import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.Identifier;
import dev.egov.model.id.IdentifierCheck;
import dev.egov.model.id.IdentifierFinding;
import dev.egov.model.id.IdentifierKind;
import dev.egov.model.id.InvalidIdentifierException;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.ProcedureCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Unusual but valid values: forms only lenient parsing accepts, and edge cases of the rules. */
@Timeout(60)
class UnusualIdentifierProperties {

  private static final long SEED = 0x0DD_BA11L;
  private static final int SAMPLES_PER_KIND = 300;

  static Stream<Arguments> nonStandardTexts() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(SEED);
    List<Arguments> arguments = new ArrayList<>();
    for (IdentifierKind kind : IdentifierGenerator.nonStandardKinds()) {
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < SAMPLES_PER_KIND; i++) {
        texts.add(ids.nonStandardForm(kind));
      }
      arguments.add(Arguments.of(kind, texts));
    }
    return arguments.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nonStandardTexts")
  void nonStandardForm_everyKindThatHasOne_isOnlyLenientlyValid_andReadsBackEqual(
      IdentifierKind kind, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      String where = kind + " #" + i + " '" + text + "' (seed " + SEED + ")";

      assertThat(kind.check(text)).as(where).isEqualTo(IdentifierCheck.NON_STANDARD_FORM);
      assertThat(kind.checkLenient(text)).as(where).isEqualTo(IdentifierCheck.VALID);
      assertThatThrownBy(() -> kind.parse(text))
          .as(where)
          .isInstanceOfSatisfying(
              InvalidIdentifierException.class,
              e -> assertThat(e.reason()).isEqualTo(IdentifierCheck.NON_STANDARD_FORM));
      Identifier value = kind.parseLenient(text);
      assertThat(value.kind()).as(where).isEqualTo(kind);
      assertThat(Identifiers.isLenient(value)).as(where).isTrue();
      assertThat(kind.parseLenient(value.format())).as(where).isEqualTo(value);
      switch (kind) {
        case AGENCY_CODE: {
          AgencyCode code = (AgencyCode) value;
          assertThat(code.format()).as(where).isEqualTo(text);
          assertThat(AgencyCode.parse(code.fullForm())).as(where).isEqualTo(code);
          assertThat(NonStandardForms.shortForm(AgencyCode.parse(code.fullForm()))).as(where).isEqualTo(text);
          break;
        }
        case PROCEDURE_CODE:
          assertThat(((ProcedureCode) value).agency()).as(where).isPresent();
          assertThat(ProcedureCode.parse(((ProcedureCode) value).nationalCode())).as(where).isNotNull();
          break;
        case DOSSIER_CODE: {
          DossierCode code = (DossierCode) value;
          assertThat(code.format()).as(where).isEqualTo(text);
          assertThat(code.agency().format()).as(where).isEqualTo(text.substring(0, text.indexOf('-')));
          // The same dossier in the standard form: the full-form agency code and a four-digit sequence if it fits.
          if (code.sequence() <= DossierCode.MAX_STANDARD_SEQUENCE) {
            DossierCode standard = DossierCode.of(code.agency(), code.receiptDate(), Math.max(1, code.sequence()));
            assertThat(DossierCode.check(standard.format())).as(where).isEqualTo(IdentifierCheck.VALID);
            assertThat(standard.agency()).as(where).isEqualTo(code.agency());
          }
          break;
        }
        default:
          // Tax codes, branch codes, health-insurance cards and phone numbers normalise to the standard form.
          assertThat(kind.check(value.format())).as(where).isEqualTo(IdentifierCheck.VALID);
          assertThat(kind.parse(value.format())).as(where).isEqualTo(value);
          break;
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nonStandardTexts")
  void nonStandardForm_everyKindThatHasOne_comesInSeveralShapes(IdentifierKind kind, List<String> texts) {
    Set<String> shapes = new TreeSet<>();
    for (String text : texts) {
      shapes.add(text.replaceAll("[0-9]", "9").replaceAll("[A-Z]", "A").replaceAll("[a-z]", "a"));
    }
    assertThat(shapes).as(kind.toString()).hasSizeGreaterThan(1);
  }

  @Test
  void nonStandardForm_digitOnlyKinds_throwNamingTheKind() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(SEED);
    Set<IdentifierKind> without = EnumSet.complementOf(EnumSet.copyOf(IdentifierGenerator.nonStandardKinds()));
    assertThat(without).containsExactly(
        IdentifierKind.PERSONAL_ID, IdentifierKind.LEGACY_ID_CARD, IdentifierKind.SOCIAL_INSURANCE_NUMBER);
    for (IdentifierKind kind : without) {
      assertThatThrownBy(() -> ids.nonStandardForm(kind))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(kind.name())
          .hasMessageContaining(kind.englishName());
    }
  }

  @Test
  void nonStandardForm_agencyCode_isOftenTheTwoLevelShortForm() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(SEED);
    int twoLevels = 0;
    for (int i = 0; i < 200; i++) {
      twoLevels += ids.nonStandardForm(IdentifierKind.AGENCY_CODE).matches("[A-Z]\\d\\d\\.\\d\\d") ? 1 : 0;
    }
    assertThat(twoLevels).isGreaterThan(60);
  }

  @Test
  void nonStandardForm_branchTaxCode_isOftenThirteenDigitsWithoutHyphen() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(SEED);
    int thirteenDigits = 0;
    for (int i = 0; i < 200; i++) {
      thirteenDigits += ids.nonStandardForm(IdentifierKind.BRANCH_TAX_CODE).matches("\\d{13}") ? 1 : 0;
    }
    assertThat(thirteenDigits).isGreaterThan(60);
  }

  @Test
  void personalIdNumberWithUnknownPrefix_isValid_andReportsTheUnknownPrefixFinding() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(SEED);
    Set<Character> firstDigits = new TreeSet<>();
    for (int i = 0; i < 1000; i++) {
      PersonalIdNumber id = ids.personalIdNumberWithUnknownPrefix();
      String where = id.format();

      assertThat(PersonalIdNumber.check(id.format())).as(where).isEqualTo(IdentifierCheck.VALID);
      assertThat(id.findings()).as(where).containsExactly(IdentifierFinding.UNKNOWN_PREFIX);
      assertThat(id.findings(PartialDate.ofYear(id.birthYear()), id.sex(), LocalDate.of(2026, 1, 1)))
          .as(where)
          .containsExactly(IdentifierFinding.UNKNOWN_PREFIX);
      assertThat(id.hasDomesticPrefix()).as(where).isFalse();
      assertThat(id.birthRegistrationProvince()).as(where).isEmpty();
      assertThat(id.birthYear()).as(where).isBetween(1930, 2024);
      firstDigits.add(id.prefix().charAt(0));
    }
    // Both gaps in the domestic table ("003", "097") and prefixes that cannot be a province ("4xx") occur.
    assertThat(firstDigits).contains('0').hasSizeGreaterThan(5);
  }

  @Test
  void birthDate_yearOnlyAndYearMonth_formatParseAndAgreeWithAPersonalId() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(SEED);
    for (int i = 0; i < 500; i++) {
      int year = ids.birthYear();
      Sex sex = ids.sex();
      PartialDate yearOnly = ids.birthDate(year, PartialDate.Precision.YEAR);
      PartialDate yearMonth = ids.birthDate(year, PartialDate.Precision.MONTH);

      assertThat(yearOnly.format()).isEqualTo(Integer.toString(year));
      assertThat(yearMonth.format()).matches(year + "-(0[1-9]|1[0-2])");
      assertThat(PartialDate.parse(yearOnly.format())).isEqualTo(yearOnly);
      assertThat(PartialDate.parse(yearMonth.format())).isEqualTo(yearMonth);
      assertThat(yearOnly.toLocalDate()).isEmpty();
      assertThat(yearOnly.couldBeOnOrBefore(yearMonth)).isTrue();
      PersonalIdNumber id = ids.personalIdNumber(sex, year);
      assertThat(id.findings(yearOnly, sex, LocalDate.of(2026, 1, 1))).isEmpty();
      assertThat(id.findings(yearMonth, sex, LocalDate.of(2026, 1, 1))).isEmpty();
    }
  }

  @Test
  void branchTaxCode_isValidInStandardForm_andThirteenDigitFormOnlyLeniently() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(SEED);
    for (int i = 0; i < 500; i++) {
      String standard = ids.branchTaxCode().format();
      String digits = standard.replace("-", "");
      assertThat(IdentifierKind.BRANCH_TAX_CODE.check(standard)).isEqualTo(IdentifierCheck.VALID);
      assertThat(IdentifierKind.BRANCH_TAX_CODE.check(digits)).isEqualTo(IdentifierCheck.NON_STANDARD_FORM);
      assertThat(IdentifierKind.BRANCH_TAX_CODE.parseLenient(digits))
          .isEqualTo(IdentifierKind.BRANCH_TAX_CODE.parse(standard));
    }
  }
}
