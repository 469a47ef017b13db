package dev.egov.model.calendar;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A period during which the processing clock of a dossier stood still, such as the wait for a supplement.
 *
 * <pre>{@code
 * Pause supplement = Pause.of(PauseReason.SUPPLEMENT_REQUEST,
 *     Instant.parse("2026-03-04T02:00:00Z"), Instant.parse("2026-03-09T02:00:00Z"));
 * Pause stillWaiting = Pause.ongoing(PauseReason.FINANCIAL_OBLIGATION, Instant.parse("2026-03-10T02:00:00Z"));
 * }</pre>
 *
 * @param reason why the clock stopped
 * @param start when it stopped: the time of the request
 * @param end when it resumed (the supplement or payment was received), or {@code null} while the pause goes on
 * @since 0.1.0
 */
public record Pause(PauseReason reason, Instant start, @Nullable Instant end) {

  /**
   * Checks the order of the instants.
   *
   * @param reason why the clock stopped
   * @param start when it stopped: the time of the request
   * @param end when it resumed (the supplement or payment was received), or {@code null} while the pause goes on
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public Pause {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(start, "start");
    if (end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("Pause end " + end + " is before its start " + start);
    }
  }

  /**
   * Returns a pause that has ended.
   *
   * @param reason why the clock stopped
   * @param start when it stopped
   * @param end when it resumed, not before {@code start}
   * @return the pause
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public static Pause of(PauseReason reason, Instant start, Instant end) {
    Objects.requireNonNull(end, "end");
    return new Pause(reason, start, end);
  }

  /**
   * Returns a pause that has not ended yet.
   *
   * @param reason why the clock stopped
   * @param start when it stopped
   * @return the pause
   */
  public static Pause ongoing(PauseReason reason, Instant start) {
    return new Pause(reason, start, null);
  }

  /**
   * Returns whether the pause goes on: the clock has not resumed.
   *
   * @return whether {@code end} is {@code null}
   */
  public boolean isOngoing() {
    return end == null;
  }
}
