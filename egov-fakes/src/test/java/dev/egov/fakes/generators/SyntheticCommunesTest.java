package dev.egov.fakes.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.model.address.Address;
import dev.egov.model.address.Commune;
import dev.egov.model.address.CommuneCatalog;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.Province;
import dev.egov.model.catalog.ProvinceCatalog;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The catalogue of synthetic communes knows exactly the communes generated addresses use. */
@Timeout(30)
class SyntheticCommunesTest {

  private static final CommuneCatalog CATALOG = SyntheticCommunes.catalog();

  @Test
  void catalog_2025_has30DistinctCommunesInEachProvince() {
    Set<String> codes = new HashSet<>();
    for (Province province : ProvinceCatalog.builtIn().all(AdministrativeEra.REFORM_2025)) {
      Set<String> names = new HashSet<>();
      int p = Places.index(province.code().code());
      for (int i = 1; i <= 30; i++) {
        String code = ModelTables.pad(p * 300 + i, 5);
        Commune commune = CATALOG.find(AdministrativeEra.REFORM_2025, code).orElseThrow();
        assertThat(commune.provinceCode()).isEqualTo(province.code().code());
        assertThat(commune.districtCode()).isNull();
        assertThat(commune.name()).startsWith(commune.type() + ' ');
        assertThat(names.add(commune.name())).as("unique in %s: %s", province.name(), commune.name()).isTrue();
        assertThat(codes.add(code)).isTrue();
      }
      assertThat(CATALOG.find(AdministrativeEra.REFORM_2025, ModelTables.pad(p * 300 + 31, 5))).isEmpty();
    }
    assertThat(codes).hasSize(34 * 30);
  }

  @Test
  void catalog_legacy_hasCommunesInDistricts() {
    Commune ward = CATALOG.find(AdministrativeEra.LEGACY_2004, "23768").orElseThrow(); // 79 × 300 + 3 × 20 + 8
    assertThat(ward.provinceCode()).isEqualTo("79");
    assertThat(ward.districtCode()).isEqualTo("793");
    assertThat(ward.name()).isEqualTo("Phường 8");
    assertThat(CATALOG.find(AdministrativeEra.REFORM_2025, "23768")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"00000", "00300", "29999", "99999", "1234", "123456", "0030a", "00-01"})
  void find_codeOfNoSyntheticCommune_isEmpty(String code) {
    assertThat(CATALOG.find(AdministrativeEra.REFORM_2025, code)).isEmpty();
    assertThat(CATALOG.find(AdministrativeEra.LEGACY_2004, code)).isEmpty();
  }

  @Test
  void find_codeOfOneEra_isEmptyInTheOther() {
    // 00313: Hà Nội's 13th commune of 2025; in the legacy era district 0 has 12 communes only.
    assertThat(CATALOG.find(AdministrativeEra.REFORM_2025, "00313")).isPresent();
    assertThat(CATALOG.find(AdministrativeEra.LEGACY_2004, "00313")).isEmpty();
  }

  @Test
  void address_ofGenerator_isInTheCatalogue() {
    CitizenGenerator people = CitizenGenerator.withSeed(11L);
    for (AdministrativeEra era : AdministrativeEra.values()) {
      for (Province province : ProvinceCatalog.builtIn().all(era)) {
        Address address = people.address(province);
        assertThat(address.era()).isEqualTo(era);
        assertThat(address.province()).contains(province);
        assertThat(address.districtCode() != null).isEqualTo(era == AdministrativeEra.LEGACY_2004);
        Commune commune = CATALOG.find(era, address.communeCode()).orElseThrow();
        assertThat(commune.name()).isEqualTo(address.communeName());
        assertThat(commune.districtCode()).isEqualTo(address.districtCode());
        assertThat(address.detail()).isNotBlank();
        assertThat(Records.violations(address)).isEmpty();
      }
    }
  }
}
