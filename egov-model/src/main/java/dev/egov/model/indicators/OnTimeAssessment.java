package dev.egov.model.indicators;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the on-time rule of indicator 2.1 judged one dossier, and on what: {@link IndicatorCalculator#assessOnTime}.
 * Either a due date was compared ({@link #dueAt()} set), or, without one, the elapsed working time with the statutory
 * time ({@link #elapsed()} and {@link #allowed()} set; an end in the closed time right after the time ran out, where
 * they are equal, is judged by the calculator's {@link dev.egov.model.calendar.WorkingDayConvention}).
 *
 * @param outcome the outcome
 * @param end the instant the rule took as the end of processing: the end status's, the single supplement request's,
 *     or the period end for a dossier still open; {@code null} for a dossier not received, or whose end is unknown
 * @param dueAt the due date compared with {@code end}; {@code null} when none was compared (the dossier has none, or
 *     more than one supplement request decided)
 * @param elapsed without a due date, the working time from reception to {@code end} less the pauses, or {@code null}
 * @param allowed without a due date, the statutory time as working time, or {@code null}
 * @param supplementRequests how many supplement requests were made by the end of the period
 * @since 0.1.0
 */
public record OnTimeAssessment(
    OnTimeOutcome outcome,
    @Nullable Instant end,
    @Nullable Instant dueAt,
    @Nullable Duration elapsed,
    @Nullable Duration allowed,
    int supplementRequests) {

  /**
   * Checks the required parts.
   *
   * @param outcome the outcome
   * @param end the instant the rule took as the end of processing: the end status's, the single supplement request's,
   *     or the period end for a dossier still open; {@code null} for a dossier not received, or whose end is unknown
   * @param dueAt the due date compared with {@code end}; {@code null} when none was compared (the dossier has none, or
   *     more than one supplement request decided)
   * @param elapsed without a due date, the working time from reception to {@code end} less the pauses, or {@code null}
   * @param allowed without a due date, the statutory time as working time, or {@code null}
   * @param supplementRequests how many supplement requests were made by the end of the period
   * @throws IllegalArgumentException if {@code supplementRequests} is negative
   */
  public OnTimeAssessment {
    Objects.requireNonNull(outcome, "outcome");
    if (supplementRequests < 0) {
      throw new IllegalArgumentException("supplementRequests < 0: " + supplementRequests);
    }
  }
}
