package dev.egov.model.calendar;

/**
 * Where an unfinished item stands against its due date at some instant. See
 * {@link DueDateRule#status(java.time.Instant, java.time.Instant)}.
 *
 * @since 0.1.0
 */
public enum DueStatus {
  /** Còn hạn: the due date has not passed. */
  ON_TRACK,
  /** Quá hạn: the due date has passed and the item is not finished. */
  OVERDUE
}
