package dev.egov.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 5, unit = TimeUnit.SECONDS)
class LunarDateTest {

  @Test
  void from_tet2026_isFirstDayOfFirstMonth() {
    assertThat(LunarDate.from(LocalDate.of(2026, 2, 17))).isEqualTo(new LunarDate(2026, 1, 1, false));
  }

  @Test
  void toLocalDate_hungKings2026_isSunday26April() {
    assertThat(LunarDate.of(2026, 3, 10).toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 26));
  }

  @Test
  void of_isNotLeap() {
    assertThat(LunarDate.of(2025, 6, 1).leap()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"0, 1", "13, 1", "1, 0", "1, 31"})
  void new_monthOrDayOutOfRange_throws(int month, int day) {
    assertThatThrownBy(() -> LunarDate.of(2025, month, day))
        .isInstanceOf(DateTimeException.class)
        .hasMessageStartingWith("Invalid lunar");
  }

  @Test
  void from_null_throwsNamingTheParameter() {
    assertThatThrownBy(() -> LunarDate.from(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
  }
}
