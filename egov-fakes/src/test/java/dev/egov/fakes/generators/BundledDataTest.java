package dev.egov.fakes.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.EthnicGroupCatalog;
import dev.egov.model.catalog.Province;
import dev.egov.model.catalog.ProvinceCatalog;
import dev.egov.model.person.PersonName;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A self-check of the data files bundled with the generators: they load, every text is clean NFC, the weights give
 * the documented shares, and every code they name exists in egov-model's catalogues.
 */
@Timeout(30)
class BundledDataTest {

  @Test
  void everyName_isCleanNfc() {
    List<String> names = new ArrayList<>(Names.allSpellings());
    names.addAll(Places.Data.COMMUNE_STEMS);
    names.addAll(Places.Data.STREETS);
    names.addAll(Companies.Data.TRADES);
    Companies.Data.SECTORS.forEach(s -> names.add(s.vietnamese()));
    for (String name : names) {
      assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).as("NFC: %s", name).isTrue();
      assertThat(name).as("clean: [%s]", name).isEqualTo(name.strip()).doesNotContain("  ", "\t");
    }
    assertThat(Names.generalFamilyNames()).doesNotHaveDuplicates().allSatisfy(n -> assertThat(n).isNotBlank());
  }

  @Test
  void familyNames_haveTheirDocumentedShares() {
    Weighted<String> family = Names.Data.FAMILY;
    double total = family.total();
    assertThat(family.values().get(0)).isEqualTo("Nguyễn");
    assertThat(family.weight(0) / total).as("Nguyễn in the general list").isBetween(0.38, 0.43);
    List<String> commonest = family.values().subList(0, 4);
    assertThat(commonest).containsExactly("Nguyễn", "Trần", "Lê", "Phạm");
    for (int i = 1; i < 4; i++) {
      assertThat(family.weight(i)).as(commonest.get(i)).isLessThan(family.weight(i - 1));
    }
    assertThat(family.values()).contains("Hoàng", "Huỳnh", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
        "Tôn Thất");
  }

  @Test
  void variantSpellings_differOnlyInWhereTheToneMarkSits() {
    int variants = 0;
    for (Weighted<Names.Spelling> table : List.of(Names.Data.GIVEN[0], Names.Data.GIVEN[1],
        Names.Data.MIDDLE[1][2])) {
      for (Names.Spelling spelling : table.values()) {
        if (spelling.variant() == null) {
          continue;
        }
        variants++;
        PersonName one = PersonName.of("Nguyễn", null, spelling.name());
        PersonName other = PersonName.of("Nguyễn", null, spelling.variant());
        assertThat(spelling.variant()).isNotEqualTo(spelling.name());
        assertThat(one.sameAs(other)).as("%s = %s", spelling.name(), spelling.variant()).isTrue();
      }
    }
    assertThat(variants).as("names with two tone-mark styles").isGreaterThanOrEqualTo(4);
  }

  @Test
  void middleNames_changeWithTheGenerations() {
    // Văn and Thị are the commonest middle names of the older generations and weigh less in the younger.
    for (int sex = 0; sex < 2; sex++) {
      String traditional = sex == 0 ? "Văn" : "Thị";
      int older = weightOf(Names.Data.MIDDLE[sex][0], traditional);
      int younger = weightOf(Names.Data.MIDDLE[sex][2], traditional);
      assertThat(older / (double) Names.Data.MIDDLE[sex][0].total()).as(traditional + " before 1975")
          .isGreaterThan(younger / (double) Names.Data.MIDDLE[sex][2].total());
    }
  }

  private static int weightOf(Weighted<Names.Spelling> table, String name) {
    for (int i = 0; i < table.values().size(); i++) {
      if (table.values().get(i).name().equals(name)) {
        return table.weight(i);
      }
    }
    return 0;
  }

  @Test
  void ethnicGroups_areTheCataloguesWithKinhAbout85Percent() {
    List<Places.EthnicProfile> groups = Places.Data.ETHNIC.values();
    assertThat(groups).hasSize(54);
    Set<String> codes = new HashSet<>();
    for (Places.EthnicProfile group : groups) {
      assertThat(EthnicGroupCatalog.builtIn().find(group.code())).as(group.code()).isPresent();
      assertThat(codes.add(group.code())).as("unique " + group.code()).isTrue();
    }
    assertThat(groups.get(0).code()).isEqualTo("01");
    assertThat(groups.get(0).weight() / (double) Places.Data.ETHNIC.total()).isBetween(0.84, 0.86);
    assertThat(Names.Data.FAMILY_BY_GROUP.keySet()).allSatisfy(group -> assertThat(codes).contains(group));
  }

  @Test
  void provincePopulations_coverEveryLegacyProvince() {
    int total = 0;
    for (Province province : ProvinceCatalog.builtIn().all(AdministrativeEra.LEGACY_2004)) {
      int people = Places.Data.POPULATION[Places.index(province.code().code())];
      assertThat(people).as(province.name()).isBetween(250, 10_000);
      total += people;
    }
    assertThat(total).as("thousands of people").isBetween(95_000, 98_000);
    int nonProvinces = 0;
    for (int i = 0; i < 100; i++) {
      int index = i;
      boolean province = ProvinceCatalog.builtIn().all(AdministrativeEra.LEGACY_2004).stream()
          .anyMatch(p -> Places.index(p.code().code()) == index);
      nonProvinces += !province && Places.Data.POPULATION[i] != 0 ? 1 : 0;
    }
    assertThat(nonProvinces).as("populations of codes that are not provinces").isZero();
  }

  @Test
  void companyWords_makeAsciiEnglishNames() {
    for (String trade : Companies.Data.TRADES) {
      assertThat(Names.ascii(trade)).as(trade).matches("[A-Za-z ]+");
    }
    for (Companies.Sector sector : Companies.Data.SECTORS) {
      assertThat(sector.english()).as(sector.vietnamese()).matches("[A-Za-z ]+");
    }
    assertThat(Names.ascii("Đặng Thị Hoà")).isEqualTo("Dang Thi Hoa");
    assertThat(Names.asciiLowerCase("Nguyễn")).isEqualTo("nguyen");
  }
}
