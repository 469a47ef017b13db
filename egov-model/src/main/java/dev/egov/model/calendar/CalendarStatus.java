package dev.egov.model.calendar;

/**
 * Whether a year's holidays come from a published notice or are computed.
 *
 * @since 0.1.0
 */
public enum CalendarStatus {
  /**
   * The days off and make-up days were published: the annual notice on the holidays of civil servants (for example
   * TB 9441/TB-BNV for 2026), bundled with egov or supplied by the user.
   */
  PUBLISHED,
  /**
   * No notice is known, so the days off are computed from the statutory rules with egov's documented defaults (see
   * {@link HolidayCalendar}). The Prime Minister's choices (which five days of Tết, which second day of National Day,
   * any swapped days) may differ once the notice is published.
   */
  PROVISIONAL
}
