package dev.egov.indicators.internal;

import dev.egov.model.calendar.PauseStrategy;
import dev.egov.model.calendar.TimeWindow;
import dev.egov.model.calendar.WorkingCalendar;
import dev.egov.model.calendar.WorkingDayConvention;
import dev.egov.model.code.NationalDatabase;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The settings of a calculator that decide what its accumulators count, in the form a state carries them: two
 * accumulators can be combined, and a state restored, only where these are equal. The procedure look-up is not among
 * them (a function cannot be compared): every part of a computation must use the same one.
 *
 * <p>The calendar is carried by its effect over the years the period's dossiers are judged in: its zone, its office
 * hours and, for every day from 1 January of the period's first year to 31 December of the year after its last, whether
 * it is a working day ({@link #calendarImage}). Two calendars that agree on all of that give the same figures for the
 * period. Immutable.
 */
public final class Settings {

  /** A year whose holidays the calendar does not know: its days are not listed. */
  private static final int UNKNOWN_YEAR = 0;
  private static final int KNOWN_YEAR = 1;

  private final Instant periodStart;
  private final Instant periodEnd;
  private final double syncRateFactor;
  private final int listedCodes;
  private final boolean excludeFinancialObligationTime;
  private final String workingDayConvention;
  private final String pauseStrategy;
  private final List<String> populationDatabases;
  private final byte[] calendar;

  private Settings(Instant periodStart, Instant periodEnd, double syncRateFactor, int listedCodes,
      boolean excludeFinancialObligationTime, String workingDayConvention, String pauseStrategy,
      List<String> populationDatabases, byte[] calendar) {
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.syncRateFactor = syncRateFactor;
    this.listedCodes = listedCodes;
    this.excludeFinancialObligationTime = excludeFinancialObligationTime;
    this.workingDayConvention = workingDayConvention;
    this.pauseStrategy = pauseStrategy;
    this.populationDatabases = List.copyOf(populationDatabases);
    this.calendar = calendar;
  }

  /** The settings of a calculator. */
  public static Settings of(Instant periodStart, Instant periodEnd, double syncRateFactor, int listedCodes,
      boolean excludeFinancialObligationTime, WorkingDayConvention convention, PauseStrategy pauseStrategy,
      Collection<NationalDatabase> populationDatabases, WorkingCalendar calendar) {
    List<String> codes = new ArrayList<>();
    for (NationalDatabase database : populationDatabases) {
      codes.add(database.code());
    }
    codes.sort(null);
    return new Settings(periodStart, periodEnd, syncRateFactor, listedCodes, excludeFinancialObligationTime,
        convention.name(), pauseStrategy.name(), codes, calendarImage(calendar, periodStart, periodEnd));
  }

  /**
   * The calendar as the state carries it: zone, office hours as nanoseconds of the day, first and last year, and per
   * year a marker and, if the calendar knows the year's holidays, one bit per day (bit {@code d % 8} of byte {@code d /
   * 8} set for a working day, {@code d} counted from 0 on 1 January).
   */
  static byte[] calendarImage(WorkingCalendar calendar, Instant periodStart, Instant periodEnd) {
    int first = LocalDate.ofInstant(periodStart, calendar.zone()).getYear();
    int last = LocalDate.ofInstant(periodEnd, calendar.zone()).getYear() + 1;
    StateWriter out = new StateWriter(64 + 47 * (last - first + 1));
    out.text(calendar.zone().getId());
    List<TimeWindow> hours = calendar.officeHours();
    out.i32(hours.size());
    for (TimeWindow window : hours) {
      out.i64(window.start().toNanoOfDay());
      out.i64(window.end().toNanoOfDay());
    }
    out.i32(first);
    out.i32(last);
    for (int year = first; year <= last; year++) {
      byte[] days = workingDays(calendar, year);
      if (days == null) {
        out.u8(UNKNOWN_YEAR);
      } else {
        out.u8(KNOWN_YEAR);
        out.raw(days);
      }
    }
    return out.toByteArray();
  }

  private static byte @Nullable [] workingDays(WorkingCalendar calendar, int year) {
    LocalDate day = LocalDate.of(year, 1, 1);
    int length = day.lengthOfYear();
    byte[] bits = new byte[(length + 7) / 8];
    try {
      for (int d = 0; d < length; d++, day = day.plusDays(1)) {
        if (calendar.isWorkingDay(day)) {
          bits[d >>> 3] |= (byte) (1 << (d & 7));
        }
      }
    } catch (DateTimeException e) {
      return null;
    }
    return bits;
  }

  /** Writes the settings, in the order {@link StateFormat} documents. */
  void write(StateWriter out) {
    out.instant(periodStart);
    out.instant(periodEnd);
    out.i64(Double.doubleToLongBits(syncRateFactor));
    out.i32(listedCodes);
    out.bool(excludeFinancialObligationTime);
    out.text(workingDayConvention);
    out.text(pauseStrategy);
    out.i32(populationDatabases.size());
    for (String code : populationDatabases) {
      out.text(code);
    }
    out.i32(calendar.length);
    out.raw(calendar);
  }

  /** Reads settings that {@link #write} wrote; they need not be valid, only comparable. */
  static Settings read(StateReader in) {
    Instant start = in.instant();
    Instant end = in.instant();
    double factor = Double.longBitsToDouble(in.i64());
    int listed = in.i32();
    boolean financial = in.bool();
    String convention = in.text();
    String strategy = in.text();
    int n = in.count(1 << 16, "population databases");
    List<String> codes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      codes.add(in.text());
    }
    byte[] calendar = in.raw(in.count(1 << 24, "calendar bytes"));
    return new Settings(start, end, factor, listed, financial, convention, strategy, codes, calendar);
  }

  /** Returns how many codes each figure lists. */
  public int listedCodes() {
    return listedCodes;
  }

  /**
   * Returns the name of the first setting that differs from {@code other}'s, as the calculator's builder names it.
   *
   * @return the setting's name, or empty if the settings are equal
   */
  public Optional<String> firstDifference(Settings other) {
    if (!periodStart.equals(other.periodStart) || !periodEnd.equals(other.periodEnd)) {
      return Optional.of("period");
    }
    if (Double.doubleToLongBits(syncRateFactor) != Double.doubleToLongBits(other.syncRateFactor)) {
      return Optional.of("syncRateFactor");
    }
    if (listedCodes != other.listedCodes) {
      return Optional.of("listedCodes");
    }
    if (excludeFinancialObligationTime != other.excludeFinancialObligationTime) {
      return Optional.of("excludeFinancialObligationTime");
    }
    if (!workingDayConvention.equals(other.workingDayConvention)) {
      return Optional.of("workingDayConvention");
    }
    if (!pauseStrategy.equals(other.pauseStrategy)) {
      return Optional.of("pauseStrategy");
    }
    if (!populationDatabases.equals(other.populationDatabases)) {
      return Optional.of("populationDatabases");
    }
    if (!Arrays.equals(calendar, other.calendar)) {
      return Optional.of("calendar");
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Settings && firstDifference((Settings) o).isEmpty();
  }

  @Override
  public int hashCode() {
    return Objects.hash(periodStart, periodEnd, listedCodes, workingDayConvention, pauseStrategy, populationDatabases,
        Arrays.hashCode(calendar));
  }

  @Override
  public String toString() {
    return "Settings[period=" + periodStart + ".." + periodEnd + ", listedCodes=" + listedCodes + ']';
  }
}
