package dev.egov.model.indicators;

import java.util.Objects;

/**
 * One rate indicator of QĐ 766/QĐ-TTg for one group of dossiers: the rate, and the dossiers that count against it,
 * those in the denominator but not in the numerator. {@code against().total()} is {@code rate().shortfall()}.
 *
 * @param rate the rate, an exact fraction
 * @param against the dossiers in the denominator that miss the criterion, bounded
 * @since 0.1.0
 */
public record Figure(Rate rate, CodeSample against) {

  /**
   * Checks the parts.
   *
   * @param rate the rate, an exact fraction
   * @param against the dossiers in the denominator that miss the criterion, bounded
   * @throws IllegalArgumentException if the sample's total is not the rate's shortfall
   */
  public Figure {
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(against, "against");
    if (against.total() != rate.shortfall()) {
      throw new IllegalArgumentException(
          "against counts " + against.total() + " dossiers, the rate misses " + rate.shortfall());
    }
  }
}
