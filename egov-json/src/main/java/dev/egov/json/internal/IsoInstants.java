package dev.egov.json.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Canonical JSON's instants in one pass over their characters: the text {@link Instant#toString()} writes (ISO-8601 in
 * UTC, {@code 2026-11-16T02:00:00Z}, a fraction of 3, 6 or 9 digits when there is one) and the reading of exactly that
 * form. {@code java.time}'s formatter builds a {@code StringBuilder}, three intermediate strings and, when parsing, a
 * map of fields per instant; a dossier has a dozen instants or more, and they were half the time of reading one.
 *
 * <p>Both directions cover years 0000 to 9999 and leave everything else to {@code java.time}: {@link #format} returns
 * {@code null} and {@link #parse} returns {@code null} for any other text (an offset, a lower-case {@code t}, a leap
 * second, hour 24, a date that does not exist, …), so that the caller takes {@code java.time}'s path and its result or
 * error is exactly what it was.
 */
public final class IsoInstants {

  /** The longest text {@link #format} writes: {@code yyyy-MM-ddTHH:mm:ss.nnnnnnnnnZ}. */
  public static final int MAX_LENGTH = 30;

  private static final long SECONDS_PER_DAY = 86_400L;
  /** 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z in epoch seconds. */
  private static final long MIN_SECOND = -62_167_219_200L;
  private static final long END_SECOND = 253_402_300_800L;

  private IsoInstants() {}

  /**
   * Writes {@code instant} as {@link Instant#toString()} does into {@code out} from index 0.
   *
   * @param instant the instant
   * @param out at least {@link #MAX_LENGTH} characters
   * @return the number of characters written, or {@code -1} if the year is outside 0000–9999 (nothing useful is
   *     written then)
   */
  public static int format(Instant instant, char[] out) {
    long seconds = instant.getEpochSecond();
    if (seconds < MIN_SECOND || seconds >= END_SECOND) {
      return -1;
    }
    long epochDay = Math.floorDiv(seconds, SECONDS_PER_DAY);
    int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
    // Civil date from the epoch day (the algorithm of java.time.LocalDate.ofEpochDay, for years 0000-9999).
    long zeroDay = epochDay + 719_528 - 60;
    long adjust = 0;
    if (zeroDay < 0) {
      long adjustCycles = (zeroDay + 1) / 146_097 - 1;
      adjust = adjustCycles * 400;
      zeroDay += -adjustCycles * 146_097;
    }
    long yearEst = (400 * zeroDay + 591) / 146_097;
    long doyEst = zeroDay - (365 * yearEst + yearEst / 4 - yearEst / 100 + yearEst / 400);
    if (doyEst < 0) {
      yearEst--;
      doyEst = zeroDay - (365 * yearEst + yearEst / 4 - yearEst / 100 + yearEst / 400);
    }
    yearEst += adjust;
    int marchDoy0 = (int) doyEst;
    int marchMonth0 = (marchDoy0 * 5 + 2) / 153;
    int month = (marchMonth0 + 2) % 12 + 1;
    int day = marchDoy0 - (marchMonth0 * 306 + 5) / 10 + 1;
    int year = (int) (yearEst + marchMonth0 / 10);

    put4(out, 0, year);
    out[4] = '-';
    put2(out, 5, month);
    out[7] = '-';
    put2(out, 8, day);
    out[10] = 'T';
    put2(out, 11, secondOfDay / 3600);
    out[13] = ':';
    put2(out, 14, secondOfDay / 60 % 60);
    out[16] = ':';
    put2(out, 17, secondOfDay % 60);
    int length = 19;
    int nano = instant.getNano();
    if (nano != 0) {
      out[length++] = '.';
      int digits;
      int value;
      if (nano % 1_000_000 == 0) {
        digits = 3;
        value = nano / 1_000_000;
      } else if (nano % 1_000 == 0) {
        digits = 6;
        value = nano / 1_000;
      } else {
        digits = 9;
        value = nano;
      }
      for (int i = length + digits - 1; i >= length; i--) {
        out[i] = (char) ('0' + value % 10);
        value /= 10;
      }
      length += digits;
    }
    out[length++] = 'Z';
    return length;
  }

  /**
   * Reads {@code yyyy-MM-ddTHH:mm:ssZ}, with an optional fraction of 1 to 9 digits before the {@code Z}, as {@link
   * Instant#parse} does.
   *
   * @param text the characters
   * @param offset where the text starts
   * @param length the text's length
   * @return the instant, or {@code null} if the text is not in exactly that form or names a date or time that does not
   *     exist (the caller then leaves it to {@code java.time})
   */
  public static @Nullable Instant parse(char[] text, int offset, int length) {
    if (length < 20 || length > MAX_LENGTH || length == 21) {
      return null;
    }
    int end = offset + length;
    if (text[offset + 4] != '-' || text[offset + 7] != '-' || text[offset + 10] != 'T' || text[offset + 13] != ':'
        || text[offset + 16] != ':' || text[end - 1] != 'Z') {
      return null;
    }
    int year = digits(text, offset, 4);
    int month = digits(text, offset + 5, 2);
    int day = digits(text, offset + 8, 2);
    int hour = digits(text, offset + 11, 2);
    int minute = digits(text, offset + 14, 2);
    int second = digits(text, offset + 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)
        || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int nano = 0;
    if (length > 20) {
      if (text[offset + 19] != '.') {
        return null;
      }
      int fractionDigits = length - 21;
      int fraction = digits(text, offset + 20, fractionDigits);
      if (fraction < 0) {
        return null;
      }
      nano = fraction;
      for (int i = fractionDigits; i < 9; i++) {
        nano *= 10;
      }
    }
    long epochSecond = epochDay(year, month, day) * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
    return Instant.ofEpochSecond(epochSecond, nano);
  }

  /** The value of {@code count} ASCII digits, or {@code -1} if one of them is not a digit. */
  private static int digits(char[] text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      int digit = text[i] - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  private static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** Days from 1970-01-01 (the algorithm of {@code java.time.LocalDate.toEpochDay}). */
  private static long epochDay(int year, int month, int day) {
    long y = year;
    long total = 365 * y;
    total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    total += (367 * month - 362) / 12;
    total += day - 1;
    if (month > 2) {
      total--;
      if (!(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))) {
        total--;
      }
    }
    return total - 719_528;
  }

  private static void put2(char[] out, int at, int value) {
    out[at] = (char) ('0' + value / 10);
    out[at + 1] = (char) ('0' + value % 10);
  }

  private static void put4(char[] out, int at, int value) {
    out[at] = (char) ('0' + value / 1000);
    out[at + 1] = (char) ('0' + value / 100 % 10);
    out[at + 2] = (char) ('0' + value / 10 % 10);
    out[at + 3] = (char) ('0' + value % 10);
  }
}
