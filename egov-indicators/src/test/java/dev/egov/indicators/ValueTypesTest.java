package dev.egov.indicators;

import static dev.egov.indicators.Fixtures.WARD;
import static dev.egov.indicators.Fixtures.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ValueTypesTest {

  @Test
  void rate_fraction_valuePercentAndText() {
    Rate rate = Rate.of(3, 4);

    assertThat(rate.value().getAsDouble()).isEqualTo(0.75);
    assertThat(rate.percent().getAsDouble()).isEqualTo(75.0);
    assertThat(rate.shortfall()).isEqualTo(1);
    assertThat(rate.hasData()).isTrue();
    assertThat(rate).hasToString("3/4 (75.00%)");
  }

  @Test
  void rate_zeroDenominator_noDataNotNaN() {
    Rate rate = Rate.of(0, 0);

    assertThat(rate).isSameAs(Rate.NO_DATA);
    assertThat(rate.hasData()).isFalse();
    assertThat(rate.value()).isEmpty();
    assertThat(rate.percent()).isEmpty();
    assertThat(rate).hasToString("0/0 (N/A)");
  }

  @Test
  void rate_twoThirds_roundedToTwoDecimals() {
    assertThat(Rate.of(2, 3)).hasToString("2/3 (66.67%)");
    assertThat(Rate.of(2, 3).value().getAsDouble()).isCloseTo(2.0 / 3, within(1e-15));
  }

  @ParameterizedTest
  @CsvSource({"-1, 3", "4, 3", "0, -1"})
  void rate_impossibleFraction_throws(long numerator, long denominator) {
    assertThatThrownBy(() -> Rate.of(numerator, denominator))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(numerator + "/" + denominator);
  }

  @Test
  void rate_plus_poolsNumeratorsAndDenominators() {
    assertThat(Rate.of(1, 2).plus(Rate.of(3, 4))).isEqualTo(Rate.of(4, 6));
    assertThat(Rate.NO_DATA.plus(Rate.NO_DATA)).isSameAs(Rate.NO_DATA);
  }

  @Test
  void codeSample_fewerCodesThanTotal_omitted() {
    CodeSample sample = new CodeSample(List.of(code(WARD, 1)), 5);

    assertThat(sample.omitted()).isEqualTo(4);
    assertThat(sample.isComplete()).isFalse();
    assertThat(sample.lists(code(WARD, 1))).isTrue();
    assertThat(CodeSample.EMPTY.isComplete()).isTrue();
    assertThatThrownBy(() -> new CodeSample(List.of(code(WARD, 1), code(WARD, 2)), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void figure_sampleTotalNotShortfall_throws() {
    assertThatThrownBy(() -> new Figure(Rate.of(1, 3), new CodeSample(List.of(), 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Figure(Rate.of(1, 3), new CodeSample(List.of(), 2)).rate()).isEqualTo(Rate.of(1, 3));
  }

  @Test
  void onlineRateFigure_factor_appliedToValueOnly() {
    OnlineRateFigure figure = new OnlineRateFigure(Rate.of(1, 2), 0.8, new CodeSample(List.of(), 1));

    assertThat(figure.value().getAsDouble()).isCloseTo(0.4, within(1e-12));
    assertThat(figure.percent().getAsDouble()).isCloseTo(40.0, within(1e-9));
    assertThatThrownBy(() -> new OnlineRateFigure(Rate.NO_DATA, Double.NaN, CodeSample.EMPTY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new OnlineRateFigure(Rate.NO_DATA, 0.8, CodeSample.EMPTY).percent()).isEmpty();
  }

  @Test
  void onTimeFigure_countsDisagreeWithRate_throws() {
    Map<OnTimeOutcome, Long> counts = new EnumMap<>(OnTimeOutcome.class);
    for (OnTimeOutcome outcome : OnTimeOutcome.values()) {
      counts.put(outcome, 0L);
    }
    counts.put(OnTimeOutcome.EARLY, 2L);
    counts.put(OnTimeOutcome.OVERDUE, 1L);

    OnTimeFigure figure = new OnTimeFigure(Rate.of(2, 3), counts, new CodeSample(List.of(), 1), CodeSample.EMPTY);

    assertThat(figure.count(OnTimeOutcome.EARLY)).isEqualTo(2);
    assertThat(figure.counts()).containsOnlyKeys(OnTimeOutcome.values());
    assertThatThrownBy(() -> new OnTimeFigure(Rate.of(1, 3), counts, new CodeSample(List.of(), 1), CodeSample.EMPTY))
        .isInstanceOf(IllegalArgumentException.class);
    counts.remove(OnTimeOutcome.LATE);
    assertThatThrownBy(() -> new OnTimeFigure(Rate.of(2, 3), counts, new CodeSample(List.of(), 1), CodeSample.EMPTY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LATE");
  }

  @Test
  void processingTimeFigure_averagesAndRatio() {
    ProcessingTimeFigure figure = new ProcessingTimeFigure(
        2, Duration.ofHours(30), Duration.ofHours(40), CodeSample.EMPTY, CodeSample.EMPTY);

    assertThat(figure.averageActual()).contains(Duration.ofHours(15));
    assertThat(figure.averageStatutory()).contains(Duration.ofHours(20));
    assertThat(figure.ratio().getAsDouble()).isEqualTo(0.75);
    assertThat(new ProcessingTimeFigure(1, Duration.ZERO, Duration.ZERO, CodeSample.EMPTY, CodeSample.EMPTY).ratio())
        .isEmpty();
  }

  @Test
  void outcome_vietnameseLabels() {
    assertThat(OnTimeOutcome.EARLY.vietnameseLabel()).isEqualTo("trước hạn");
    assertThat(OnTimeOutcome.NOT_ASSESSABLE.vietnameseLabel()).isEqualTo("chưa đánh giá được");
  }
}
