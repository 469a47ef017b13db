package dev.egov.model.calendar;

import java.util.Objects;

/**
 * A statutory processing time (thời hạn giải quyết) of an administrative procedure: an amount and a unit, such as
 * "3 ngày làm việc".
 *
 * <pre>{@code
 * ProcessingTime threeWorkingDays = ProcessingTime.ofWorkingDays(3);
 * ProcessingTime fifteenDays = new ProcessingTime(15, ProcessingTimeUnit.CALENDAR_DAYS);
 * }</pre>
 *
 * <p>A fraction of a working day is expressed in working hours: "0,5 ngày làm việc" is {@code ofWorkingHours(4)} with
 * the default 8-hour day.
 *
 * @param amount how many units, 0 to {@value #MAX_AMOUNT}; zero means "on receipt" (trả ngay)
 * @param unit the unit, the portal's {@code DonViTinh}
 * @since 0.1.0
 */
public record ProcessingTime(long amount, ProcessingTimeUnit unit) {

  /** The largest amount accepted: more than any statutory period, and beyond the calendar's range in every unit. */
  public static final long MAX_AMOUNT = 1_000_000;

  /**
   * Checks the amount.
   *
   * @param amount how many units, 0 to {@value #MAX_AMOUNT}; zero means "on receipt" (trả ngay)
   * @param unit the unit, the portal's {@code DonViTinh}
   * @throws IllegalArgumentException if the amount is negative or above {@value #MAX_AMOUNT}
   */
  public ProcessingTime {
    Objects.requireNonNull(unit, "unit");
    if (amount < 0 || amount > MAX_AMOUNT) {
      throw new IllegalArgumentException("ProcessingTime amount must be 0 to " + MAX_AMOUNT + ", not " + amount);
    }
  }

  /**
   * Returns a processing time in working days (ngày làm việc).
   *
   * @param amount how many working days
   * @return the processing time
   * @throws IllegalArgumentException if the amount is out of range
   */
  public static ProcessingTime ofWorkingDays(long amount) {
    return new ProcessingTime(amount, ProcessingTimeUnit.WORKING_DAYS);
  }

  /**
   * Returns a processing time in working hours (giờ).
   *
   * @param amount how many working hours
   * @return the processing time
   * @throws IllegalArgumentException if the amount is out of range
   */
  public static ProcessingTime ofWorkingHours(long amount) {
    return new ProcessingTime(amount, ProcessingTimeUnit.WORKING_HOURS);
  }

  /**
   * Returns a processing time in calendar days (ngày).
   *
   * @param amount how many days
   * @return the processing time
   * @throws IllegalArgumentException if the amount is out of range
   */
  public static ProcessingTime ofCalendarDays(long amount) {
    return new ProcessingTime(amount, ProcessingTimeUnit.CALENDAR_DAYS);
  }

  /**
   * Returns a processing time in months (tháng).
   *
   * @param amount how many months
   * @return the processing time
   * @throws IllegalArgumentException if the amount is out of range
   */
  public static ProcessingTime ofMonths(long amount) {
    return new ProcessingTime(amount, ProcessingTimeUnit.MONTHS);
  }
}
