package dev.egov.model.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The due date of a dossier as its pauses moved it: the initial due date, then one change per pause.
 *
 * <p>Computed by {@link DueDateRule#history(Instant, List)}.
 *
 * @param initialDueDate the due date computed at receipt, before any pause
 * @param changes one change per pause, in order; only the last may belong to an ongoing pause
 * @since 0.1.0
 */
public record DueDateHistory(Instant initialDueDate, List<DueDateChange> changes) {

  /**
   * Copies the changes and checks that they chain.
   *
   * @param initialDueDate the due date computed at receipt, before any pause
   * @param changes one change per pause, in order; only the last may belong to an ongoing pause
   * @throws IllegalArgumentException if a change does not start from the due date the previous one ended with, or a
   *     change other than the last belongs to an ongoing pause
   */
  public DueDateHistory {
    Objects.requireNonNull(initialDueDate, "initialDueDate");
    Objects.requireNonNull(changes, "changes");
    changes = List.copyOf(changes);
    Instant due = initialDueDate;
    for (int i = 0; i < changes.size(); i++) {
      DueDateChange change = changes.get(i);
      if (!change.before().equals(due)) {
        throw new IllegalArgumentException(
            "changes[" + i + "].before is " + change.before() + ", expected the previous due date " + due);
      }
      if (change.after() == null && i < changes.size() - 1) {
        throw new IllegalArgumentException("changes[" + i + "] belongs to an ongoing pause but is not the last");
      }
      due = change.after();
    }
  }

  /**
   * Returns the due date after every pause.
   *
   * @return the current due date, or empty while the last pause goes on
   */
  public Optional<Instant> currentDueDate() {
    if (changes.isEmpty()) {
      return Optional.of(initialDueDate);
    }
    return Optional.ofNullable(changes.get(changes.size() - 1).after());
  }

  /**
   * Returns whether the clock is stopped: the last pause goes on.
   *
   * @return whether the current due date is unknown
   */
  public boolean isPaused() {
    return currentDueDate().isEmpty();
  }
}
