package dev.egov.consumertests.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.egov.fakes.generators.DossierGenerator;
import dev.egov.fakes.generators.SampleProcedures;
import dev.egov.indicators.IndicatorAccumulator;
import dev.egov.indicators.IndicatorCalculator;
import dev.egov.indicators.IndicatorReport;
import dev.egov.indicators.IndicatorStateException;
import dev.egov.model.dossier.Dossier;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * egov-indicators, the satellite of egov-model: the QĐ 766 report of generated dossiers, and two parts of them counted
 * apart, shipped as bytes and merged into the same report.
 */
@Timeout(60)
class IndicatorScenariosTest {

  private static IndicatorCalculator calculator() {
    return IndicatorCalculator.builder()
        .period(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 30))
        .procedures(SampleProcedures::find)
        .populationDatabases(DossierGenerator.POPULATION_DATABASE)
        .build();
  }

  private static List<Dossier> dossiers() {
    try (Stream<Dossier> dossiers =
        DossierGenerator.withSeed(21).dossiers(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 30), 300)) {
      return dossiers.collect(Collectors.toList());
    }
  }

  @Test
  void partsCountedApart_shippedAsBytes_mergeIntoTheOnePassReport() {
    List<Dossier> dossiers = dossiers();
    IndicatorAccumulator north = calculator().newAccumulator();
    IndicatorAccumulator south = calculator().newAccumulator();
    dossiers.subList(0, 120).forEach(north);
    dossiers.subList(120, dossiers.size()).forEach(south);

    IndicatorCalculator merging = calculator();
    IndicatorReport merged = merging.restore(north.toBytes()).combine(merging.restore(south.toBytes())).report();

    IndicatorReport onePass = calculator().compute(dossiers.stream());
    assertThat(merged).isEqualTo(onePass);
    assertThat(merged.overall().dossiers()).isEqualTo(300);
    assertThat(merged.toTable(Locale.ENGLISH)).startsWith("QĐ 766/QĐ-TTg indicators").contains("Overall: 300 dossiers");
  }

  @Test
  void stateOfOtherSettings_refusedWithAStableReason() {
    byte[] state = calculator().newAccumulator().toBytes();
    IndicatorCalculator other = calculator().newBuilder().listedCodes(3).build();

    assertThatThrownBy(() -> other.restore(state))
        .isInstanceOfSatisfying(IndicatorStateException.class,
            e -> assertThat(e.reason()).isSameAs(IndicatorStateException.Reason.SETTINGS_MISMATCH));
  }
}
