package dev.egov.model.calendar;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one pause moved a due date: the due date before it (the portal's {@code NgayHenTraTruoc}) and after it
 * ({@code NgayHenTraMoi}).
 *
 * @param pause the pause
 * @param before the due date before the pause
 * @param after the due date after it, or {@code null} while the pause goes on: the new due date is not known until the
 *     clock resumes
 * @since 0.1.0
 */
public record DueDateChange(Pause pause, Instant before, @Nullable Instant after) {

  /**
   * Checks the components.
   *
   * @param pause the pause
   * @param before the due date before the pause
   * @param after the due date after it, or {@code null} while the pause goes on: the new due date is not known until
   *     the clock resumes
   * @throws IllegalArgumentException if {@code after} is before {@code before}, or is given for an ongoing pause, or
   *     missing for one that ended
   */
  public DueDateChange {
    Objects.requireNonNull(pause, "pause");
    Objects.requireNonNull(before, "before");
    if (pause.isOngoing() != (after == null)) {
      throw new IllegalArgumentException(
          "DueDateChange after must be null exactly when the pause is ongoing; pause " + pause + ", after " + after);
    }
    if (after != null && after.isBefore(before)) {
      throw new IllegalArgumentException("DueDateChange after " + after + " is before " + before);
    }
  }
}
