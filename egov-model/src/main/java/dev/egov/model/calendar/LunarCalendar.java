package dev.egov.model.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed astronomically for 1900-01-01 to 2199-12-31.
 *
 * <p><b>How it is computed.</b> As the official calendar is, with Hồ Ngọc Đức's algorithm: a month begins on the local day
 * of a new moon; month 11 is the month containing the winter solstice; in a year of 13 months the first month without a
 * major solar term is the leap month. New moons and solar terms are computed (series of J. Meeus, accurate to minutes) at a
 * fixed time-zone offset, and the offset matters: a new moon shortly before midnight at UTC+7 falls after midnight at
 * UTC+8. That is why the Vietnamese and Chinese calendars differ in some years (Tết 1985: 21 January in Vietnam,
 * 20 February in China; Tết 2007: 17 and 18 February).
 *
 * <p><b>Which offset.</b> {@link #official()} is the calendar of the North and, since 1976, of the whole country: UTC+8
 * for lunar years before 1968 and UTC+7 from lunar year 1968 (Mậu Thân), when the North moved its calendar to its own
 * time zone. The South kept UTC+8 until 1975, so for lunar years 1968–1975 the two calendars can differ (Tết Mậu Thân was
 * 29 January 1968 in the North and 30 January in the South). egov computes the Northern calendar; for the Southern one
 * of those years use {@code withFixedOffset(ZoneOffset.ofHours(8))}. Note that the offset of the calendar is not the
 * civil time zone: tzdata's history of {@code Asia/Ho_Chi_Minh} does not apply to it.
 *
 * <pre>{@code
 * LunarCalendar calendar = LunarCalendar.official();
 * LocalDate tet = calendar.newYear(2026);                        // 2026-02-17
 * OptionalInt leap = calendar.leapMonth(2025);                   // 6: tháng 6 nhuận Ất Tỵ
 * LocalDate chinese = LunarCalendar.withFixedOffset(ZoneOffset.ofHours(8)).newYear(1985); // 1985-02-20
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. Each one holds a precomputed table of the 3,700 months of its range:
 * {@link #official()} returns a shared instance, and {@link #withFixedOffset(ZoneOffset)} computes a new table (about a
 * millisecond), so keep and share the instance it returns.
 *
 * @since 0.1.0
 */
public final class LunarCalendar {

  /** The first solar date this calendar converts. */
  public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);

  /** The last solar date this calendar converts. */
  public static final LocalDate MAX_DATE = LocalDate.of(2199, 12, 31);

  /** The first lunar year whose offset is UTC+7 in the official calendar. */
  private static final int FIRST_YEAR_AT_UTC7 = 1968;

  private final LunarTable table;
  private final String description;

  private LunarCalendar(LunarTable table, String description) {
    this.table = table;
    this.description = description;
  }

  private static final class Official {
    static final LunarCalendar INSTANCE =
        new LunarCalendar(
            LunarTable.compute(year -> year < FIRST_YEAR_AT_UTC7 ? 8 : 7),
            "LunarCalendar[official: UTC+08:00 before lunar year 1968, UTC+07:00 from 1968]");
  }

  /**
   * Returns the official Vietnamese calendar: computed at UTC+8 for lunar years before 1968 and at UTC+7 from 1968.
   *
   * @return the shared official calendar
   */
  public static LunarCalendar official() {
    return Official.INSTANCE;
  }

  /**
   * Returns the calendar computed with the same rules at one offset for every year, for example UTC+8 for the calendar
   * used in the South until 1975 (or, to the precision of the algorithm, the Chinese calendar).
   *
   * @param offset the offset at which new moons and solar terms are dated
   * @return a new calendar; computing it takes about a millisecond, so keep it
   */
  public static LunarCalendar withFixedOffset(ZoneOffset offset) {
    Objects.requireNonNull(offset, "offset");
    double hours = offset.getTotalSeconds() / 3600.0;
    return new LunarCalendar(LunarTable.compute(year -> hours), "LunarCalendar[fixed offset " + offset + "]");
  }

  /**
   * Converts a solar date to a lunar date.
   *
   * @param date the solar date, {@link #MIN_DATE} to {@link #MAX_DATE}
   * @return the lunar date
   * @throws DateTimeException if the date is outside the supported range
   */
  public LunarDate toLunar(LocalDate date) {
    Objects.requireNonNull(date, "date");
    checkRange(date);
    int index = table.indexOfDay(date.toEpochDay());
    if (index < 0) {
      throw outOfRange(date.toString());
    }
    int day = (int) (date.toEpochDay() - table.start(index)) + 1;
    return new LunarDate(table.year(index), table.month(index), day, table.leap(index));
  }

  /**
   * Converts a lunar date to a solar date.
   *
   * @param date the lunar date
   * @return the solar date
   * @throws DateTimeException if the month is not a leap month of that year although {@code leap} is set, if the month
   *     has no such day (a short month has 29 days), or if the solar date is outside {@link #MIN_DATE} to
   *     {@link #MAX_DATE}
   */
  public LocalDate toSolar(LunarDate date) {
    Objects.requireNonNull(date, "date");
    int index = monthIndex(date.year(), date.month(), date.leap());
    int length = table.length(index);
    if (date.day() > length) {
      throw new DateTimeException(
          "Lunar month " + describeMonth(date.year(), date.month(), date.leap()) + " has " + length + " days, not "
              + date.day());
    }
    LocalDate solar = LocalDate.ofEpochDay(table.start(index) + date.day() - 1L);
    checkRange(solar);
    return solar;
  }

  /**
   * Returns the solar date of the lunar new year (mùng 1 Tết Nguyên đán).
   *
   * @param lunarYear the lunar year, 1900 to 2199
   * @return the solar date of its first day
   * @throws DateTimeException if the year is outside the supported range
   */
  public LocalDate newYear(int lunarYear) {
    return toSolar(LunarDate.of(lunarYear, 1, 1));
  }

  /**
   * Returns the number of the leap month of a lunar year, if it has one. A year with a leap month has 13 months.
   *
   * @param lunarYear the lunar year, 1900 to 2199
   * @return the month that is repeated (the leap month follows the ordinary month of that number), or empty
   * @throws DateTimeException if the year is outside the supported range
   */
  public OptionalInt leapMonth(int lunarYear) {
    checkYear(lunarYear);
    for (int month = 1; month <= 12; month++) {
      if (table.indexOf(lunarYear, month, true) >= 0) {
        return OptionalInt.of(month);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Returns the number of days of a lunar month: 29 (tháng thiếu) or 30 (tháng đủ).
   *
   * @param lunarYear the lunar year, 1900 to 2199
   * @param month the month, 1 to 12
   * @param leap whether the leap month of that number is meant
   * @return 29 or 30
   * @throws DateTimeException if the year is outside the supported range, the month out of range, or the leap month
   *     does not exist
   */
  public int lengthOfMonth(int lunarYear, int month, boolean leap) {
    checkYear(lunarYear);
    if (month < 1 || month > 12) {
      throw new DateTimeException("Invalid lunar month " + month + ", expected 1 to 12");
    }
    return table.length(monthIndex(lunarYear, month, leap));
  }

  private int monthIndex(int year, int month, boolean leap) {
    int index = table.indexOf(year, month, leap);
    if (index >= 0) {
      return index;
    }
    if (leap && table.indexOf(year, month, false) >= 0) {
      throw new DateTimeException("Lunar year " + year + " has no leap month " + month);
    }
    throw outOfRange("lunar " + describeMonth(year, month, leap));
  }

  private static void checkYear(int lunarYear) {
    if (lunarYear < MIN_DATE.getYear() || lunarYear > MAX_DATE.getYear()) {
      throw new DateTimeException(
          "Lunar year " + lunarYear + " is outside the supported range " + MIN_DATE.getYear() + " to "
              + MAX_DATE.getYear());
    }
  }

  private static void checkRange(LocalDate date) {
    if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
      throw outOfRange(date.toString());
    }
  }

  private static DateTimeException outOfRange(String what) {
    return new DateTimeException(
        "The lunar calendar supports " + MIN_DATE + " to " + MAX_DATE + "; " + what + " is outside that range");
  }

  private static String describeMonth(int year, int month, boolean leap) {
    return year + "-" + (month < 10 ? "0" : "") + month + (leap ? " (leap)" : "");
  }

  /** Returns a description of the offsets this calendar is computed at. */
  @Override
  public String toString() {
    return description;
  }
}
