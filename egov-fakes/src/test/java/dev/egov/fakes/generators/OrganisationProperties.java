package dev.egov.fakes.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.Province;
import dev.egov.model.catalog.ProvinceCatalog;
import dev.egov.model.catalog.ProvinceCode;
import dev.egov.model.id.BranchTaxCode;
import dev.egov.model.id.IdentifierCheck;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.TaxCode;
import dev.egov.model.id.TaxIdentifier;
import dev.egov.model.organisation.Organisation;
import dev.egov.model.organisation.OrganisationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every generated organisation is valid and identified as its kind is. */
@Timeout(60)
class OrganisationProperties {

  private static final long SEED = 0x5EED_0E6AL;
  private static final int COUNT = 2000;
  private static final int BATCH = 100;
  private static final List<String> ENTERPRISE_FORMS = List.of(
      "Công ty TNHH ", "Công ty Cổ phần ", "Doanh nghiệp tư nhân ", "Hợp tác xã ");

  private static List<Organisation> generated;

  static synchronized List<Organisation> generated() {
    if (generated == null) {
      OrganisationGenerator firms = OrganisationGenerator.withSeed(SEED);
      List<Organisation> all = new ArrayList<>(COUNT);
      for (int i = 0; i < COUNT; i++) {
        all.add(firms.organisation());
      }
      generated = List.copyOf(all);
    }
    return generated;
  }

  static Stream<Arguments> organisations() {
    List<List<Organisation>> batches = Identifiers.batches(generated(), BATCH);
    List<Arguments> arguments = new ArrayList<>();
    for (int b = 0; b < batches.size(); b++) {
      arguments.add(Arguments.of(b, batches.get(b)));
    }
    return arguments.stream();
  }

  @ParameterizedTest(name = "batch {0}")
  @MethodSource("organisations")
  void organisation_anyGenerated_isValidAndIdentifiedAsItsKind(int batch, List<Organisation> organisations) {
    for (int i = 0; i < organisations.size(); i++) {
      Organisation o = organisations.get(i);
      String where = "batch " + batch + " #" + i + " (seed " + SEED + "): " + Records.render(o);
      assertThat(Records.violations(o)).as(where).isEmpty();
      TaxIdentifier id = o.taxIdentifier();
      assertThat(TaxIdentifier.parse(id.format())).as(where).isEqualTo(id);
      assertThat(o.kind()).as(where).isNotNull();
      switch (o.kind()) {
        case ENTERPRISE:
        case COOPERATIVE:
          assertThat(TaxCode.check(id.format())).as(where).isEqualTo(IdentifierCheck.VALID);
          assertThat(ENTERPRISE_FORMS.stream().anyMatch(o.name()::startsWith)).as(where).isTrue();
          assertThat(o.name().startsWith("Hợp tác xã ")).as(where).isEqualTo(o.kind() == OrganisationKind.COOPERATIVE);
          break;
        case DEPENDENT_UNIT: {
          BranchTaxCode branch = (BranchTaxCode) id;
          assertThat(TaxCode.check(branch.parent().format())).as(where).isEqualTo(IdentifierCheck.VALID);
          assertThat(o.name()).as(where).startsWith("Chi nhánh ");
          break;
        }
        case HOUSEHOLD_BUSINESS:
          // The owner's personal ID since 1 July 2025, or the 10-digit tax code of a business registered before.
          assertThat(o.name()).as(where).startsWith("Hộ kinh doanh ");
          if (id instanceof PersonalIdNumber) {
            assertThat(o.legalRepresentative().personalId()).as(where).isEqualTo(id);
          } else {
            assertThat(TaxCode.check(id.format())).as(where).isEqualTo(IdentifierCheck.VALID);
          }
          break;
        default:
          throw new AssertionError(where + ": a kind the generator does not make");
      }
      assertThat(o.address().era()).as(where).isEqualTo(AdministrativeEra.REFORM_2025);
      assertThat(o.legalRepresentative()).as(where).isNotNull();
      assertThat(o.legalRepresentative().personalId()).as(where).isNotNull();
      assertThat(o.legalRepresentative().position()).as(where).isNotBlank();
      if (o.foreignName() != null) {
        assertThat(o.foreignName()).as(where).matches("[A-Za-z ]+");
      }
      if (o.shortName() != null) {
        assertThat(o.shortName()).as(where).matches("[A-Z ]+ (CO\\., LTD|JSC)");
      }
    }
  }

