package dev.egov.model.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day off for a public holiday.
 *
 * @param date the day
 * @param holiday the holiday the day belongs to; a compensatory or swapped day belongs to the holiday that caused it
 * @param kind whether the day is the holiday itself, a compensatory day or a swapped day
 * @since 0.1.0
 */
public record DayOff(LocalDate date, Holiday holiday, DayOffKind kind) {

  /**
   * Checks that no component is {@code null}.
   *
   * @param date the day
   * @param holiday the holiday the day belongs to; a compensatory or swapped day belongs to the holiday that caused it
   * @param kind whether the day is the holiday itself, a compensatory day or a swapped day
   * @throws NullPointerException if a component is {@code null}
   */
  public DayOff {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(holiday, "holiday");
    Objects.requireNonNull(kind, "kind");
  }
}
