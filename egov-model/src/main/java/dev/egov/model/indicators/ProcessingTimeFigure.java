package dev.egov.model.indicators;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Indicator 2.2 of QĐ 766/QĐ-TTg for one group of dossiers, "thời gian giải quyết TTHC trung bình": the working time
 * the finished dossiers took, less their supplement pauses, against the statutory time of their procedures, both
 * measured as working time on the configured calendar. The rules are in the {@linkplain dev.egov.model.indicators
 * package description}.
 *
 * <p>The ratio {@link #ratio()} is {@code totalActual / totalStatutory}: 1 means the dossiers took, on average, their
 * whole statutory time.
 *
 * @param dossiers how many finished dossiers were measured
 * @param totalActual the working time they took, summed
 * @param totalStatutory their statutory times as working time, summed
 * @param against the measured dossiers that took longer than their statutory time, bounded
 * @param notAssessable the finished dossiers that could not be measured (no statutory time known), bounded
 * @since 0.1.0
 */
public record ProcessingTimeFigure(
    long dossiers, Duration totalActual, Duration totalStatutory, CodeSample against, CodeSample notAssessable) {

  /**
   * Checks the parts.
   *
   * @param dossiers how many finished dossiers were measured
   * @param totalActual the working time they took, summed
   * @param totalStatutory their statutory times as working time, summed
   * @param against the measured dossiers that took longer than their statutory time, bounded
   * @param notAssessable the finished dossiers that could not be measured (no statutory time known), bounded
   * @throws IllegalArgumentException if a count or duration is negative, or more dossiers are against than measured
   */
  public ProcessingTimeFigure {
    Objects.requireNonNull(totalActual, "totalActual");
    Objects.requireNonNull(totalStatutory, "totalStatutory");
    Objects.requireNonNull(against, "against");
    Objects.requireNonNull(notAssessable, "notAssessable");
    if (dossiers < 0 || totalActual.isNegative() || totalStatutory.isNegative() || against.total() > dossiers) {
      throw new IllegalArgumentException("Inconsistent processing-time figure: " + dossiers + " dossiers, "
          + totalActual + " actual, " + totalStatutory + " statutory, " + against.total() + " against");
    }
  }

  /**
   * Returns the average working time a measured dossier took.
   *
   * @return the average, or empty when no dossier was measured
   */
  public Optional<Duration> averageActual() {
    return dossiers == 0 ? Optional.empty() : Optional.of(totalActual.dividedBy(dossiers));
  }

  /**
   * Returns the average statutory time of the measured dossiers, as working time.
   *
   * @return the average, or empty when no dossier was measured
   */
  public Optional<Duration> averageStatutory() {
    return dossiers == 0 ? Optional.empty() : Optional.of(totalStatutory.dividedBy(dossiers));
  }

  /**
   * Returns the time taken over the statutory time, {@code totalActual / totalStatutory}.
   *
   * @return the ratio, or empty when no dossier was measured or the statutory times add up to zero
   */
  public OptionalDouble ratio() {
    if (dossiers == 0 || totalStatutory.isZero()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(seconds(totalActual) / seconds(totalStatutory));
  }

  private static double seconds(Duration duration) {
    return duration.getSeconds() + duration.getNano() / 1e9;
  }
}
