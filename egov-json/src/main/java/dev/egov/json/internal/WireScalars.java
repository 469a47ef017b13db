package dev.egov.json.internal;

import static dev.egov.model.calendar.WorkingCalendar.VIETNAM;

import dev.egov.json.JsonDecodingException;
import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.model.PartialDate;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The national systems' scalar conventions (docs/gateways.md, Wire conventions), read tolerantly and written exactly.
 *
 * <p>Readers take the raw text of a scalar (a JSON string or number's text, an XML element's text) and the field's
 * JSON Pointer for errors. Empty and blank text is absent. Unusable text throws {@link JsonDecodingException} naming
 * the field, never quoting the value. Local date-times are in {@code Asia/Ho_Chi_Minh}.
 */
public final class WireScalars {

  /** The zone of every local date-time on the wire. */

  private WireScalars() {}

  /** Returns {@code raw} or {@code null} when it is absent, empty or blank. */
  public static @Nullable String text(@Nullable String raw) {
    return raw == null || raw.isBlank() ? null : raw;
  }

  /** Returns {@code raw}, throwing {@link Reason#MISSING_FIELD} when it is absent, empty or blank. */
  public static String required(@Nullable String raw, String field) {
    String text = text(raw);
    if (text == null) {
      throw new JsonDecodingException(Reason.MISSING_FIELD, field, "a value is required");
    }
    return text;
  }

  /**
   * Reads a local date-time in any form the portal and provincial systems write: {@code yyyyMMddHHmmss} (the
   * portal's), {@code yyyyMMddHHmm}, {@code yyyyMMdd} (start of day), ISO-8601 with or without an offset ({@code
   * 2026-01-20T09:30:41}), {@code yyyy-MM-dd HH:mm:ss}, {@code yyyy-MM-dd}, {@code dd/MM/yyyy HH:mm:ss}, {@code
   * dd/MM/yyyy HH:mm} and {@code dd/MM/yyyy}. Text without an offset is Vietnamese local time.
   *
   * @return the instant, or {@code null} for absent text
   */
  public static @Nullable Instant instant(@Nullable String raw, String field) {
    String s = text(raw);
    if (s == null) {
      return null;
    }
    s = s.strip();
    try {
      int n = s.length();
      if (allDigits(s)) {
        if (n == 14) {
          return local(digits(s, 0, 4), digits(s, 4, 6), digits(s, 6, 8), digits(s, 8, 10), digits(s, 10, 12),
              digits(s, 12, 14));
        }
        if (n == 12) {
          return local(digits(s, 0, 4), digits(s, 4, 6), digits(s, 6, 8), digits(s, 8, 10), digits(s, 10, 12), 0);
        }
        if (n == 8) {
          return local(digits(s, 0, 4), digits(s, 4, 6), digits(s, 6, 8), 0, 0, 0);
        }
      }
      if (n >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
        if (n == 10) {
          return LocalDate.parse(s).atStartOfDay(VIETNAM).toInstant();
        }
        String iso = s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
        if (hasOffset(iso)) {
          return OffsetDateTime.parse(iso).toInstant();
        }
        return LocalDateTime.parse(iso).atZone(VIETNAM).toInstant();
      }
      if (n >= 10 && s.charAt(2) == '/' && s.charAt(5) == '/') {
        int day = digits(s, 0, 2);
        int month = digits(s, 3, 5);
        int year = digits(s, 6, 10);
        if (n == 10) {
          return local(year, month, day, 0, 0, 0);
        }
        if (s.charAt(10) == ' ' && (n == 16 || n == 19) && s.charAt(13) == ':') {
          int second = n == 19 && s.charAt(16) == ':' ? digits(s, 17, 19) : 0;
          return local(year, month, day, digits(s, 11, 13), digits(s, 14, 16), second);
        }
      }
    } catch (DateTimeException | NumberFormatException | StringIndexOutOfBoundsException e) {
      throw new JsonDecodingException(Reason.INVALID_VALUE, field, "not a date and time that exists");
    }
    throw new JsonDecodingException(Reason.INVALID_VALUE, field,
        "expected a date and time such as yyyyMMddHHmmss, ISO-8601 or dd/MM/yyyy HH:mm:ss");
  }

  private static boolean hasOffset(String iso) {
    if (iso.endsWith("Z")) {
      return true;
    }
    int t = iso.indexOf('T');
    return t > 0 && (iso.indexOf('+', t) > 0 || iso.indexOf('-', t) > 0);
  }

  private static Instant local(int year, int month, int day, int hour, int minute, int second) {
    return LocalDateTime.of(year, month, day, hour, minute, second).atZone(VIETNAM).toInstant();
  }

  /** Writes an instant as the portal does: {@code yyyyMMddHHmmss}, Vietnamese local time. */
  public static String portalDateTime(Instant instant) {
    return local(instant, new char[14], 0, 4, 6, 8, 10, 12);
  }

  /**
   * Writes an instant as the portal's sharing services and logs do: {@code dd/MM/yyyy HH:mm:ss}, Vietnamese local time
   * ({@code TraCuuHoSo}'s dates). Read back by {@link #instant}.
   */
  public static String slashDateTime(Instant instant) {
    return local(instant, "dd/MM/yyyy HH:mm:ss".toCharArray(), 6, 3, 0, 11, 14, 17);
  }

