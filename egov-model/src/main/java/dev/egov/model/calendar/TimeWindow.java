package dev.egov.model.calendar;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A period of office hours within a day, from {@code start} (inclusive) to {@code end} (exclusive), in local time.
 *
 * <pre>{@code
 * TimeWindow morning = TimeWindow.of(LocalTime.of(7, 0), LocalTime.of(11, 30));
 * }</pre>
 *
 * @param start the time the office opens
 * @param end the time it closes, after {@code start} on the same day
 * @since 0.1.0
 */
public record TimeWindow(LocalTime start, LocalTime end) {

  /**
   * Checks that the window is not empty.
   *
   * @param start the time the office opens
   * @param end the time it closes, after {@code start} on the same day
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public TimeWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("TimeWindow end " + end + " must be after start " + start);
    }
  }

  /**
   * Returns a window.
   *
   * @param start the time the office opens
   * @param end the time it closes, after {@code start}
   * @return the window
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public static TimeWindow of(LocalTime start, LocalTime end) {
    return new TimeWindow(start, end);
  }

  /** Returns {@code start–end}, for example {@code 07:00–11:30}. */
  @Override
  public String toString() {
    return start + "–" + end;
  }
}
