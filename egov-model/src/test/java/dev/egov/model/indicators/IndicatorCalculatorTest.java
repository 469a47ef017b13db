package dev.egov.model.indicators;

import static dev.egov.model.indicators.Fixtures.vn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.egov.model.calendar.PauseStrategy;
import dev.egov.model.calendar.WorkingCalendar;
import dev.egov.model.calendar.WorkingDayConvention;
import dev.egov.model.code.NationalDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class IndicatorCalculatorTest {

  private static final LocalDate FIRST = LocalDate.of(2026, 3, 1);
  private static final LocalDate LAST = LocalDate.of(2026, 3, 31);

  @Test
  void build_periodAsDays_vietnamMidnightToMidnightAfterLastDay() {
    IndicatorCalculator calculator = IndicatorCalculator.builder().period(FIRST, LAST).build();

    assertThat(calculator.periodStart()).isEqualTo(vn("2026-03-01T00:00")).isEqualTo("2026-02-28T17:00:00Z");
    assertThat(calculator.periodEnd()).isEqualTo(vn("2026-04-01T00:00"));
  }

  @Test
  void build_oneDay_periodOfOneDay() {
    IndicatorCalculator calculator = IndicatorCalculator.builder().period(FIRST, FIRST).build();

    assertThat(calculator.periodEnd()).isEqualTo(vn("2026-03-02T00:00"));
  }

  @Test
  void build_onlyPeriod_defaults() {
    IndicatorCalculator calculator = IndicatorCalculator.builder().period(FIRST, LAST).build();

    assertThat(calculator.calendar()).isSameAs(WorkingCalendar.civilService());
    assertThat(calculator.syncRateFactor()).isEqualTo(1.0);
    assertThat(calculator.populationDatabases()).isEmpty();
    assertThat(calculator.listedCodes()).isEqualTo(IndicatorCalculator.DEFAULT_LISTED_CODES);
    assertThat(calculator.excludesFinancialObligationTime()).isFalse();
    assertThat(calculator.lookUp(Fixtures.BIRTH)).isEmpty();
  }

  @Test
  void build_withoutPeriod_throws() {
    assertThatThrownBy(() -> IndicatorCalculator.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("period");
  }

  @Test
  void period_endNotAfterStart_throws() {
    Instant at = vn("2026-03-01T00:00");

    assertThatThrownBy(() -> IndicatorCalculator.builder().period(at, at))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IndicatorCalculator.builder().period(LAST, FIRST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-03-01");
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.01, 1.01, Double.NaN, Double.POSITIVE_INFINITY})
  void syncRateFactor_outsideZeroToOne_throws(double factor) {
    assertThatThrownBy(() -> IndicatorCalculator.builder().syncRateFactor(factor))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("syncRateFactor");
  }

  @Test
  void listedCodes_negative_throws() {
    assertThatThrownBy(() -> IndicatorCalculator.builder().listedCodes(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  static Stream<Consumer<IndicatorCalculator.Builder>> options() {
    return Stream.of(
        b -> b.period(FIRST, LAST),
        b -> b.calendar(WorkingCalendar.civilService()),
        b -> b.procedures(code -> Optional.empty()),
        b -> b.syncRateFactor(0.5),
        b -> b.populationDatabases(NationalDatabase.of("7")),
        b -> b.listedCodes(3),
        b -> b.excludeFinancialObligationTime(true),
        b -> b.workingDayConvention(WorkingDayConvention.WORKING_HOURS),
        b -> b.pauseStrategy(PauseStrategy.ELAPSED_TIME_REALIGNED));
  }

  @ParameterizedTest
  @MethodSource("options")
  void builder_optionSetTwice_throws(Consumer<IndicatorCalculator.Builder> option) {
    IndicatorCalculator.Builder builder = IndicatorCalculator.builder();
    option.accept(builder);

    assertThatThrownBy(() -> option.accept(builder))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already set");
  }

  @Test
  void newBuilder_anotherPeriod_keepsOtherSettings() {
    IndicatorCalculator march = Fixtures.march().syncRateFactor(0.8).listedCodes(4)
        .populationDatabases(NationalDatabase.of("7")).workingDayConvention(WorkingDayConvention.WORKING_HOURS)
        .pauseStrategy(PauseStrategy.ELAPSED_TIME_REALIGNED).build();

    IndicatorCalculator april = march.newBuilder().period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)).build();

    assertThat(april.periodStart()).isEqualTo(vn("2026-04-01T00:00"));
    assertThat(april.syncRateFactor()).isEqualTo(0.8);
    assertThat(april.listedCodes()).isEqualTo(4);
    assertThat(april.populationDatabases()).containsExactly(NationalDatabase.of("7"));
    assertThat(april.lookUp(Fixtures.BIRTH)).isPresent();
    assertThat(april.workingDayConvention()).isEqualTo(WorkingDayConvention.WORKING_HOURS);
    assertThat(april.pauseStrategy()).isEqualTo(PauseStrategy.ELAPSED_TIME_REALIGNED);
    assertThat(april.toString()).contains("workingDayConvention=WORKING_HOURS", "pauseStrategy=ELAPSED_TIME_REALIGNED");
    assertThat(march.periodStart()).isEqualTo(vn("2026-03-01T00:00"));
  }

  @Test
  void compute_emptyStream_reportWithoutData() {
    IndicatorReport report = Fixtures.march().build().compute(Stream.empty());

    assertThat(report.overall().dossiers()).isZero();
    assertThat(report.overall().onTime().rate().hasData()).isFalse();
    assertThat(report.agencies()).isEmpty();
    assertThat(report.procedures()).isEmpty();
  }
}