  /** Fills a template with an instant's Vietnamese local time, each part at its offset. */
  private static String local(Instant instant, char[] out, int year, int month, int day, int hour, int minute,
      int second) {
    LocalDateTime t = LocalDateTime.ofInstant(instant, VIETNAM);
    put(out, year, t.getYear(), 4);
    put(out, month, t.getMonthValue(), 2);
    put(out, day, t.getDayOfMonth(), 2);
    put(out, hour, t.getHour(), 2);
    put(out, minute, t.getMinute(), 2);
    put(out, second, t.getSecond(), 2);
    return new String(out);
  }

  private static void put(char[] out, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  /**
   * Reads a partial date in the forms the population database and provincial systems write: {@code yyyyMMdd}, {@code
   * yyyy-MM-dd}, {@code yyyy-MM}, {@code yyyy}, {@code dd/MM/yyyy}, {@code MM/yyyy}; {@code 00} month or day fillers
   * ({@code 19850000}, {@code 19850700}) mean the part is unknown.
   *
   * @return the date, {@link PartialDate#unknown()} for absent text
   */
  public static PartialDate partialDate(@Nullable String raw, String field) {
    String s = text(raw);
    if (s == null) {
      return PartialDate.unknown();
    }
    s = s.strip();
    try {
      int n = s.length();
      if (allDigits(s) && (n == 8 || n == 6 || n == 4)) {
        int year = digits(s, 0, 4);
        int month = n >= 6 ? digits(s, 4, 6) : 0;
        int day = n == 8 ? digits(s, 6, 8) : 0;
        return partial(year, month, day);
      }
      if (n == 10 && s.charAt(2) == '/' && s.charAt(5) == '/') {
        return partial(digits(s, 6, 10), digits(s, 3, 5), digits(s, 0, 2));
      }
      if (n == 7 && s.charAt(2) == '/') {
        return partial(digits(s, 3, 7), digits(s, 0, 2), 0);
      }
      return PartialDate.parse(s);
    } catch (DateTimeException | NumberFormatException e) {
      throw new JsonDecodingException(Reason.INVALID_VALUE, field,
          e instanceof DateTimeParseException
              ? "expected yyyyMMdd, yyyy-MM-dd, yyyy-MM, yyyy, dd/MM/yyyy or MM/yyyy"
              : "not a date that exists");
    }
  }

  private static PartialDate partial(int year, int month, int day) {
    if (month == 0) {
      if (day != 0) {
        throw new DateTimeException("a day without a month");
      }
      return PartialDate.ofYear(year);
    }
    return day == 0 ? PartialDate.ofYearMonth(year, month) : PartialDate.of(year, month, day);
  }

  /**
   * Reads a boolean as the national systems write it: {@code True}/{@code False} in any case, {@code 1}/{@code 0}.
   *
   * @return the value, or {@code null} for absent text
   */
  public static @Nullable Boolean bool(@Nullable String raw, String field) {
    String s = text(raw);
    if (s == null) {
      return null;
    }
    s = s.strip();
    if (s.equals("1") || s.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (s.equals("0") || s.equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    throw new JsonDecodingException(Reason.INVALID_VALUE, field, "expected True, False, 1 or 0");
  }

  /** Writes a boolean as the portal does: {@code True} or {@code False}. */
  public static String portalBoolean(boolean value) {
    return value ? "True" : "False";
  }

  /**
   * Reads a whole, non-negative amount (đồng) written as a number or a string, with optional {@code .}, {@code ,} or
   * space thousands separators ({@code 50000}, {@code "50.000"}); a fraction of zero ({@code 50000.0}) is accepted.
   *
   * @return the amount, or {@code null} for absent text
   */
  public static @Nullable Long amount(@Nullable String raw, String field) {
    String s = text(raw);
    if (s == null) {
      return null;
    }
    s = s.strip();
    if (s.endsWith(".0") || s.endsWith(".00")) {
      s = s.substring(0, s.indexOf('.'));
    }
    long value = 0;
    int digitsInGroup = 0;
    boolean grouped = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (value > (Long.MAX_VALUE - 9) / 10) {
          throw new JsonDecodingException(Reason.INVALID_VALUE, field, "amount too large");
        }
        value = value * 10 + (c - '0');
        digitsInGroup++;
      } else if ((c == '.' || c == ',' || c == ' ') && i > 0 && (!grouped || digitsInGroup == 3)) {
        grouped = true;
        digitsInGroup = 0;
      } else {
        throw new JsonDecodingException(Reason.INVALID_VALUE, field, "expected a whole, non-negative amount");
      }
    }
    if (s.isEmpty() || (grouped && digitsInGroup != 3)) {
      throw new JsonDecodingException(Reason.INVALID_VALUE, field, "expected a whole, non-negative amount");
    }
    return value;
  }

  /**
   * Reads a whole number written as a number or a string.
   *
   * @return the number, or {@code null} for absent text
   */
  public static @Nullable Integer integer(@Nullable String raw, String field) {
    Long value = amount(raw, field);
    if (value != null && value > Integer.MAX_VALUE) {
      throw new JsonDecodingException(Reason.INVALID_VALUE, field, "number too large");
    }
    return value == null ? null : value.intValue();
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static int digits(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new NumberFormatException("not a digit");
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
