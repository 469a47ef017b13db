package dev.egov.model.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A date in the Vietnamese lunisolar calendar (âm lịch): lunar year, month, day, and whether the month is the leap month.
 *
 * <p>The year is the Gregorian year in which the lunar year begins (Tết Bính Ngọ, mùng 1 tháng Giêng, is lunar
 * {@code 2026-01-01}, solar 17 February 2026). Months are numbered 1 (tháng Giêng) to 12 (tháng Chạp); a leap month
 * (tháng nhuận) repeats the number of the month before it and has {@code leap == true}.
 *
 * <pre>{@code
 * LunarDate tet = LunarDate.from(LocalDate.of(2026, 2, 17));   // LunarDate[year=2026, month=1, day=1, leap=false]
 * LocalDate hungKings = LunarDate.of(2026, 3, 10).toLocalDate(); // 2026-04-26, Giỗ Tổ Hùng Vương
 * }</pre>
 *
 * <p>A lunar date is a label: whether it exists (is there a leap month 6 this year? does this month have a 30th day?)
 * depends on the calendar, and is checked when it is converted. {@link #from(LocalDate)} and {@link #toLocalDate()} use
 * the {@linkplain LunarCalendar#official() official Vietnamese calendar}; use a {@link LunarCalendar} for another.
 *
 * @param year the lunar year, named after the Gregorian year in which it begins
 * @param month the month, 1 to 12
 * @param day the day of the month, 1 to 30
 * @param leap whether the month is the leap month (tháng nhuận) of the year
 * @since 0.1.0
 */
public record LunarDate(int year, int month, int day, boolean leap) {

  /**
   * Checks the ranges of the month and day.
   *
   * @param year the lunar year, named after the Gregorian year in which it begins
   * @param month the month, 1 to 12
   * @param day the day of the month, 1 to 30
   * @param leap whether the month is the leap month (tháng nhuận) of the year
   * @throws DateTimeException if the month is not 1 to 12 or the day not 1 to 30
   */
  public LunarDate {
    if (month < 1 || month > 12) {
      throw new DateTimeException("Invalid lunar month " + month + ", expected 1 to 12");
    }
    if (day < 1 || day > 30) {
      throw new DateTimeException("Invalid lunar day " + day + ", expected 1 to 30");
    }
  }

  /**
   * Returns a date in a month that is not a leap month.
   *
   * @param year the lunar year
   * @param month the month, 1 to 12
   * @param day the day of the month, 1 to 30
   * @return the lunar date
   * @throws DateTimeException if the month or day is out of range
   */
  public static LunarDate of(int year, int month, int day) {
    return new LunarDate(year, month, day, false);
  }

  /**
   * Converts a solar date with the {@linkplain LunarCalendar#official() official Vietnamese calendar}.
   *
   * @param date the solar date, 1900-01-01 to 2199-12-31
   * @return the lunar date
   * @throws DateTimeException if the date is outside the supported range
   */
  public static LunarDate from(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return LunarCalendar.official().toLunar(date);
  }

  /**
   * Converts this date to a solar date with the {@linkplain LunarCalendar#official() official Vietnamese calendar}.
   *
   * @return the solar date
   * @throws DateTimeException if this date does not exist in that calendar or lies outside 1900-01-01 to 2199-12-31
   */
  public LocalDate toLocalDate() {
    return LunarCalendar.official().toSolar(this);
  }
}
