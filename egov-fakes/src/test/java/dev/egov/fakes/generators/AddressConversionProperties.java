package dev.egov.fakes.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.model.address.Address;
import dev.egov.model.address.AddressConversion;
import dev.egov.model.address.AddressPart;
import dev.egov.model.address.UnconvertedPart;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.ConversionConfidence;
import dev.egov.model.catalog.ConversionReason;
import dev.egov.model.catalog.LineageLink;
import dev.egov.model.catalog.Province;
import dev.egov.model.catalog.ProvinceCatalog;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every generated legacy address converts without losing anything: the detail line and country are kept, the
 * province is its successor, and each administrative part is either converted or reported with its code, name and
 * reason, as the confidence says.
 */
@Timeout(60)
class AddressConversionProperties {

  private static final ProvinceCatalog PROVINCES = ProvinceCatalog.builtIn();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 20).map(i -> 0xADD2_2025L * i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void of_generatedLegacyAddresses_convertedOrKeptWithReason(long seed) {
    CitizenGenerator people = CitizenGenerator.withSeed(seed);
    int exact = 0;
    for (Province province : PROVINCES.all(AdministrativeEra.LEGACY_2004)) {
      for (int i = 0; i < 5; i++) {
        Address legacy = people.address(province);
        AddressConversion c = AddressConversion.of(legacy);
        Address now = c.converted();
        String context = "seed " + seed + ", " + legacy;

        assertThat(now.era()).as(context).isEqualTo(AdministrativeEra.REFORM_2025);
        assertThat(now.detail()).as(context).isEqualTo(legacy.detail());
        assertThat(now.country()).as(context).isEqualTo(legacy.country());
        assertThat(now.provinceCode()).as(context)
            .isEqualTo(PROVINCES.successorOf(province.code()).orElseThrow().code().code());
        assertThat(c.unconverted()).as(context).contains(new UnconvertedPart(AddressPart.DISTRICT,
            legacy.districtCode(), legacy.districtName(), ConversionReason.DISTRICT_ABOLISHED));
        for (LineageLink candidate : c.candidates()) {
          assertThat(candidate.unit().province().code()).as(context).isEqualTo(now.provinceCode());
        }
        List<UnconvertedPart> communeParts = c.unconverted().stream()
            .filter(p -> p.part() == AddressPart.COMMUNE).toList();
        switch (c.confidence()) {
          case EXACT:
            exact++;
            assertThat(now.communeCode()).as(context).isEqualTo(c.candidates().get(0).unit().code().code());
            assertThat(now.communeName()).as(context).isEqualTo(c.candidates().get(0).unit().fullName());
            assertThat(communeParts).as(context).isEmpty();
            break;
          case AMBIGUOUS:
            assertThat(now.communeCode()).as(context).isNull();
            assertThat(communeParts).as(context).containsExactly(new UnconvertedPart(AddressPart.COMMUNE,
                legacy.communeCode(), legacy.communeName(), ConversionReason.SPLIT));
            break;
          default:
            assertThat(now.communeCode()).as(context).isNull();
            assertThat(communeParts).as(context).singleElement()
                .satisfies(p -> assertThat(p.reason()).isEqualTo(ConversionReason.NOT_IN_LINEAGE))
                .satisfies(p -> assertThat(p.code()).isEqualTo(legacy.communeCode()));
            break;
        }
        assertThat(c.toString()).as(context).doesNotContain(legacy.detail());
      }
    }
    // About 95% of legacy communes convert exactly; generated addresses follow the catalogue.
    assertThat(exact).isGreaterThan(63 * 5 * 8 / 10);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void of_sameSeed_sameConversion(long seed) {
    Province hanoi = PROVINCES.find(dev.egov.model.catalog.ProvinceCode.legacy("01")).orElseThrow();
    Address a = CitizenGenerator.withSeed(seed).address(hanoi);
    Address b = CitizenGenerator.withSeed(seed).address(hanoi);
    assertThat(AddressConversion.of(a)).isEqualTo(AddressConversion.of(b));
  }
}