  @Test
  void organisations_manyGenerated_haveARealisticMix() {
    int enterprises = 0;
    int branches = 0;
    int households = 0;
    int limited = 0;
    int jointStock = 0;
    int inHoChiMinhOrHanoi = 0;
    int householdsWithTaxCode = 0;
    for (Organisation o : generated()) {
      enterprises += o.kind() == OrganisationKind.ENTERPRISE || o.kind() == OrganisationKind.COOPERATIVE ? 1 : 0;
      branches += o.kind() == OrganisationKind.DEPENDENT_UNIT ? 1 : 0;
      households += o.kind() == OrganisationKind.HOUSEHOLD_BUSINESS ? 1 : 0;
      householdsWithTaxCode +=
          o.kind() == OrganisationKind.HOUSEHOLD_BUSINESS && o.taxIdentifier() instanceof TaxCode ? 1 : 0;
      limited += o.name().startsWith("Công ty TNHH") ? 1 : 0;
      jointStock += o.name().startsWith("Công ty Cổ phần") ? 1 : 0;
      inHoChiMinhOrHanoi += List.of("79", "01").contains(o.address().provinceCode()) ? 1 : 0;
    }
    int n = generated().size();
    assertThat((double) enterprises / n).as("enterprises").isBetween(0.75, 0.85);
    assertThat(branches).as("branches").isBetween(n / 20, n / 5);
    assertThat(households).as("household businesses").isBetween(n / 30, n / 6);
    assertThat(householdsWithTaxCode).as("household businesses with a 10-digit tax code")
        .isBetween(households / 6, households / 2);
    assertThat(limited).as("limited companies").isGreaterThan(jointStock);
    assertThat(jointStock).as("joint-stock companies").isPositive();
    assertThat((double) inHoChiMinhOrHanoi / n).as("in the two big cities").isBetween(0.2, 0.6);
  }

  @Test
  void branchOf_anEnterprise_extendsItsTaxCode() {
    OrganisationGenerator firms = OrganisationGenerator.withSeed(4L);
    Organisation parent = firms.enterprise();
    for (int i = 0; i < 50; i++) {
      Organisation branch = firms.branchOf(parent);
      assertThat(((BranchTaxCode) branch.taxIdentifier()).parent()).isEqualTo(parent.taxIdentifier());
      assertThat(branch.name()).startsWith("Chi nhánh " + parent.name() + " tại ");
      assertThat(Records.violations(branch)).isEmpty();
    }
  }

  /** Whatever its tax identifier: a household business with a 10-digit tax code has no dependent units either. */
  @Test
  void branchOf_aHouseholdBusiness_throws() {
    OrganisationGenerator firms = OrganisationGenerator.withSeed(5L);
    int withTaxCode = 0;
    for (int i = 0; i < 30; i++) {
      Organisation household = firms.householdBusiness();
      withTaxCode += household.taxIdentifier() instanceof TaxCode ? 1 : 0;
      assertThatThrownBy(() -> firms.branchOf(household))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("10-digit tax code");
    }
    assertThat(withTaxCode).isPositive();
  }

  @Test
  void enterprise_inALegacyProvince_hasALegacyAddress() {
    Province binhDinh = ProvinceCatalog.builtIn().find(ProvinceCode.legacy("52")).orElseThrow();
    OrganisationGenerator firms = OrganisationGenerator.withSeed(6L);
    for (int i = 0; i < 50; i++) {
      Organisation o = firms.enterprise(binhDinh);
      assertThat(o.address().era()).isEqualTo(AdministrativeEra.LEGACY_2004);
      assertThat(o.address().province()).contains(binhDinh);
      assertThat(o.address().districtCode()).isNotNull();
      assertThat(Records.violations(o)).isEmpty();
    }
  }
}
