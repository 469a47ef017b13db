package dev.egov.model.indicators;

import dev.egov.model.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * {@link WorkingCalendar#workingTimeBetween} in constant time per call once the days are known: the calendar counts
 * the partial first and last days, and the whole days between come from running totals of each day's working time,
 * computed once per day and kept. The calendar walks every day of a span, which made a dossier's cost grow with its
 * processing time; here it does not. The result is the calendar's exactly, since office hours never cross midnight.
 *
 * <p>Memory: one {@code long} per day between the earliest and latest day seen. Not thread-safe: one per accumulator.
 */
final class WorkingTimeIndex {

  private final WorkingCalendar calendar;
  private final ZoneId zone;
  /** The epoch day of {@code totals[0]}. */
  private long firstDay;
  /** {@code totals[i]}: the working time, in nanoseconds, of the days {@code [firstDay, firstDay + i)}. */
  private long[] totals = new long[0];

  WorkingTimeIndex(WorkingCalendar calendar) {
    this.calendar = calendar;
    this.zone = calendar.zone();
  }

  /** Returns the working time in {@code [from, to)}; see {@link WorkingCalendar#workingTimeBetween}. */
  Duration between(Instant from, Instant to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " is before from " + from);
    }
    long first = LocalDate.ofInstant(from, zone).toEpochDay();
    long last = LocalDate.ofInstant(to, zone).toEpochDay();
    if (last - first < 2) {
      return calendar.workingTimeBetween(from, to);
    }
    Instant endOfFirst = startOf(first + 1);
    Instant startOfLast = startOf(last);
    return calendar.workingTimeBetween(from, endOfFirst)
        .plusNanos(wholeDays(first + 1, last))
        .plus(calendar.workingTimeBetween(startOfLast, to));
  }

  /** The working time of the days {@code [fromDay, toDay)}, in nanoseconds. */
  private long wholeDays(long fromDay, long toDay) {
    cover(fromDay, toDay);
    return totals[(int) (toDay - firstDay)] - totals[(int) (fromDay - firstDay)];
  }

  /**
   * Extends the totals so that both days have an entry, computing only the days not yet known. It grows no further
   * than asked: a day beyond the data might lie in a year whose holidays are unknown.
   */
  private void cover(long fromDay, long toDay) {
    if (totals.length == 0) {
      firstDay = fromDay;
      totals = new long[1];
    }
    long oldFirst = firstDay;
    long oldLast = firstDay + totals.length - 1;
    long newFirst = Math.min(oldFirst, fromDay);
    long newLast = Math.max(oldLast, toDay);
    if (newFirst == oldFirst && newLast == oldLast) {
      return;
    }
    if (newLast - newFirst >= Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("A span of " + (newLast - newFirst) + " days is beyond any calendar");
    }
    long[] grown = new long[(int) (newLast - newFirst + 1)];
    long running = 0;
    for (long day = newFirst; day < oldFirst; day++) {
      grown[(int) (day - newFirst)] = running;
      running += dayLength(day);
    }
    int offset = (int) (oldFirst - newFirst);
    for (int i = 0; i < totals.length; i++) {
      grown[offset + i] = totals[i] + running;
    }
    running = grown[(int) (oldLast - newFirst)];
    for (long day = oldLast; day < newLast; day++) {
      running += dayLength(day);
      grown[(int) (day + 1 - newFirst)] = running;
    }
    totals = grown;
    firstDay = newFirst;
  }

  private long dayLength(long epochDay) {
    return calendar.workingTimeBetween(startOf(epochDay), startOf(epochDay + 1)).toNanos();
  }

  private Instant startOf(long epochDay) {
    return LocalDate.ofEpochDay(epochDay).atStartOfDay(zone).toInstant();
  }
}
