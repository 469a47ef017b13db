package dev.egov.model.indicators;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Indicator 3.3 of QĐ 766/QĐ-TTg for one group of dossiers, "tỷ lệ hồ sơ nộp trực tuyến": dossiers received online
 * (with an electronic result, for procedures with a paper result) over every dossier received, times the sync rate of
 * indicator 1.4 that the caller supplies ({@link IndicatorCalculator.Builder#syncRateFactor(double)}).
 *
 * <p>{@link #rate()} is the exact fraction before the factor; {@link #value()} and {@link #percent()} apply it.
 *
 * @param rate online over received, before the sync-rate factor
 * @param syncRateFactor the sync rate, from 0 to 1
 * @param against the received dossiers that do not count as online, bounded
 * @since 0.1.0
 */
public record OnlineRateFigure(Rate rate, double syncRateFactor, CodeSample against) {

  /**
   * Checks the parts.
   *
   * @param rate online over received, before the sync-rate factor
   * @param syncRateFactor the sync rate, from 0 to 1
   * @param against the received dossiers that do not count as online, bounded
   * @throws IllegalArgumentException if the factor is not in [0, 1] or the sample's total is not the shortfall
   */
  public OnlineRateFigure {
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(against, "against");
    if (!(syncRateFactor >= 0 && syncRateFactor <= 1)) {
      throw new IllegalArgumentException("syncRateFactor must be in [0, 1], got " + syncRateFactor);
    }
    if (against.total() != rate.shortfall()) {
      throw new IllegalArgumentException(
          "against counts " + against.total() + " dossiers, the rate misses " + rate.shortfall());
    }
  }

  /**
   * Returns the online rate times the sync-rate factor, from 0 to 1.
   *
   * @return the value, or empty when no dossier was received
   */
  public OptionalDouble value() {
    OptionalDouble value = rate.value();
    return value.isPresent() ? OptionalDouble.of(value.getAsDouble() * syncRateFactor) : value;
  }

  /**
   * Returns the online rate times the sync-rate factor as a percentage.
   *
   * @return the percentage, or empty when no dossier was received
   */
  public OptionalDouble percent() {
    OptionalDouble value = value();
    return value.isPresent() ? OptionalDouble.of(100 * value.getAsDouble()) : value;
  }
}
