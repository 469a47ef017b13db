package dev.egov.model.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * The working calendar of one organisation: when it is open, and the working-time arithmetic on it. Due dates are
 * computed on a calendar by a {@link DueDateRule}.
 *
 * <pre>{@code
 * WorkingCalendar calendar = WorkingCalendar.civilService();
 * ZoneId vietnam = WorkingCalendar.VIETNAM;
 * Instant received = ZonedDateTime.of(2026, 2, 13, 17, 30, 0, 0, vietnam).toInstant(); // Friday before Tết, after hours
 * Instant counted = calendar.nextOpening(received);    // 2026-02-23T07:00+07:00, Monday after the Tết break
 * Duration worked = calendar.workingTimeBetween(received, counted.plus(Duration.ofDays(1)));  // PT8H
 * }</pre>
 *
 * <h2>Defaults</h2>
 *
 * {@link #civilService()} is the calendar of a state agency: zone {@code Asia/Ho_Chi_Minh} ({@link #VIETNAM}); Saturday
 * and Sunday are weekly rest days (QĐ 188/1999/QĐ-TTg); office hours 07:00–11:30 and 13:30–17:00, eight hours, the hours
 * of the reference one-stop software (provinces configure other hours, 07:30 and 08:00 starts are common); make-up
 * Saturdays (ngày làm bù) are working days; no extra closures; the holidays of {@link HolidayCalendar#vietnam()}.
 *
 * <h2>Which days are working days</h2>
 *
 * A day is closed if it is one of the organisation's closures, or a day off of its {@link HolidayCalendar} (a holiday, a
 * compensatory day or a swapped day). Otherwise it is closed if it is a weekly rest day, unless it is a make-up working
 * day and make-up Saturdays count ({@link Builder#countMakeUpSaturdays(boolean)}). Every other day is a working day, open
 * during the office hours.
 *
 * <p>Instances are immutable and thread-safe; share them. {@link #newBuilder()} derives a variant.
 *
 * @since 0.1.0
 */
public final class WorkingCalendar {

  /**
   * The time zone of Vietnam, {@code Asia/Ho_Chi_Minh} (UTC+07:00, no daylight saving time since 1975): egov's one
   * constant for it, used wherever egov reads an instant as a Vietnamese date or time.
   */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final List<TimeWindow> DEFAULT_OFFICE_HOURS =
      List.of(
          TimeWindow.of(LocalTime.of(7, 0), LocalTime.of(11, 30)),
          TimeWindow.of(LocalTime.of(13, 30), LocalTime.of(17, 0)));

  private final ZoneId zone;
  private final Set<DayOfWeek> weeklyRestDays;
  private final List<TimeWindow> officeHours;
  private final boolean countMakeUpSaturdays;
  private final SortedSet<LocalDate> closures;
  private final HolidayCalendar holidays;
  private final Duration workingDayLength;

  // Derived, for the working-time arithmetic: office hours as nanoseconds of the day, and per year a bit per day of the
  // year saying whether it is a working day (filled on first use; a year whose holidays are unknown is never cached).
  private final long[] windowStarts;
  private final long[] windowEnds;
  private final long workingDayNanos;
  private final AtomicReferenceArray<long[]> workingDays = new AtomicReferenceArray<>(CACHED_YEARS);
  /** From this instant on the zone's UTC offset never changes again (Vietnam: since 1975), or null if it always may. */
  private final @Nullable Instant offsetFixedFrom;

  private static final int FIRST_CACHED_YEAR = 1900;
  private static final int CACHED_YEARS = 300;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final long SECONDS_PER_DAY = 86_400L;
  /** Amounts up to this use nanosecond arithmetic (a long holds 292 years of nanoseconds). */
  private static final Duration LONGEST_FAST_AMOUNT = Duration.ofDays(36_500);
  /** No zone transition this close before the start, so every window of the first day has the start's offset. */
  private static final Duration QUIET_BEFORE = Duration.ofDays(2);

  private WorkingCalendar(Builder builder) {
    this.zone = builder.zone;
    this.weeklyRestDays = Collections.unmodifiableSet(enumSet(builder.weeklyRestDays));
    this.officeHours = builder.officeHours;
    this.countMakeUpSaturdays = builder.countMakeUpSaturdays;
    this.closures = Collections.unmodifiableSortedSet(new TreeSet<>(builder.closures));
    this.holidays = builder.holidays;
    Duration length = Duration.ZERO;
    for (TimeWindow window : officeHours) {
      length = length.plus(Duration.between(window.start(), window.end()));
    }
    this.workingDayLength = length;
    this.windowStarts = new long[officeHours.size()];
    this.windowEnds = new long[officeHours.size()];
    for (int i = 0; i < officeHours.size(); i++) {
      windowStarts[i] = officeHours.get(i).start().toNanoOfDay();
      windowEnds[i] = officeHours.get(i).end().toNanoOfDay();
    }
    this.workingDayNanos = length.toNanos();
    ZoneRules rules = zone.getRules();
    if (rules.isFixedOffset()) {
      this.offsetFixedFrom = Instant.MIN;
    } else if (rules.getTransitionRules().isEmpty()) {
      ZoneOffsetTransition last = rules.previousTransition(Instant.MAX);
      this.offsetFixedFrom = last == null ? Instant.MIN : last.getInstant().plus(QUIET_BEFORE);
    } else {
      this.offsetFixedFrom = null;
    }
  }

  private static Set<DayOfWeek> enumSet(Collection<DayOfWeek> days) {
    Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
    set.addAll(days);
    return set;
  }

  private static final class Default {
    static final WorkingCalendar INSTANCE = new Builder().build();
  }

  /**
   * Returns the calendar of a state agency with every default (see the class documentation).
   *
   * @return the shared default calendar
   */
  public static WorkingCalendar civilService() {
    return Default.INSTANCE;
  }

  /**
   * Returns a builder with every default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this calendar's settings. Each setting may still be set once.
   *
   * @return a new builder
   */
  public Builder newBuilder() {
    return new Builder(this);
  }

  // ---- Settings ----

  /**
   * Returns the zone in which instants are read as local dates and times.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the weekly rest days.
   *
   * @return the days, unmodifiable, in the order Monday to Sunday
   */
  public Set<DayOfWeek> weeklyRestDays() {
    return weeklyRestDays;
  }

  /**
   * Returns the office hours of every working day.
   *
   * @return the windows, sorted and separated by gaps
   */
  public List<TimeWindow> officeHours() {
    return officeHours;
  }

  /**
   * Returns the length of one working day: the total of the office hours, 8 hours by default.
   *
   * @return the length of a working day
   */
  public Duration workingDayLength() {
    return workingDayLength;
  }

  /**
   * Returns whether make-up working days (ngày làm bù) are working days.
   *
   * @return the setting of {@link Builder#countMakeUpSaturdays(boolean)}
   */
  public boolean countsMakeUpSaturdays() {
    return countMakeUpSaturdays;
  }

  /**
   * Returns the organisation's own closures.
   *
   * @return the dates, unmodifiable, ascending
   */
  public SortedSet<LocalDate> closures() {
    return closures;
  }

  /**
   * Returns the public holidays this calendar follows.
   *
   * @return the holiday calendar
   */
  public HolidayCalendar holidays() {
    return holidays;
  }

  // ---- Days ----

  /**
   * Returns whether a day is a working day.
   *
   * @param date the day
   * @return whether the office is open on that day
   * @throws DateTimeException if the holidays of the day's year are unknown (see {@link HolidayCalendar#year(int)})
   */
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    int index = date.getYear() - FIRST_CACHED_YEAR;
    if (index >= 0 && index < CACHED_YEARS) {
      long[] days = workingDays.get(index);
      if (days == null) {
        days = workingDaysOf(date.getYear());
        workingDays.compareAndSet(index, null, days);
      }
      int bit = date.getDayOfYear() - 1;
      return (days[bit >>> 6] & (1L << bit)) != 0;
    }
    return isWorkingDayUncached(date);
  }

  /** One bit per day of {@code year}, set for working days; racing threads compute equal arrays. */
  private long[] workingDaysOf(int year) {
    long[] days = new long[6];
    LocalDate first = LocalDate.of(year, 1, 1);
    for (int bit = 0, length = first.lengthOfYear(); bit < length; bit++) {
      if (isWorkingDayUncached(first.plusDays(bit))) {
        days[bit >>> 6] |= 1L << bit;
      }
    }
    return days;
  }

  private boolean isWorkingDayUncached(LocalDate date) {
    if (closures.contains(date)) {
      return false;
    }
    HolidayYear year = holidays.year(date.getYear());
    if (year.dayOff(date).isPresent()) {
      return false;
    }
    if (weeklyRestDays.contains(date.getDayOfWeek())) {
      return countMakeUpSaturdays && year.isMakeUpWorkday(date);
    }
    return true;
  }

  /**
   * Returns the first working day after a day.
   *
   * @param date the day
   * @return the next working day, strictly after {@code date}
   * @throws DateTimeException if the search reaches a year whose holidays are unknown
   */
  public LocalDate nextWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    LocalDate day = date.plusDays(1);
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /**
   * Returns the office hours of a day.
   *
   * @param date the day
   * @return the office hours, or an empty list if the day is not a working day
   * @throws DateTimeException if the holidays of the day's year are unknown
   */
  public List<TimeWindow> openingHours(LocalDate date) {
    return isWorkingDay(date) ? officeHours : List.of();
  }

  // ---- Instants ----

  /**
   * Returns whether the office is open at an instant: on a working day, within a window, from its start inclusive to
   * its end exclusive.
   *
   * @param instant the instant
   * @return whether the office is open
   * @throws DateTimeException if the holidays of the instant's year are unknown
   */
  public boolean isOpen(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    LocalDate date = localDate(instant);
    if (!isWorkingDay(date)) {
      return false;
    }
    for (TimeWindow window : officeHours) {
      if (!instant.isBefore(at(date, window.start())) && instant.isBefore(at(date, window.end()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the instant itself if the office is open then, otherwise the next time it opens. This is when a dossier
   * received outside office hours, on a weekly rest day or on a holiday counts as received.
   *
   * @param instant the instant
   * @return {@code instant} or the next opening
   * @throws DateTimeException if the search reaches a year whose holidays are unknown
   */
  public Instant nextOpening(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    if (offsetFixedFrom != null && !instant.isBefore(offsetFixedFrom)) {
      int offset = zone.getRules().getOffset(instant).getTotalSeconds();
      long local = instant.getEpochSecond() + offset;
      long epochDay = Math.floorDiv(local, SECONDS_PER_DAY);
      long position = Math.floorMod(local, SECONDS_PER_DAY) * NANOS_PER_SECOND + instant.getNano();
      // position -1: a later day, whose first window opens after the instant whatever its start
      for (LocalDate date = LocalDate.ofEpochDay(epochDay); ; date = date.plusDays(1), epochDay++, position = -1) {
        if (isWorkingDay(date)) {
          for (int i = 0; i < windowStarts.length; i++) {
            if (position < windowEnds[i]) {
              if (position >= windowStarts[i]) {
                return instant;
              }
              return Instant.ofEpochSecond(epochDay * SECONDS_PER_DAY + windowStarts[i] / NANOS_PER_SECOND - offset,
                  windowStarts[i] % NANOS_PER_SECOND);
            }
          }
        }
      }
    }
    return nextOpeningStepwise(instant);
  }

  /**
   * {@link #nextOpening} window by window through the time zone: the general computation. Package-private so that
   * tests compare both.
   */
  Instant nextOpeningStepwise(Instant instant) {
    LocalDate date = localDate(instant);
    while (true) {
      if (isWorkingDay(date)) {
        for (TimeWindow window : officeHours) {
          Instant start = at(date, window.start());
          Instant end = at(date, window.end());
          if (instant.isBefore(end)) {
            return instant.isBefore(start) ? start : instant;
          }
        }
      }
      date = date.plusDays(1);
    }
  }

  /**
   * Returns the working time between two instants: the part of {@code [from, to)} within office hours on working days.
   *
   * @param from the start
   * @param to the end, not before {@code from}
   * @return the working time
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   * @throws DateTimeException if a year in between has unknown holidays
   */
  public Duration workingTimeBetween(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " is before from " + from);
    }
    // With one UTC offset from here on (always so in Vietnam since 1975), the partial first and last days are counted
    // in nanoseconds of the local day and the whole days between by counting bits of the per-year working-day sets.
    if (offsetFixedFrom != null && !from.isBefore(offsetFixedFrom)
        && to.getEpochSecond() - from.getEpochSecond() <= LONGEST_FAST_AMOUNT.getSeconds()) {
      return Duration.ofNanos(workingNanosBetween(from, to, zone.getRules().getOffset(from).getTotalSeconds()));
    }
    return workingTimeBetweenStepwise(from, to);
  }

  /** {@link #workingTimeBetween} at a fixed UTC offset, in nanoseconds. */
  private long workingNanosBetween(Instant from, Instant to, int offsetSeconds) {
    long fromSecond = from.getEpochSecond() + offsetSeconds;
    long fromDay = Math.floorDiv(fromSecond, SECONDS_PER_DAY);
    long fromPosition = Math.floorMod(fromSecond, SECONDS_PER_DAY) * NANOS_PER_SECOND + from.getNano();
    long toSecond = to.getEpochSecond() + offsetSeconds;
    long toDay = Math.floorDiv(toSecond, SECONDS_PER_DAY);
    long toPosition = Math.floorMod(toSecond, SECONDS_PER_DAY) * NANOS_PER_SECOND + to.getNano();
    if (fromDay == toDay) {
      return isWorkingDay(LocalDate.ofEpochDay(fromDay)) ? workedBefore(toPosition) - workedBefore(fromPosition) : 0;
    }
    long total = 0;
    if (isWorkingDay(LocalDate.ofEpochDay(fromDay))) {
      total += workingDayNanos - workedBefore(fromPosition);
    }
    total += workingDaysBetween(fromDay + 1, toDay) * workingDayNanos;
    if (isWorkingDay(LocalDate.ofEpochDay(toDay))) {
      total += workedBefore(toPosition);
    }
    return total;
  }

  /** The office hours of a working day before {@code position}, a nanosecond of the local day. */
  private long workedBefore(long position) {
    long worked = 0;
    for (int i = 0; i < windowStarts.length && position > windowStarts[i]; i++) {
      worked += Math.min(position, windowEnds[i]) - windowStarts[i];
    }
    return worked;
  }

  /** The number of working days among the epoch days {@code [fromDay, toDay)}. */
  private long workingDaysBetween(long fromDay, long toDay) {
    long count = 0;
    long day = fromDay;
    while (day < toDay) {
      LocalDate date = LocalDate.ofEpochDay(day);
      int year = date.getYear();
      int index = year - FIRST_CACHED_YEAR;
      long yearEnd = LocalDate.of(year + 1, 1, 1).toEpochDay();
      long end = Math.min(toDay, yearEnd);
      if (index >= 0 && index < CACHED_YEARS) {
        long[] days = workingDays.get(index);
        if (days == null) {
          days = workingDaysOf(year);
          workingDays.compareAndSet(index, null, days);
        }
        int first = date.getDayOfYear() - 1;
        count += countBits(days, first, first + (int) (end - day));
      } else {
        for (long d = day; d < end; d++) {
          if (isWorkingDayUncached(LocalDate.ofEpochDay(d))) {
            count++;
          }
        }
      }
      day = end;
    }
    return count;
  }

  /** The number of bits set in {@code [from, to)} of a bit set. */
  private static int countBits(long[] bits, int from, int to) {
    int count = 0;
    for (int bit = from; bit < to; ) {
      int offset = bit & 63;
      int n = Math.min(64 - offset, to - bit);
      long mask = (n == 64 ? -1L : (1L << n) - 1) << offset;
      count += Long.bitCount(bits[bit >>> 6] & mask);
      bit += n;
    }
    return count;
  }

  /**
   * {@link #workingTimeBetween} window by window through the time zone: the general computation, used when the UTC
   * offset changes near or during the period. Package-private so that tests compare both.
   */
  Duration workingTimeBetweenStepwise(Instant from, Instant to) {
    Duration total = Duration.ZERO;
    LocalDate last = localDate(to);
    for (LocalDate date = localDate(from); !date.isAfter(last); date = date.plusDays(1)) {
      if (!isWorkingDay(date)) {
        continue;
      }
      for (TimeWindow window : officeHours) {
        Instant start = latest(at(date, window.start()), from);
        Instant end = earliest(at(date, window.end()), to);
        if (end.isAfter(start)) {
          total = total.plus(Duration.between(start, end));
        }
      }
    }
    return total;
  }

  /**
   * Returns the instant at the same local time of day as {@code from}, {@code days} working days later: on the
   * {@code days}-th working day after {@code from}'s day. The primitive of {@link WorkingDayConvention#KEEP_CLOCK_TIME}.
   */
  Instant sameTimeWorkingDaysLater(Instant from, long days) {
    if (days == 0) {
      return from;
    }
    if (offsetFixedFrom != null && !from.isBefore(offsetFixedFrom)) {
      int offset = zone.getRules().getOffset(from).getTotalSeconds();
      long local = from.getEpochSecond() + offset;
      long secondOfDay = Math.floorMod(local, SECONDS_PER_DAY);
      LocalDate date = workingDaysAfter(LocalDate.ofEpochDay(Math.floorDiv(local, SECONDS_PER_DAY)), days);
      return Instant.ofEpochSecond(date.toEpochDay() * SECONDS_PER_DAY + secondOfDay - offset, from.getNano());
    }
    ZonedDateTime local = from.atZone(zone);
    return at(workingDaysAfter(local.toLocalDate(), days), local.toLocalTime());
  }

  private LocalDate workingDaysAfter(LocalDate date, long days) {
    LocalDate day = date;
    for (long left = days; left > 0; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /**
   * Returns the earliest instant at which {@code amount} of working time has passed since {@code from}. Time outside
   * office hours and on closed days does not count. When the amount runs out exactly at the end of a window, the
   * result is that closing time (17:00), not the next opening.
   *
   * @param from the start
   * @param amount the working time to add, not negative; zero returns {@code from}
   * @return the instant
   * @throws IllegalArgumentException if {@code amount} is negative
   * @throws DateTimeException if the result would lie in a year whose holidays are unknown
   */
  public Instant plusWorkingTime(Instant from, Duration amount) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount must not be negative: " + amount);
    }
    if (amount.isZero()) {
      return from;
    }
    if (amount.compareTo(LONGEST_FAST_AMOUNT) <= 0) {
      // With one UTC offset from the start's day to the result (always so in Vietnam since 1975), office hours are
      // plain nanoseconds of the local day and whole working days are skipped at once.
      ZoneRules rules = zone.getRules();
      if (offsetFixedFrom != null && !from.isBefore(offsetFixedFrom)) {
        return plusWorkingNanos(from, rules.getOffset(from), amount.toNanos());
      }
      ZoneOffsetTransition previous = rules.previousTransition(from);
      if (previous == null || previous.getInstant().isBefore(from.minus(QUIET_BEFORE))) {
        Instant result = plusWorkingNanos(from, rules.getOffset(from), amount.toNanos());
        ZoneOffsetTransition next = rules.nextTransition(from);
        if (next == null || next.getInstant().isAfter(result)) {
          return result;
        }
      }
    }
    return plusWorkingTimeStepwise(from, amount);
  }

  /** {@link #plusWorkingTime} at a fixed UTC offset, in nanoseconds of the local day. */
  private Instant plusWorkingNanos(Instant from, ZoneOffset offset, long amount) {
    long localSecond = from.getEpochSecond() + offset.getTotalSeconds();
    long epochDay = Math.floorDiv(localSecond, SECONDS_PER_DAY);
    long position = Math.floorMod(localSecond, SECONDS_PER_DAY) * NANOS_PER_SECOND + from.getNano();
    long remaining = amount;
    LocalDate date = LocalDate.ofEpochDay(epochDay);
    while (true) {
      if (isWorkingDay(date)) {
        if (position == 0 && remaining > workingDayNanos) {
          remaining -= workingDayNanos;
        } else {
          for (int i = 0; i < windowStarts.length; i++) {
            long start = Math.max(windowStarts[i], position);
            long end = windowEnds[i];
            if (end <= start) {
              continue;
            }
            if (remaining <= end - start) {
              long nanoOfDay = start + remaining;
              return Instant.ofEpochSecond(
                  epochDay * SECONDS_PER_DAY + nanoOfDay / NANOS_PER_SECOND - offset.getTotalSeconds(),
                  nanoOfDay % NANOS_PER_SECOND);
            }
            remaining -= end - start;
          }
        }
      }
      epochDay++;
      date = date.plusDays(1);
      position = 0;
    }
  }

  /**
   * {@link #plusWorkingTime} window by window through the time zone: the general computation, used when the UTC
   * offset changes near or during the period. Package-private so that tests compare both.
   */
  Instant plusWorkingTimeStepwise(Instant from, Duration amount) {
    Duration remaining = amount;
    for (LocalDate date = localDate(from); ; date = date.plusDays(1)) {
      if (!isWorkingDay(date)) {
        continue;
      }
      for (TimeWindow window : officeHours) {
        Instant start = latest(at(date, window.start()), from);
        Instant end = at(date, window.end());
        if (!end.isAfter(start)) {
          continue;
        }
        Duration available = Duration.between(start, end);
        if (remaining.compareTo(available) <= 0) {
          return start.plus(remaining);
        }
        remaining = remaining.minus(available);
      }
    }
  }

  // ---- Internals ----

  LocalDate localDate(Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }

  Instant at(LocalDate date, LocalTime time) {
    return ZonedDateTime.of(date, time, zone).toInstant();
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /** Returns the settings, for diagnostics. */
  @Override
  public String toString() {
    return "WorkingCalendar{zone=" + zone
        + ", weeklyRestDays=" + weeklyRestDays
        + ", officeHours=" + officeHours
        + ", countMakeUpSaturdays=" + countMakeUpSaturdays
        + ", closures=" + closures.size()
        + ", holidays=" + holidays + '}';
  }

  /**
   * Builds a {@link WorkingCalendar}. Each setting may be set once: a second call throws
   * {@link IllegalStateException}, and an invalid value {@link IllegalArgumentException}, each naming the setting.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private ZoneId zone = VIETNAM;
    private boolean zoneSet;
    private Set<DayOfWeek> weeklyRestDays = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    private boolean weeklyRestDaysSet;
    private List<TimeWindow> officeHours = DEFAULT_OFFICE_HOURS;
    private boolean officeHoursSet;
    private boolean countMakeUpSaturdays = true;
    private boolean countMakeUpSaturdaysSet;
    private SortedSet<LocalDate> closures = new TreeSet<>();
    private boolean closuresSet;
    private HolidayCalendar holidays = HolidayCalendar.vietnam();
    private boolean holidaysSet;

    private Builder() {}

    private Builder(WorkingCalendar calendar) {
      this.zone = calendar.zone;
      this.weeklyRestDays = calendar.weeklyRestDays;
      this.officeHours = calendar.officeHours;
      this.countMakeUpSaturdays = calendar.countMakeUpSaturdays;
      this.closures = calendar.closures;
      this.holidays = calendar.holidays;
    }

    /**
     * Sets the zone in which instants are read (default {@code Asia/Ho_Chi_Minh}).
     *
     * @param zone the zone
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder zone(ZoneId zone) {
      Objects.requireNonNull(zone, "zone");
      if (zoneSet) {
        throw new IllegalStateException("zone was already set to " + this.zone);
      }
      zoneSet = true;
      this.zone = zone;
      return this;
    }

    /**
     * Sets the weekly rest days (default Saturday and Sunday).
     *
     * @param days the rest days; may be empty, but not all seven
     * @return this builder
     * @throws IllegalArgumentException if every day of the week is a rest day
     * @throws IllegalStateException if already set
     */
    public Builder weeklyRestDays(Set<DayOfWeek> days) {
      Objects.requireNonNull(days, "days");
      if (weeklyRestDaysSet) {
        throw new IllegalStateException("weeklyRestDays was already set to " + weeklyRestDays);
      }
      Set<DayOfWeek> copy = enumSet(days);
      if (copy.size() == DayOfWeek.values().length) {
        throw new IllegalArgumentException("weeklyRestDays must leave a working day in the week, not " + copy);
      }
      weeklyRestDaysSet = true;
      weeklyRestDays = copy;
      return this;
    }

    /**
     * Sets the office hours of a working day (default 07:00–11:30 and 13:30–17:00).
     *
     * @param windows at least one window, in order, each ending before the next starts
     * @return this builder
     * @throws IllegalArgumentException if the list is empty, unsorted, or has windows that overlap or touch
     * @throws IllegalStateException if already set
     */
    public Builder officeHours(List<TimeWindow> windows) {
      Objects.requireNonNull(windows, "windows");
      if (officeHoursSet) {
        throw new IllegalStateException("officeHours was already set to " + officeHours);
      }
      List<TimeWindow> copy = List.copyOf(windows);
      if (copy.isEmpty()) {
        throw new IllegalArgumentException("officeHours must have at least one window");
      }
      for (int i = 1; i < copy.size(); i++) {
        if (!copy.get(i).start().isAfter(copy.get(i - 1).end())) {
          throw new IllegalArgumentException(
              "officeHours must be sorted with a gap between windows, not " + copy);
        }
      }
      officeHoursSet = true;
      officeHours = copy;
      return this;
    }

    /**
     * Sets whether make-up working days (ngày làm bù, the Saturdays worked in exchange for a swapped weekday) are
     * working days (default {@code true}, as they are for civil servants). Much one-stop software knows only a list of
     * holidays and treats them as rest days; {@code false} reproduces that. Swapped weekdays stay days off either way.
     *
     * @param count whether make-up days are working days
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder countMakeUpSaturdays(boolean count) {
      if (countMakeUpSaturdaysSet) {
        throw new IllegalStateException("countMakeUpSaturdays was already set to " + countMakeUpSaturdays);
      }
      countMakeUpSaturdaysSet = true;
      countMakeUpSaturdays = count;
      return this;
    }

    /**
     * Sets the organisation's own closures: days it is closed although they are neither rest days nor holidays (default
     * none). A closure counts like a holiday, also for the Civil Code's rest-day rule.
     *
     * @param dates the dates, each once
     * @return this builder
     * @throws IllegalArgumentException if a date is listed twice
     * @throws IllegalStateException if already set
     */
    public Builder closures(Collection<LocalDate> dates) {
      Objects.requireNonNull(dates, "dates");
      if (closuresSet) {
        throw new IllegalStateException("closures was already set to " + closures);
      }
      SortedSet<LocalDate> copy = new TreeSet<>();
      for (LocalDate date : dates) {
        if (!copy.add(Objects.requireNonNull(date, "closure date"))) {
          throw new IllegalArgumentException("closures lists " + date + " twice");
        }
      }
      closuresSet = true;
      closures = copy;
      return this;
    }

    /**
     * Sets the public holidays (default {@link HolidayCalendar#vietnam()}).
     *
     * @param holidays the holiday calendar
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder holidays(HolidayCalendar holidays) {
      Objects.requireNonNull(holidays, "holidays");
      if (holidaysSet) {
        throw new IllegalStateException("holidays was already set to " + this.holidays);
      }
      holidaysSet = true;
      this.holidays = holidays;
      return this;
    }

    /**
     * Builds the calendar.
     *
     * @return a new calendar
     */
    public WorkingCalendar build() {
      return new WorkingCalendar(this);
    }
  }
}
