package dev.egov.model.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How much of its processing time a piece of work used up to an instant, as a {@link DueDateRule} measures it: the
 * working time from the receipt less the pauses, the processing time as working time, and the due date the rule gives
 * with those pauses. Computed by {@link DueDateRule#measure(Instant, Instant, java.util.List)}.
 *
 * @param end the instant measured up to
 * @param elapsed the working time from the receipt to {@code end}, less the working time of the pauses in between
 * @param allowed the processing time as working time from the receipt (for calendar days and months, the working time
 *     up to their due date)
 * @param dueDate the due date from the receipt, moved by the pauses up to {@code end}
 * @since 0.1.0
 */
public record ElapsedTime(Instant end, Duration elapsed, Duration allowed, Instant dueDate) {

  /**
   * Checks the components.
   *
   * @param end the instant measured up to
   * @param elapsed the working time used, less pauses
   * @param allowed the processing time as working time
   * @param dueDate the due date, moved by the pauses
   * @throws IllegalArgumentException if a duration is negative
   */
  public ElapsedTime {
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(allowed, "allowed");
    Objects.requireNonNull(dueDate, "dueDate");
    if (elapsed.isNegative()) {
      throw new IllegalArgumentException("ElapsedTime elapsed must not be negative: " + elapsed);
    }
    if (allowed.isNegative()) {
      throw new IllegalArgumentException("ElapsedTime allowed must not be negative: " + allowed);
    }
  }

  /**
   * Returns whether the work, ended at {@link #end()}, ended within its processing time: at or before the due date.
   * With {@link PauseStrategy#WORKING_TIME_PAUSE} this is QĐ 766/QĐ-TTg's comparison of the elapsed working time less
   * pauses with the processing time ({@code elapsed ≤ allowed}), except for an end in closed time right after the time
   * ran out, where both are equal and the rule's {@link WorkingDayConvention} decides.
   *
   * @return whether {@code end} is not after {@code dueDate}
   */
  public boolean isWithinTime() {
    return !end.isAfter(dueDate);
  }
}
