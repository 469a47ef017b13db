package dev.egov.model.calendar;

/**
 * Why a day is a day off.
 *
 * @since 0.1.0
 */
public enum DayOffKind {
  /** The day is one of the days of the holiday itself. */
  HOLIDAY,
  /**
   * Nghỉ bù: a holiday fell on a weekly rest day and is taken on the next working day instead (Bộ luật Lao động 2019
   * Art. 111(3)).
   */
  COMPENSATORY,
  /**
   * Hoán đổi: a working day that civil servants take off in exchange for working a Saturday (a make-up day, ngày làm bù),
   * so that a holiday makes a longer break. Only published civil-service calendars have such days.
   */
  SWAPPED
}
