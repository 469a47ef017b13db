package dev.egov.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class AdministrativeEraTest {

  @Test
  void asOf_aroundFirstJuly2025_switchesEra() {
    assertThat(AdministrativeEra.asOf(LocalDate.of(2025, 6, 30))).isEqualTo(AdministrativeEra.LEGACY_2004);
    assertThat(AdministrativeEra.asOf(LocalDate.of(2025, 7, 1))).isEqualTo(AdministrativeEra.REFORM_2025);
    assertThat(AdministrativeEra.asOf(LocalDate.of(1, 1, 1))).isEqualTo(AdministrativeEra.LEGACY_2004);
    assertThat(AdministrativeEra.asOf(LocalDate.of(9999, 12, 31))).isEqualTo(AdministrativeEra.REFORM_2025);
  }

  @Test
  void effectiveFromAndUntil_eachEra_documentedDays() {
    assertThat(AdministrativeEra.LEGACY_2004.effectiveFrom()).isEmpty();
    assertThat(AdministrativeEra.LEGACY_2004.effectiveUntil()).contains(LocalDate.of(2025, 6, 30));
    assertThat(AdministrativeEra.REFORM_2025.effectiveFrom()).contains(LocalDate.of(2025, 7, 1));
    assertThat(AdministrativeEra.REFORM_2025.effectiveUntil()).isEmpty();
  }

  @Test
  void includes_dayAroundBoundary_matchesAsOf() {
    assertThat(AdministrativeEra.LEGACY_2004.includes(LocalDate.of(2025, 6, 30))).isTrue();
    assertThat(AdministrativeEra.LEGACY_2004.includes(LocalDate.of(2025, 7, 1))).isFalse();
    assertThat(AdministrativeEra.REFORM_2025.includes(LocalDate.of(2025, 7, 1))).isTrue();
    assertThat(AdministrativeEra.REFORM_2025.includes(LocalDate.of(2025, 6, 30))).isFalse();
  }
}
