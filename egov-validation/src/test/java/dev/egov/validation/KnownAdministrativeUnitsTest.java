package dev.egov.validation;

import static dev.egov.validation.Records.WITH_COMMUNES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.egov.model.address.Address;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.id.TaxCode;
import dev.egov.model.organisation.Organisation;
import dev.egov.model.person.Citizen;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Addresses name units of their era's catalogue ({@code KnownAdministrativeUnits}), wherever a record holds one. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class KnownAdministrativeUnitsTest {

  /** The commune catalogue switched off: the built-in one is checked by default ({@link BuiltInCatalogueTest}). */
  private static List<Violation> withoutCatalogue(Object bean) {
    return Violation.listOf(EgovValidation.validator(Locale.ENGLISH,
        EgovValidationOptions.defaults().withCommuneCatalog(null)).validate(bean));
  }

  private static List<Violation> withCatalogue(Object bean) {
    return Violation.listOf(EgovValidation.validator(Locale.ENGLISH, WITH_COMMUNES).validate(bean));
  }

  private static Address address(AdministrativeEra era, String province, String commune) {
    return Address.builder(era).province(province, null).commune(commune, null).build();
  }

  // --- Provinces --------------------------------------------------------------------------------------------------

  @Test
  void knownProvinceOfItsEra_isValid() {
    assertThat(withoutCatalogue(Records.province(AdministrativeEra.LEGACY_2004, "64"))).isEmpty();
    assertThat(withoutCatalogue(Records.province(AdministrativeEra.REFORM_2025, "52"))).isEmpty();
    assertThat(withoutCatalogue(Address.builder(AdministrativeEra.REFORM_2025).detail("x").build())).isEmpty();
  }

  @Test
  void provinceUnknownInItsEra_isReportedOnProvinceCode() {
    Address giaLai64 = Records.province(AdministrativeEra.REFORM_2025, "64");

    assertThat(withoutCatalogue(giaLai64)).containsExactly(new Violation("ADDRESS.UNKNOWN_PROVINCE", "provinceCode",
        "the province code does not exist in the catalogue of the address's era"));
    assertThat(EgovValidation.validate(giaLai64, EgovValidation.VIETNAMESE)).extracting(Violation::message)
        .containsExactly("mã tỉnh không có trong danh mục của thời kỳ của địa chỉ");
    assertThat(withoutCatalogue(Records.province(AdministrativeEra.LEGACY_2004, "03")))
        .extracting(Violation::code).containsExactly("ADDRESS.UNKNOWN_PROVINCE");
  }

  // --- Communes ---------------------------------------------------------------------------------------------------

  @Test
  void communeWithoutACatalogue_isNotChecked() {
    assertThat(withoutCatalogue(address(AdministrativeEra.REFORM_2025, "79", "99999"))).isEmpty();
    assertThat(withoutCatalogue(address(AdministrativeEra.REFORM_2025, "01", "26740"))).isEmpty();
  }

  @Test
  void communeInTheCatalogueAndItsProvince_isValid() {
    assertThat(withCatalogue(Records.saiGon())).isEmpty();
    assertThat(withCatalogue(Address.builder(AdministrativeEra.LEGACY_2004).province("01", null)
        .district("001", null).commune("00001", null).build())).isEmpty();
  }

  @Test
  void communeNotInTheCatalogue_isReportedOnCommuneCode() {
    Address unknown = address(AdministrativeEra.REFORM_2025, "79", "99999");

    assertThat(withCatalogue(unknown)).containsExactly(new Violation("ADDRESS.UNKNOWN_COMMUNE", "communeCode",
        "the commune code does not exist in the commune catalogue, or belongs to another province"));
    assertThat(Violation.listOf(EgovValidation.validator(EgovValidation.VIETNAMESE, WITH_COMMUNES).validate(unknown)))
        .extracting(Violation::message)
        .containsExactly("mã xã không có trong danh mục đơn vị hành chính cấp xã, hoặc thuộc tỉnh khác");
  }

  @Test
  void communeOfAnotherProvince_isReported() {
    assertThat(withCatalogue(address(AdministrativeEra.REFORM_2025, "01", "26740")))
        .extracting(Violation::code, Violation::path).containsExactly(tuple("ADDRESS.UNKNOWN_COMMUNE", "communeCode"));
  }

  /** The catalogue is asked for the address's era: 00001 is Phúc Xá in 2004, and absent from the 2025 fixture. */
  @Test
  void communeOfAnotherEra_isReported() {
    assertThat(withCatalogue(address(AdministrativeEra.REFORM_2025, "01", "00001")))
        .extracting(Violation::code).containsExactly("ADDRESS.UNKNOWN_COMMUNE");
  }

  @Test
  void communeWithoutProvince_isCheckedForExistenceOnly() {
    assertThat(withCatalogue(Address.builder(AdministrativeEra.REFORM_2025).commune("26740", null).build())).isEmpty();
    assertThat(withCatalogue(Address.builder(AdministrativeEra.REFORM_2025).commune("99999", null).build()))
        .extracting(Violation::code).containsExactly("ADDRESS.UNKNOWN_COMMUNE");
  }

  @Test
  void catalogueConfiguredOnTheFactory_isUsed() {
    try (ValidatorFactory factory = EgovValidation.configure(WITH_COMMUNES).buildValidatorFactory()) {
      assertThat(Violation.listOf(factory.getValidator().validate(address(AdministrativeEra.REFORM_2025, "79",
          "99999")))).extracting(Violation::code).containsExactly("ADDRESS.UNKNOWN_COMMUNE");
    }
  }

  @Test
  void unknownProvinceAndCommune_areBothReported() {
    assertThat(withCatalogue(address(AdministrativeEra.REFORM_2025, "64", "99999")))
        .extracting(Violation::code, Violation::path).containsExactly(
            tuple("ADDRESS.UNKNOWN_COMMUNE", "communeCode"),
            tuple("ADDRESS.UNKNOWN_PROVINCE", "provinceCode"));
  }

  // --- Cascading through records ----------------------------------------------------------------------------------

  @Test
  void completeCitizen_hasNoViolation() {
    assertThat(withCatalogue(Records.citizen())).isEmpty();
    assertThat(EgovValidation.validate(Records.citizen(), EgovValidation.VIETNAMESE)).isEmpty();
  }

  @Test
  void citizen_eachOfItsFourAddressesIsReportedOnceWithItsPath() {
    Address bad = Records.province(AdministrativeEra.REFORM_2025, "64");
    Citizen citizen = Records.citizen().toBuilder()
        .birthRegistrationPlace(bad).homeTown(bad).permanentResidence(bad).currentResidence(bad).build();

    assertThat(withCatalogue(citizen)).extracting(Violation::code, Violation::path).containsExactly(
        tuple("ADDRESS.UNKNOWN_PROVINCE", "birthRegistrationPlace.provinceCode"),
        tuple("ADDRESS.UNKNOWN_PROVINCE", "currentResidence.provinceCode"),
        tuple("ADDRESS.UNKNOWN_PROVINCE", "homeTown.provinceCode"),
        tuple("ADDRESS.UNKNOWN_PROVINCE", "permanentResidence.provinceCode"));
  }

  @Test
  void citizen_unknownCommuneOfOneAddress_isReportedOnThatAddress() {
    Citizen citizen = Records.citizen().toBuilder()
        .currentResidence(address(AdministrativeEra.REFORM_2025, "79", "99999")).build();

    assertThat(withCatalogue(citizen)).containsExactly(new Violation("ADDRESS.UNKNOWN_COMMUNE",
        "currentResidence.communeCode",
        "the commune code does not exist in the commune catalogue, or belongs to another province"));
    assertThat(withoutCatalogue(citizen)).isEmpty();
  }

  @Test
  void organisation_headOfficeAddressIsReportedOnce() {
    Organisation organisation = new Organisation(TaxCode.parse("0100109106"), "Công ty TNHH Ánh Dương", null, null,
        address(AdministrativeEra.REFORM_2025, "64", "26740"), null);

    assertThat(withCatalogue(organisation)).extracting(Violation::code, Violation::path).containsExactly(
        tuple("ADDRESS.UNKNOWN_COMMUNE", "address.communeCode"),
        tuple("ADDRESS.UNKNOWN_PROVINCE", "address.provinceCode"));
  }

  @Test
  void dossier_applicantsAddressIsReportedOnce() {
    Dossier dossier = Records.received()
        .applicant(Records.applicant(address(AdministrativeEra.REFORM_2025, "79", "99999"))).build();

    assertThat(withCatalogue(dossier)).containsExactly(new Violation("ADDRESS.UNKNOWN_COMMUNE",
        "applicant.address.communeCode",
        "the commune code does not exist in the commune catalogue, or belongs to another province"));
  }
}
