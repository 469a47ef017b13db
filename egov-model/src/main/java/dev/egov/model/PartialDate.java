package dev.egov.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A calendar date of which only some parts may be known: the year, the year and month, the full date, or nothing.
 *
 * <p>The population database records birth dates this way: {@code NgayThangNam} ({@code yyyyMMdd}) when the full
 * date is known, otherwise only {@code Nam} ({@code yyyy}) (QCVN 109:2017/BTTTT; see docs/population-database.md, Birth dates). A partial
 * date is a range of possible days, and comparisons say what is certain and what is merely possible:
 *
 * <pre>{@code
 * PartialDate born = PartialDate.parse("1985");
 * born.couldBeOnOrBefore(LocalDate.of(1985, 3, 1));   // true: any day of 1985 is possible
 * born.isDefinitelyBefore(LocalDate.of(1985, 3, 1));  // false: it may be later in 1985
 * born.isDefinitelyBefore(LocalDate.of(1986, 1, 1));  // true
 * }</pre>
 *
 * <p><b>Text form.</b> ISO-8601 prefixes: {@code "1985"}, {@code "1985-07"}, {@code "1985-07-14"}, and {@code ""}
 * for an unknown date. Years run from 1 to 9999.
 *
 * <p><b>Ordering.</b> Dates order by their earliest possible day; on a tie the less precise comes first
 * ({@code 1985 < 1985-01 < 1985-01-01}); the unknown date sorts last. The order is consistent with {@code equals}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PartialDate implements Comparable<PartialDate> {

  /** How much of a {@link PartialDate} is known. Constants are ordered from least to most precise. */
  public enum Precision {
    /** Nothing is known. */
    UNKNOWN,
    /** Only the year is known. */
    YEAR,
    /** The year and month are known. */
    MONTH,
    /** The full date is known. */
    DAY
  }

  private static final PartialDate UNKNOWN = new PartialDate(Precision.UNKNOWN, 0, 0, 0);

  private final Precision precision;
  private final int year;
  private final int month;
  private final int day;

  private PartialDate(Precision precision, int year, int month, int day) {
    this.precision = precision;
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /**
   * Returns the unknown date.
   *
   * @return the partial date of which nothing is known
   */
  public static PartialDate unknown() {
    return UNKNOWN;
  }

  /**
   * Returns a date of which only the year is known.
   *
   * @param year the year, 1 to 9999
   * @return the partial date
   * @throws DateTimeException if the year is out of range
   */
  public static PartialDate ofYear(int year) {
    checkYear(year);
    return new PartialDate(Precision.YEAR, year, 0, 0);
  }

  /**
   * Returns a date of which the year and month are known.
   *
   * @param year the year, 1 to 9999
   * @param month the month, 1 to 12
   * @return the partial date
   * @throws DateTimeException if the year or month is out of range
   */
  public static PartialDate ofYearMonth(int year, int month) {
    checkYear(year);
    if (month < 1 || month > 12) {
      throw new DateTimeException("Invalid month " + month + ", expected 1 to 12");
    }
    return new PartialDate(Precision.MONTH, year, month, 0);
  }

  /**
   * Returns a fully known date.
   *
   * @param date the date; its year must be 1 to 9999
   * @return the partial date
   * @throws DateTimeException if the year is out of range
   */
  public static PartialDate of(LocalDate date) {
    Objects.requireNonNull(date, "date");
    checkYear(date.getYear());
    return new PartialDate(Precision.DAY, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Returns a fully known date.
   *
   * @param year the year, 1 to 9999
   * @param month the month, 1 to 12
   * @param day the day of the month
   * @return the partial date
   * @throws DateTimeException if the date does not exist
   */
  public static PartialDate of(int year, int month, int day) {
    return of(LocalDate.of(year, month, day));
  }

  /**
   * Parses {@code "yyyy"}, {@code "yyyy-MM"}, {@code "yyyy-MM-dd"}, or {@code ""} (unknown).
   *
   * @param text the text to parse
   * @return the partial date
   * @throws DateTimeParseException if the text has none of these forms or names a date that does not exist
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PartialDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int length = text.length();
    if (length == 0) {
      return UNKNOWN;
    }
    try {
      if (length == 4) {
        return ofYear(digits(text, 0, 4));
      }
      if (length == 7 && text.charAt(4) == '-') {
        return ofYearMonth(digits(text, 0, 4), digits(text, 5, 7));
      }
      if (length == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
        return of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
      }
    } catch (DateTimeException e) {
      throw new DateTimeParseException(
          "Not a date: " + e.getMessage(), text.length() > 16 ? text.subSequence(0, 16) + "…" : text, 0, e);
    }
    throw new DateTimeParseException(
        "Expected yyyy, yyyy-MM, yyyy-MM-dd or an empty string", text.length() > 16 ? "(" + length + " chars)" : text, 0);
  }

  private static int digits(CharSequence text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new DateTimeException("not an ASCII digit at index " + i);
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static void checkYear(int year) {
    if (year < 1 || year > 9999) {
      throw new DateTimeException("Invalid year " + year + ", expected 1 to 9999");
    }
  }

  /**
   * Returns how much of this date is known.
   *
   * @return the precision
   */
  public Precision precision() {
    return precision;
  }

  /**
   * Returns whether at least the year is known.
   *
   * @return {@code false} only for the unknown date
   */
  public boolean isKnown() {
    return precision != Precision.UNKNOWN;
  }

  /**
   * Returns the year, if known.
   *
   * @return the year, or empty
   */
  public OptionalInt year() {
    return precision == Precision.UNKNOWN ? OptionalInt.empty() : OptionalInt.of(year);
  }

  /**
   * Returns the month (1 to 12), if known.
   *
   * @return the month, or empty
   */
  public OptionalInt month() {
    return precision.compareTo(Precision.MONTH) >= 0 ? OptionalInt.of(month) : OptionalInt.empty();
  }

  /**
   * Returns the day of the month, if known.
   *
   * @return the day, or empty
   */
  public OptionalInt day() {
    return precision == Precision.DAY ? OptionalInt.of(day) : OptionalInt.empty();
  }

  /**
   * Returns the full date, if known.
   *
   * @return the date, or empty unless the precision is {@link Precision#DAY}
   */
  public Optional<LocalDate> toLocalDate() {
    return precision == Precision.DAY ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
  }

  /**
   * Returns the earliest day this date could be.
   *
   * @return the first possible day, or empty for the unknown date
   */
  public Optional<LocalDate> earliest() {
    return precision == Precision.UNKNOWN ? Optional.empty() : Optional.of(earliestDay());
  }

  /**
   * Returns the latest day this date could be.
   *
   * @return the last possible day, or empty for the unknown date
   */
  public Optional<LocalDate> latest() {
    return precision == Precision.UNKNOWN ? Optional.empty() : Optional.of(latestDay());
  }

  private LocalDate earliestDay() {
    switch (precision) {
      case YEAR:
        return LocalDate.of(year, 1, 1);
      case MONTH:
        return LocalDate.of(year, month, 1);
      default:
        return LocalDate.of(year, month, day);
    }
  }

  private LocalDate latestDay() {
    switch (precision) {
      case YEAR:
        return LocalDate.of(year, 12, 31);
      case MONTH:
        return YearMonth.of(year, month).atEndOfMonth();
      default:
        return LocalDate.of(year, month, day);
    }
  }

  /**
   * Returns whether {@code date} is one of the days this partial date could be. The unknown date contains every day.
   *
   * @param date the day to test
   * @return whether the day is possible
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return precision == Precision.UNKNOWN || (!date.isBefore(earliestDay()) && !date.isAfter(latestDay()));
  }

  /**
   * Returns whether this date could be on or before {@code date}: true unless every possible day is after it. The
   * unknown date could be any day.
   *
   * @param date the day to compare with
   * @return whether some possible day is on or before {@code date}
   */
  public boolean couldBeOnOrBefore(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return precision == Precision.UNKNOWN || !earliestDay().isAfter(date);
  }

  /**
   * Returns whether this date could be on or before some possible day of {@code other}.
   *
   * @param other the partial date to compare with
   * @return whether the ranges allow this date to be on or before the other
   */
  public boolean couldBeOnOrBefore(PartialDate other) {
    Objects.requireNonNull(other, "other");
    return precision == Precision.UNKNOWN
        || other.precision == Precision.UNKNOWN
        || !earliestDay().isAfter(other.latestDay());
  }

  /**
   * Returns whether this date could be on or after {@code date}: true unless every possible day is before it.
   *
   * @param date the day to compare with
   * @return whether some possible day is on or after {@code date}
   */
  public boolean couldBeOnOrAfter(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return precision == Precision.UNKNOWN || !latestDay().isBefore(date);
  }

  /**
   * Returns whether every possible day of this date is before {@code date}. Never true for the unknown date.
   *
   * @param date the day to compare with
   * @return whether this date is certainly before {@code date}
   */
  public boolean isDefinitelyBefore(LocalDate date) {
    return !couldBeOnOrAfter(date);
  }

  /**
   * Returns whether every possible day of this date is after {@code date}. Never true for the unknown date.
   *
   * @param date the day to compare with
   * @return whether this date is certainly after {@code date}
   */
  public boolean isDefinitelyAfter(LocalDate date) {
    return !couldBeOnOrBefore(date);
  }

  /**
   * Returns the ISO-8601 text: {@code "1985"}, {@code "1985-07"}, {@code "1985-07-14"}, or {@code ""} when unknown.
   *
   * @return the text form, accepted by {@link #parse(CharSequence)}
   */
  @JsonValue
  public String format() {
    if (precision == Precision.UNKNOWN) {
      return "";
    }
    // Composed in one buffer (the year is 1 to 9999, month and day two digits): writers format every birth date.
    char[] out = new char[10];
    digits(out, 0, year, 4);
    if (precision == Precision.YEAR) {
      return new String(out, 0, 4);
    }
    out[4] = '-';
    digits(out, 5, month, 2);
    if (precision == Precision.MONTH) {
      return new String(out, 0, 7);
    }
    out[7] = '-';
    digits(out, 8, day, 2);
    return new String(out);
  }

  /** Writes {@code value} as {@code width} digits, zero-padded, at {@code at}. */
  private static void digits(char[] out, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  @Override
  public int compareTo(PartialDate other) {
    if (precision == Precision.UNKNOWN || other.precision == Precision.UNKNOWN) {
      return Boolean.compare(precision == Precision.UNKNOWN, other.precision == Precision.UNKNOWN);
    }
    int byDay = earliestDay().compareTo(other.earliestDay());
    return byDay != 0 ? byDay : precision.compareTo(other.precision);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PartialDate
        && ((PartialDate) o).precision == precision
        && ((PartialDate) o).year == year
        && ((PartialDate) o).month == month
        && ((PartialDate) o).day == day;
  }

  @Override
  public int hashCode() {
    return Objects.hash(precision, year, month, day);
  }

  /**
   * Returns the {@linkplain #format() text form}, or {@code "unknown"}. A birth date on its own is not masked; records
   * that pair it with a name or identifier mask the pair.
   */
  @Override
  public String toString() {
    return precision == Precision.UNKNOWN ? "unknown" : format();
  }
}
