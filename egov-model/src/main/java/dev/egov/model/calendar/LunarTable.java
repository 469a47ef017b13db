package dev.egov.model.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * The lunar months of 1900–2199 as a table, computed once with Hồ Ngọc Đức's algorithm.
 *
 * <p>The algorithm ("Computing the Vietnamese lunar calendar", Hồ Ngọc Đức, https://www.informatik.uni-leipzig.de/~duc/amlich/)
 * computes new moons and the sun's longitude with the series of Jean Meeus, <i>Astronomical Algorithms</i> (accurate to a few
 * minutes), all at one time-zone offset:
 *
 * <ul>
 *   <li>a month begins on the local day of a new moon;
 *   <li>month 11 is the month that contains the winter solstice;
 *   <li>when 13 months lie between two months 11, the first of them without a major solar term (the sun entering a
 *       multiple of 30° of longitude) is the leap month and repeats the number of the month before it.
 * </ul>
 *
 * <p>The table spans, for each solar year {@code y} from 1899 to 2199, the months from month 11 of lunar year {@code y} to the
 * month before month 11 of lunar year {@code y + 1}. Every span is computed at the offset in force for lunar year
 * {@code y + 1} (the year whose new year lies inside the span), so a change of offset takes effect at a month 11.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class LunarTable {

  /** First solar year whose month 11 starts a span: month 12 of lunar 1899 covers January 1900. */
  private static final int FIRST_SPAN = 1899;

  /** Last span: it covers December 2199. */
  private static final int LAST_SPAN = 2199;

  /** Julian day number of 1970-01-01, the epoch of {@link LocalDate#toEpochDay()}. */
  private static final long JDN_OF_EPOCH = 2_440_588L;

  private static final double SYNODIC_MONTH = 29.530588853;

  /** Epoch day on which each month starts; one more element than months, the end of the last month. */
  private final int[] starts;

  /** {@code year * 32 + month * 2 + (leap ? 1 : 0)} of each month: strictly increasing. */
  private final int[] keys;

  private LunarTable(int[] starts, int[] keys) {
    this.starts = starts;
    this.keys = keys;
  }

  /**
   * Computes the table.
   *
   * @param offsetHours the time-zone offset in hours at which a lunar year is computed, by lunar year
   */
  static LunarTable compute(IntToDoubleFunction offsetHours) {
    int spans = LAST_SPAN - FIRST_SPAN + 1;
    int[] anchorK = new int[spans + 1];
    long[] anchorDay = new long[spans + 1];
    for (int i = 0; i <= spans; i++) {
      int year = FIRST_SPAN + i;
      double tz = offsetHours.applyAsDouble(year + 1);
      anchorK[i] = month11(year, tz);
      anchorDay[i] = newMoonDay(anchorK[i], tz);
    }

    int capacity = spans * 13 + 1;
    int[] starts = new int[capacity];
    int[] keys = new int[capacity - 1];
    int n = 0;
    for (int i = 0; i < spans; i++) {
      int year = FIRST_SPAN + i;
      double tz = offsetHours.applyAsDouble(year + 1);
      int k0 = anchorK[i];
      long end = anchorDay[i + 1];
      long[] monthStarts = new long[14];
      int months = 0;
      for (long start = anchorDay[i]; start < end; start = newMoonDay(k0 + months, tz)) {
        if (months == 13) {
          throw new IllegalStateException("More than 13 lunar months after month 11 of " + year);
        }
        monthStarts[months++] = start;
      }
      if (months != 12 && months != 13) {
        throw new IllegalStateException(months + " lunar months after month 11 of " + year);
      }
      int leap = months == 13 ? leapMonthOffset(k0, tz) : -1;
      if (months == 13 && (leap < 1 || leap > 12)) {
        throw new IllegalStateException("No leap month found after month 11 of " + year);
      }
      for (int j = 0; j < months; j++) {
        int ordinal = leap >= 0 && j >= leap ? j - 1 : j;
        int month = (ordinal + 10) % 12 + 1;
        int lunarYear = month >= 11 && j < 4 ? year : year + 1;
        starts[n] = Math.toIntExact(monthStarts[j]);
        keys[n] = key(lunarYear, month, j == leap);
        if (n > 0 && (keys[n] <= keys[n - 1] || starts[n] <= starts[n - 1])) {
          throw new IllegalStateException("Lunar months out of order near " + lunarYear + "-" + month);
        }
        n++;
      }
    }
    starts[n] = Math.toIntExact(anchorDay[spans]);
    return new LunarTable(Arrays.copyOf(starts, n + 1), Arrays.copyOf(keys, n));
  }

  static int key(int year, int month, boolean leap) {
    return year * 32 + month * 2 + (leap ? 1 : 0);
  }

  /** Returns the index of the month containing {@code epochDay}, or -1 outside the table. */
  int indexOfDay(long epochDay) {
    if (epochDay < starts[0] || epochDay >= starts[starts.length - 1]) {
      return -1;
    }
    int found = Arrays.binarySearch(starts, 0, starts.length - 1, (int) epochDay);
    return found >= 0 ? found : -found - 2;
  }

  /** Returns the index of the month, or -1 if the table has no such month. */
  int indexOf(int year, int month, boolean leap) {
    if (year < FIRST_SPAN || year > LAST_SPAN + 1) {
      return -1;
    }
    int found = Arrays.binarySearch(keys, key(year, month, leap));
    return found >= 0 ? found : -1;
  }

  int start(int index) {
    return starts[index];
  }

  int length(int index) {
    return starts[index + 1] - starts[index];
  }

  int year(int index) {
    return keys[index] / 32;
  }

  int month(int index) {
    return keys[index] % 32 / 2;
  }

  boolean leap(int index) {
    return keys[index] % 2 == 1;
  }

  int size() {
    return keys.length;
  }

  // ---- Hồ Ngọc Đức's astronomical functions. Day numbers are Julian day numbers (the day starting at local midnight). ----

  /** Epoch day of the {@code k}th new moon after the one of 1900-01-01, as a local date at offset {@code tz} hours. */
  private static long newMoonDay(int k, double tz) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double dr = Math.PI / 180;
    double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
    jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
    double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
    double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
    double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
    double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
    c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
    c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
    c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
    c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
    c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
    c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
    double deltaT =
        t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2;
    double jdNew = jd1 + c1 - deltaT;
    return (long) Math.floor(jdNew + 0.5 + tz / 24) - JDN_OF_EPOCH;
  }

  /** The sun's longitude at local midnight starting {@code epochDay}, as a 30° sector 0–11 (0 = spring equinox). */
  private static int sunSector(long epochDay, double tz) {
    double jdn = epochDay + JDN_OF_EPOCH;
    double t = (jdn - 2451545.5 - tz / 24) / 36525;
    double t2 = t * t;
    double dr = Math.PI / 180;
    double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
    double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
    dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
    double l = (l0 + dl) * dr;
    l = l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    return (int) Math.floor(l / Math.PI * 6);
  }

  /** Index {@code k} of the new moon starting month 11 of lunar year {@code year} (the month containing the solstice). */
  private static int month11(int year, double tz) {
    long off = LocalDate.of(year, 12, 31).toEpochDay() + JDN_OF_EPOCH - 2415021;
    int k = (int) Math.floor(off / SYNODIC_MONTH);
    return sunSector(newMoonDay(k, tz), tz) >= 9 ? k - 1 : k;
  }

  /** Offset (1–12) from month 11 of the first month without a major solar term. */
  private static int leapMonthOffset(int k11, double tz) {
    int i = 1;
    int arc = sunSector(newMoonDay(k11 + i, tz), tz);
    int last;
    do {
      last = arc;
      i++;
      arc = sunSector(newMoonDay(k11 + i, tz), tz);
    } while (arc != last && i < 14);
    return i - 1;
  }
}
