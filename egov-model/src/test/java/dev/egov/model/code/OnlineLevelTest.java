package dev.egov.model.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Online-service levels (docs/dossiers-and-portal.md, Online service levels): the 2022 levels and the legacy 1–4 with their usual mapping. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class OnlineLevelTest {

  @Test
  void of_documentedCodes_returnTheConstants() {
    assertThat(OnlineLevel.of("FULL_PROCESS")).isSameAs(OnlineLevel.FULL_PROCESS);
    assertThat(OnlineLevel.of("PARTIAL")).isSameAs(OnlineLevel.PARTIAL);
    assertThat(OnlineLevel.of("1")).isSameAs(OnlineLevel.LEGACY_LEVEL_1);
    assertThat(OnlineLevel.of("2")).isSameAs(OnlineLevel.LEGACY_LEVEL_2);
    assertThat(OnlineLevel.of("3")).isSameAs(OnlineLevel.LEGACY_LEVEL_3);
    assertThat(OnlineLevel.of("4")).isSameAs(OnlineLevel.LEGACY_LEVEL_4);
    assertThat(OnlineLevel.FULL_PROCESS.vietnameseLabel()).contains("toàn trình");
    assertThat(OnlineLevel.PARTIAL.vietnameseLabel()).contains("một phần");
  }

  @Test
  void currentEquivalent_level4_isFullProcess() {
    assertThat(OnlineLevel.LEGACY_LEVEL_4.currentEquivalent()).containsSame(OnlineLevel.FULL_PROCESS);
  }

  @Test
  void currentEquivalent_level3_isPartial() {
    assertThat(OnlineLevel.LEGACY_LEVEL_3.currentEquivalent()).containsSame(OnlineLevel.PARTIAL);
  }

  /** Levels 1 and 2 are information and forms only: not an online service in the 2022 sense. */
  @Test
  void currentEquivalent_levels1And2_areEmpty() {
    assertThat(OnlineLevel.LEGACY_LEVEL_1.currentEquivalent()).isEmpty();
    assertThat(OnlineLevel.LEGACY_LEVEL_2.currentEquivalent()).isEmpty();
  }

  @Test
  void currentEquivalent_currentLevels_areThemselves() {
    assertThat(OnlineLevel.FULL_PROCESS.currentEquivalent()).containsSame(OnlineLevel.FULL_PROCESS);
    assertThat(OnlineLevel.PARTIAL.currentEquivalent()).containsSame(OnlineLevel.PARTIAL);
  }

  @Test
  void currentEquivalent_unknownLevel_isEmpty() {
    assertThat(OnlineLevel.of("5").currentEquivalent()).isEmpty();
    assertThat(OnlineLevel.of("full_process").isKnown()).isFalse();
  }

  @Test
  void isLegacy_onlyTheNumberedLevels() {
    assertThat(OnlineLevel.known()).filteredOn(OnlineLevel::isLegacy)
        .containsExactly(OnlineLevel.LEGACY_LEVEL_1, OnlineLevel.LEGACY_LEVEL_2, OnlineLevel.LEGACY_LEVEL_3,
            OnlineLevel.LEGACY_LEVEL_4);
    assertThat(OnlineLevel.of("5").isLegacy()).isFalse();
  }
}
