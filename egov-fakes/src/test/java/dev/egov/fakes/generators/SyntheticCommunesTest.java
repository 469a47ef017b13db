package dev.egov.fakes.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.model.address.Address;
import dev.egov.model.address.CommuneCatalog;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.AdministrativeUnit;
import dev.egov.model.catalog.AdministrativeUnitCatalog;
import dev.egov.model.catalog.AdministrativeUnitCode;
import dev.egov.model.catalog.Province;
import dev.egov.model.catalog.ProvinceCatalog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Generated addresses are in real communes of the built-in catalogue, and validate against it. */
@Timeout(60)
class SyntheticCommunesTest {

  private static final AdministrativeUnitCatalog UNITS = AdministrativeUnitCatalog.builtIn();

  @Test
  void catalog_isTheBuiltInCatalogue() {
    assertThat(SyntheticCommunes.catalog()).isSameAs(CommuneCatalog.builtIn());
    assertThat(SyntheticCommunes.catalog().units()).contains(UNITS);
  }

  /** Every province of both eras, ten addresses each, per seed. */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11L, 20260701L, -3L})
  void address_anyProvinceOfEitherEra_aRealCommuneOfItThatValidates(long seed) {
    CitizenGenerator people = CitizenGenerator.withSeed(seed);
    for (AdministrativeEra era : AdministrativeEra.values()) {
      for (Province province : ProvinceCatalog.builtIn().all(era)) {
        for (int i = 0; i < 10; i++) {
          Address address = people.address(province);
          String where = "seed " + seed + ", " + province.code() + " #" + i + ": " + Records.address(address);
          assertThat(address.era()).as(where).isEqualTo(era);
          assertThat(address.province()).as(where).contains(province);
          AdministrativeUnit commune = UNITS.find(AdministrativeUnitCode.commune(era, address.communeCode()))
              .orElseThrow();
          assertThat(commune.province()).as(where).isEqualTo(province.code());
          assertThat(commune.fullName()).as(where).isEqualTo(address.communeName());
          if (era == AdministrativeEra.LEGACY_2004) {
            AdministrativeUnit district = UNITS.find(commune.parent()).orElseThrow();
            assertThat(address.districtCode()).as(where).isEqualTo(district.code().code());
            assertThat(address.districtName()).as(where).isEqualTo(district.fullName());
          } else {
            assertThat(address.districtCode()).as(where).isNull();
          }
          assertThat(address.detail()).as(where).isNotBlank();
          assertThat(Records.violations(address)).as(where).isEmpty();
        }
      }
    }
  }

  @Test
  void address_manyDraws_spreadOverTheProvincesCommunes() {
    CitizenGenerator people = CitizenGenerator.withSeed(5L);
    Province hanoi = ProvinceCatalog.builtIn().find(dev.egov.model.catalog.ProvinceCode.reform2025("01"))
        .orElseThrow();
    Set<String> communes = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      communes.add(people.address(hanoi).communeCode());
    }
    // 126 communes, 1,000 uniform draws: each is missed with probability (125/126)^1000 ≈ 0.0004.
    assertThat(communes).hasSizeGreaterThan(120);
  }

  @Test
  void address_sameSeed_sameAddresses() {
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    CitizenGenerator a = CitizenGenerator.withSeed(42L);
    CitizenGenerator b = CitizenGenerator.withSeed(42L);
    for (Province province : ProvinceCatalog.builtIn().all(AdministrativeEra.LEGACY_2004)) {
      first.add(Records.address(a.address(province)));
      second.add(Records.address(b.address(province)));
    }
    assertThat(first).isEqualTo(second);
  }
}
