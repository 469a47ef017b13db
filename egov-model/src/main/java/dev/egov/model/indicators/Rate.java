package dev.egov.model.indicators;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A rate as an exact fraction: how many dossiers meet a criterion (the numerator, tử số) out of how many it is measured
 * on (the denominator, mẫu số). A rate over no dossiers has <em>no data</em>: {@link #value()} is empty, never {@code
 * NaN}, and it prints as {@code N/A}, as the formula document of QĐ 766/QĐ-TTg allows ("nếu mẫu số = 0: hiển thị 0
 * hoặc N/A").
 *
 * <pre>{@code
 * Rate rate = Rate.of(3, 4);
 * rate.value();      // OptionalDouble[0.75]
 * rate.toString();   // "3/4 (75.00%)"
 * Rate.of(0, 0).percent();   // OptionalDouble.empty
 * }</pre>
 *
 * @param numerator how many dossiers meet the criterion, from 0 to {@code denominator}
 * @param denominator how many dossiers the rate is measured on, 0 or more
 * @since 0.1.0
 */
public record Rate(long numerator, long denominator) {

  /** A rate over no dossiers. */
  public static final Rate NO_DATA = new Rate(0, 0);

  /**
   * Checks the fraction.
   *
   * @param numerator how many dossiers meet the criterion, from 0 to {@code denominator}
   * @param denominator how many dossiers the rate is measured on, 0 or more
   * @throws IllegalArgumentException if the denominator is negative, or the numerator is negative or above it
   */
  public Rate {
    if (denominator < 0 || numerator < 0 || numerator > denominator) {
      throw new IllegalArgumentException(
          "A rate is 0 <= numerator <= denominator, got " + numerator + "/" + denominator);
    }
  }

  /**
   * Returns the rate {@code numerator/denominator}.
   *
   * @param numerator how many dossiers meet the criterion
   * @param denominator how many dossiers the rate is measured on
   * @return the rate
   * @throws IllegalArgumentException if the denominator is negative, or the numerator is negative or above it
   */
  public static Rate of(long numerator, long denominator) {
    return numerator == 0 && denominator == 0 ? NO_DATA : new Rate(numerator, denominator);
  }

  /**
   * Returns whether the rate is measured on at least one dossier.
   *
   * @return whether the denominator is positive
   */
  public boolean hasData() {
    return denominator > 0;
  }

  /**
   * Returns the rate as a number from 0 to 1.
   *
   * @return the value, or empty when there is no data
   */
  public OptionalDouble value() {
    return hasData() ? OptionalDouble.of((double) numerator / denominator) : OptionalDouble.empty();
  }

  /**
   * Returns the rate as a percentage from 0 to 100.
   *
   * @return the percentage, or empty when there is no data
   */
  public OptionalDouble percent() {
    return hasData() ? OptionalDouble.of(100.0 * numerator / denominator) : OptionalDouble.empty();
  }

  /**
   * Returns how many dossiers of the denominator do not meet the criterion.
   *
   * @return {@code denominator - numerator}
   */
  public long shortfall() {
    return denominator - numerator;
  }

  /**
   * Returns this rate plus another: the sum of the numerators over the sum of the denominators.
   *
   * @param other another rate
   * @return the pooled rate
   * @throws ArithmeticException if a sum overflows
   */
  public Rate plus(Rate other) {
    return of(Math.addExact(numerator, other.numerator), Math.addExact(denominator, other.denominator));
  }

  /**
   * Formats a percentage with two decimals, as the formula document suggests, or {@code N/A}.
   *
   * @param percent a percentage, or empty
   * @return {@code "75.00%"} or {@code "N/A"}
   */
  static String formatPercent(OptionalDouble percent) {
    return percent.isPresent() ? String.format(Locale.ROOT, "%.2f%%", percent.getAsDouble()) : "N/A";
  }

  /** Returns {@code numerator/denominator (percent)}, such as {@code 3/4 (75.00%)} or {@code 0/0 (N/A)}. */
  @Override
  public String toString() {
    return numerator + "/" + denominator + " (" + formatPercent(percent()) + ')';
  }
}
