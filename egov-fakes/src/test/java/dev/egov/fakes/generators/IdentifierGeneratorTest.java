package dev.egov.fakes.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.egov.model.PartialDate;
import dev.egov.model.Sex;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.Province;
import dev.egov.model.catalog.ProvinceCatalog;
import dev.egov.model.catalog.ProvinceCode;
import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.IdentifierCheck;
import dev.egov.model.id.IdentifierKind;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.TaxCode;
import dev.egov.model.id.TaxIdentifier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The generator's contract for arguments, and the examples of its Javadoc, run as written. */
@Timeout(30)
class IdentifierGeneratorTest {

  private final IdentifierGenerator ids = IdentifierGenerator.withSeed(1L);

  @Test
  void classJavadoc_firstExample_behavesAsDocumented() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(20261122L);
    Province hanoi = ProvinceCatalog.builtIn().find(ProvinceCode.legacy("01")).orElseThrow();

    PersonalIdNumber citizen = ids.personalIdNumber(Sex.FEMALE, 1990, hanoi);
    assertThat(citizen.format().substring(0, 6)).isEqualTo("001190");
    TaxCode company = ids.taxCode();
    assertThat(TaxCode.check(company.format())).isEqualTo(IdentifierCheck.VALID);

    String typo = ids.invalid(IdentifierKind.TAX_CODE, IdentifierCheck.INVALID_CHECKSUM);
    assertThat(TaxCode.check(typo)).isEqualTo(IdentifierCheck.INVALID_CHECKSUM);

    String shortForm = ids.nonStandardForm(IdentifierKind.AGENCY_CODE);
    assertThat(shortForm).matches("[A-Z]\\d\\d(\\.\\d\\d){0,2}(\\.\\d{3})?");
    assertThat(AgencyCode.check(shortForm)).isEqualTo(IdentifierCheck.NON_STANDARD_FORM);
    assertThat(AgencyCode.parseLenient(shortForm).isLenient()).isTrue();
  }

  // The second example of the class Javadoc, as written there.
  static Stream<TaxCode> taxCodes() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(20261122L);
    return Stream.generate(ids::taxCode).limit(100);
  }

  @ParameterizedTest
  @MethodSource("taxCodes")
  void parse_anyValidTaxCode_readsItBack(TaxCode taxCode) {
    assertThat(TaxIdentifier.parse(taxCode.format())).isEqualTo(taxCode);
  }

  @Test
  void seed_ofNewGenerator_isTheSeedGiven() {
    assertThat(IdentifierGenerator.withSeed(-42L).seed()).isEqualTo(-42L);
    assertThat(IdentifierGenerator.withSeed(-42L)).hasToString("IdentifierGenerator[seed=-42]");
  }

  @Test
  void personalIdNumber_unknownSex_throwsNamingTheSex() {
    assertThatThrownBy(() -> ids.personalIdNumber(Sex.UNKNOWN, 1990))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("UNKNOWN");
    assertThatThrownBy(() -> ids.personalIdNumber(Sex.UNKNOWN, 1990, ids.legacyProvince()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("UNKNOWN");
  }

  @Test
  void personalIdNumber_yearOutsideWhatTheNumberEncodes_throwsNamingTheRange() {
    assertThatThrownBy(() -> ids.personalIdNumber(Sex.MALE, 1899))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1900 to 2399")
        .hasMessageContaining("1899");
    assertThatThrownBy(() -> ids.personalIdNumber(Sex.FEMALE, 2400))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2400");
  }

  @Test
  void personalIdNumber_provinceOfThe2025Catalogue_throwsPointingToTheLegacyTable() {
    Province giaLai2025 = ProvinceCatalog.builtIn().find(ProvinceCode.reform2025("52")).orElseThrow();

    assertThatThrownBy(() -> ids.personalIdNumber(Sex.MALE, 1990, giaLai2025))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("legacy")
        .hasMessageContaining("Gia Lai");
  }

  @Test
  void personalIdNumber_everyLegacyProvince_isAccepted() {
    for (Province province : ProvinceCatalog.builtIn().all(AdministrativeEra.LEGACY_2004)) {
      assertThat(ids.personalIdNumber(Sex.MALE, 2000, province).birthRegistrationProvince()).contains(province);
    }
  }

  @Test
  void nullArguments_throwNullPointerExceptionNamingTheParameter() {
    assertThatThrownBy(() -> ids.personalIdNumber(null, 1990)).hasMessageContaining("sex");
    assertThatThrownBy(() -> ids.personalIdNumber(Sex.MALE, 1990, null))
        .hasMessageContaining("birthRegistrationProvince");
    assertThatThrownBy(() -> ids.legacyIdCardNumber(null)).hasMessageContaining("form");
    assertThatThrownBy(() -> ids.branchTaxCode(null)).hasMessageContaining("parent");
    assertThatThrownBy(() -> ids.phoneNumber(null)).hasMessageContaining("type");
    assertThatThrownBy(() -> ids.valid(null)).hasMessageContaining("kind");
    assertThatThrownBy(() -> ids.nonStandardForm(null)).hasMessageContaining("kind");
    assertThatThrownBy(() -> ids.invalid(null, IdentifierCheck.EMPTY)).hasMessageContaining("kind");
    assertThatThrownBy(() -> ids.invalid(IdentifierKind.TAX_CODE, null)).hasMessageContaining("reason");
    assertThatThrownBy(() -> ids.birthDate(1990, null)).hasMessageContaining("precision");
    assertThatThrownBy(() -> IdentifierGenerator.invalidReasons(null)).hasMessageContaining("kind");
  }

  @Test
  void birthDate_yearOutOfRange_throws() {
    assertThatThrownBy(() -> ids.birthDate(0, PartialDate.Precision.YEAR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 9999");
    assertThatThrownBy(() -> ids.birthDate(10_000, PartialDate.Precision.DAY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void birthDate_unknownPrecision_isTheUnknownDate() {
    assertThat(ids.birthDate(1990, PartialDate.Precision.UNKNOWN)).isEqualTo(PartialDate.unknown());
  }

  @Test
  void invalid_valid_pointsToValid() {
    assertThatThrownBy(() -> ids.invalid(IdentifierKind.TAX_CODE, IdentifierCheck.VALID))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("valid(TAX_CODE)");
  }

  @Test
  void invalid_nonStandardForm_pointsToNonStandardForm() {
    assertThatThrownBy(() -> ids.invalid(IdentifierKind.AGENCY_CODE, IdentifierCheck.NON_STANDARD_FORM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nonStandardForm(AGENCY_CODE)");
  }

  @Test
  void legacyIdCardNumber_eachForm_hasThatForm() {
    for (LegacyIdCardNumber.Form form : LegacyIdCardNumber.Form.values()) {
      assertThat(ids.legacyIdCardNumber(form).form()).isEqualTo(form);
    }
  }

  @Test
  void staticSets_areUnmodifiable() {
    assertThatThrownBy(() -> IdentifierGenerator.nonStandardKinds().add(IdentifierKind.PERSONAL_ID))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> IdentifierGenerator.invalidReasons(IdentifierKind.PERSONAL_ID).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
