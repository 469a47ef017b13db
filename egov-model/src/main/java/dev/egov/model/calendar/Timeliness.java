package dev.egov.model.calendar;

/**
 * How a finished item compares with its due date. See {@link DueDateRule#classify(java.time.Instant,
 * java.time.Instant)}.
 *
 * @since 0.1.0
 */
public enum Timeliness {
  /**
   * Trước hạn: finished on a calendar day, in the calendar's zone, before the day of the due date. A dossier due on
   * Wednesday at 17:00 and finished on Tuesday is early; finished on Wednesday morning it is merely on time.
   */
  EARLY,
  /** Đúng hạn: finished at or before the due date, on the day of the due date. */
  ON_TIME,
  /** Quá hạn: finished after the due date. */
  LATE
}
