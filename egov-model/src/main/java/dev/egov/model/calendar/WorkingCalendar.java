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
 * The working calendar of one organisation, and the legal due-date arithmetic on it: when it is open, and when a
 * processing time that starts at a receipt ends.
 *
 * <pre>{@code
 * WorkingCalendar calendar = WorkingCalendar.civilService();
 * ZoneId vietnam = WorkingCalendar.VIETNAM;
 * Instant received = ZonedDateTime.of(2026, 2, 13, 17, 30, 0, 0, vietnam).toInstant(); // Friday before Tết, after hours
 * Instant due = calendar.dueDate(received, ProcessingTime.ofWorkingDays(3));
 * // 2026-02-25T17:00+07:00: Mon 23, Tue 24 and Wed 25 February, after the Tết break of 14 to 22 February
 * }</pre>
 *
 * <h2>Defaults</h2>
 *
 * {@link #civilService()} is the calendar of a state agency: zone {@code Asia/Ho_Chi_Minh}; Saturday and Sunday are
 * weekly rest days (QĐ 188/1999/QĐ-TTg); office hours 07:00–11:30 and 13:30–17:00, eight hours, the hours of the
 * reference one-stop software (provinces configure other hours, 07:30 and 08:00 starts are common); make-up Saturdays
 * (ngày làm bù) are working days; no extra closures; the holidays of {@link HolidayCalendar#vietnam()}; pauses counted
 * with {@link PauseStrategy#WORKING_TIME_PAUSE}.
 *
 * <h2>Which days are working days</h2>
 *
 * A day is closed if it is one of the organisation's closures, or a day off of its {@link HolidayCalendar} (a holiday, a
 * compensatory day or a swapped day). Otherwise it is closed if it is a weekly rest day, unless it is a make-up working
 * day and make-up Saturdays count ({@link Builder#countMakeUpSaturdays(boolean)}). Every other day is a working day, open
 * during the office hours.
 *
 * <h2>Due dates</h2>
 *
 * See {@link #dueDate(Instant, ProcessingTime)}. Every result is an {@link Instant}. A period that ends "at the end of a
 * day" ends at the day's closing time, the end of its last office-hours window (17:00 by default), because that is when
 * the office stops acting on the day; Bộ luật Dân sự 2015 Art. 148(3) would say 24:00, which differs only for work
 * finished after closing time on the last day.
 *
 * <p>Instances are immutable and thread-safe; share them. {@link #newBuilder()} derives a variant.
 *
 * @since 0.1.0
 */
public final class WorkingCalendar {

  /** The time zone of Vietnam, {@code Asia/Ho_Chi_Minh} (UTC+07:00, no daylight saving time). */
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
  private final PauseStrategy pauseStrategy;
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
    this.pauseStrategy = builder.pauseStrategy;
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

  /**
   * Returns how pauses move due dates in {@link #dueDateHistory(Instant, ProcessingTime, List)}.
   *
   * @return the strategy
   */
  public PauseStrategy pauseStrategy() {
    return pauseStrategy;
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

  // ---- Due dates ----

  /**
   * Returns the due date (ngày hẹn trả) of a processing time that starts at a receipt.
   *
   * <p>A receipt outside office hours, on a weekly rest day, on a holiday or on a closure counts as received at the
   * next opening ({@link #nextOpening(Instant)}); online dossiers are treated this way in practice. Then, by unit:
   *
   * <ul>
   *   <li>{@link ProcessingTimeUnit#WORKING_HOURS}: that many hours of working time are added
   *       ({@link #plusWorkingTime(Instant, Duration)}): hours run only inside office hours, across the lunch gap and
   *       from one working day to the next;
   *   <li>{@link ProcessingTimeUnit#WORKING_DAYS}: one working day is {@link #workingDayLength()} of working time (8
   *       hours by default), so a dossier received at 09:00 for one working day is due at 09:00 on the next working
   *       day, and one received after hours on Friday for three working days is due at the closing time of the third
   *       working day;
   *   <li>{@link ProcessingTimeUnit#CALENDAR_DAYS} and {@link ProcessingTimeUnit#MONTHS}, as Bộ luật Dân sự 2015
   *       counts a period: counting starts on the day after the day of receipt (Art. 147(2)), so the last day is the day
   *       of receipt plus that many days or months (a month later than the last day of a shorter month is that month's
   *       last day); the period ends at the end of its last day (Art. 148(1)), and if that day is not a working day,
   *       at the end of the next working day (Art. 148(2)). The end of a day is its closing time.
   * </ul>
   *
   * <p>A result is never on a closed day. An amount of zero gives the moment the dossier counts as received.
   *
   * @param receivedAt when the dossier was received
   * @param processingTime the statutory processing time
   * @return the due date
   * @throws DateTimeException if the computation reaches a year whose holidays are unknown
   */
  public Instant dueDate(Instant receivedAt, ProcessingTime processingTime) {
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(processingTime, "processingTime");
    long amount = processingTime.amount();
    // Adding working time skips closed time by itself, so only a zero amount needs the next opening first.
    return switch (processingTime.unit()) {
      case WORKING_HOURS -> amount == 0
          ? nextOpening(receivedAt) : plusWorkingTime(receivedAt, Duration.ofHours(amount));
      case WORKING_DAYS -> amount == 0
          ? nextOpening(receivedAt) : plusWorkingTime(receivedAt, workingDayLength.multipliedBy(amount));
      case CALENDAR_DAYS -> endOfPeriod(localDate(nextOpening(receivedAt)).plusDays(amount));
      case MONTHS -> endOfPeriod(localDate(nextOpening(receivedAt)).plusMonths(amount));
    };
  }

  /**
   * Returns the due date of a dossier and how its pauses moved it, with this calendar's {@link #pauseStrategy()}.
   *
   * @param receivedAt when the dossier was received
   * @param processingTime the statutory processing time
   * @param pauses the pauses in order; see {@link #dueDateHistory(Instant, ProcessingTime, List, PauseStrategy)}
   * @return the initial due date and one change per pause
   * @throws IllegalArgumentException if the pauses are not in order, overlap, start before the receipt, or an ongoing
   *     pause is not the last
   * @throws DateTimeException if the computation reaches a year whose holidays are unknown
   */
  public DueDateHistory dueDateHistory(Instant receivedAt, ProcessingTime processingTime, List<Pause> pauses) {
    return dueDateHistory(receivedAt, processingTime, pauses, pauseStrategy);
  }

  /**
   * Returns the due date of a dossier and how its pauses moved it.
   *
   * <p>The initial due date is {@link #dueDate(Instant, ProcessingTime)}. Each pause that ended then moves the due date
   * as {@code strategy} says:
   *
   * <ul>
   *   <li>{@link PauseStrategy#WORKING_TIME_PAUSE}: the due date moves by the working time between the pause's start
   *       and end ({@code plusWorkingTime(before, workingTimeBetween(start, end))}). The clock stops for exactly the
   *       working time lost, whatever the procedure's unit; for calendar-day procedures an agency may prefer the other
   *       strategy, which also counts the closed days;
   *   <li>{@link PauseStrategy#ELAPSED_TIME_REALIGNED}: the due date moves by the elapsed time {@code end − start}, and
   *       is then re-aligned: on a closed day it moves to the same time of day on the next working day, and a time
   *       outside office hours moves to the next opening (a closing time stays).
   * </ul>
   *
   * <p>A pause that goes on ends the history: its change has no {@code after}, and the current due date is unknown
   * until the clock resumes.
   *
   * @param receivedAt when the dossier was received
   * @param processingTime the statutory processing time
   * @param pauses the pauses, each starting at or after the receipt and the end of the previous one; only the last may
   *     go on
   * @param strategy how a pause moves the due date
   * @return the initial due date and one change per pause
   * @throws IllegalArgumentException if the pauses are not in order, overlap, start before the receipt, or an ongoing
   *     pause is not the last
   * @throws DateTimeException if the computation reaches a year whose holidays are unknown
   */
  public DueDateHistory dueDateHistory(
      Instant receivedAt, ProcessingTime processingTime, List<Pause> pauses, PauseStrategy strategy) {
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(processingTime, "processingTime");
    Objects.requireNonNull(pauses, "pauses");
    Objects.requireNonNull(strategy, "strategy");
    Instant previousEnd = receivedAt;
    for (int i = 0; i < pauses.size(); i++) {
      Pause pause = Objects.requireNonNull(pauses.get(i), "pauses[" + i + "]");
      if (pause.start().isBefore(previousEnd)) {
        throw new IllegalArgumentException(
            "pauses[" + i + "] starts at " + pause.start() + ", before "
                + (i == 0 ? "the receipt " : "the end of the previous pause ") + previousEnd);
      }
      Instant end = pause.end();
      if (end == null && i < pauses.size() - 1) {
        throw new IllegalArgumentException("pauses[" + i + "] is ongoing but is not the last pause");
      }
      previousEnd = end;
    }

    Instant initial = dueDate(receivedAt, processingTime);
    List<DueDateChange> changes = new ArrayList<>(pauses.size());
    Instant due = initial;
    for (Pause pause : pauses) {
      Instant end = pause.end();
      if (end == null) {
        changes.add(new DueDateChange(pause, due, null));
        break;
      }
      Instant after =
          switch (strategy) {
            case WORKING_TIME_PAUSE -> plusWorkingTime(due, workingTimeBetween(pause.start(), end));
            case ELAPSED_TIME_REALIGNED -> realign(due.plus(Duration.between(pause.start(), end)));
          };
      changes.add(new DueDateChange(pause, due, after));
      due = after;
    }
    return new DueDateHistory(initial, changes);
  }

  // ---- Classification ----

  /**
   * Classifies a finished item against its due date: {@link Timeliness#LATE} if finished after the due date,
   * {@link Timeliness#EARLY} if finished on a calendar day (in this calendar's zone) before the day of the due date,
   * otherwise {@link Timeliness#ON_TIME}. Finishing exactly at the due date is on time, as QĐ 766/QĐ-TTg's
   * {@code NgayKetThucXuLy ≤ NgayHenTra} says.
   *
   * @param dueDate the due date
   * @param finishedAt when the item was finished
   * @return the timeliness
   */
  public Timeliness classify(Instant dueDate, Instant finishedAt) {
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(finishedAt, "finishedAt");
    if (finishedAt.isAfter(dueDate)) {
      return Timeliness.LATE;
    }
    return localDate(finishedAt).isBefore(localDate(dueDate)) ? Timeliness.EARLY : Timeliness.ON_TIME;
  }

  /**
   * Classifies an unfinished item: {@link DueStatus#OVERDUE} once {@code asOf} is after the due date, otherwise
   * {@link DueStatus#ON_TRACK}.
   *
   * @param dueDate the due date
   * @param asOf the instant of the assessment, typically now from an injected {@link java.time.Clock}
   * @return the status
   */
  public DueStatus status(Instant dueDate, Instant asOf) {
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(asOf, "asOf");
    return asOf.isAfter(dueDate) ? DueStatus.OVERDUE : DueStatus.ON_TRACK;
  }

  // ---- Internals ----

  private Instant endOfPeriod(LocalDate lastDay) {
    LocalDate day = isWorkingDay(lastDay) ? lastDay : nextWorkingDay(lastDay);
    return at(day, officeHours.get(officeHours.size() - 1).end());
  }

  private Instant realign(Instant candidate) {
    ZonedDateTime local = candidate.atZone(zone);
    LocalDate date = local.toLocalDate();
    Instant instant = candidate;
    if (!isWorkingDay(date)) {
      date = nextWorkingDay(date);
      instant = at(date, local.toLocalTime());
    }
    for (TimeWindow window : officeHours) {
      if (!instant.isBefore(at(date, window.start())) && !instant.isAfter(at(date, window.end()))) {
        return instant;
      }
    }
    return nextOpening(instant);
  }

  private LocalDate localDate(Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }

  private Instant at(LocalDate date, LocalTime time) {
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
        + ", holidays=" + holidays
        + ", pauseStrategy=" + pauseStrategy + '}';
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
    private PauseStrategy pauseStrategy = PauseStrategy.WORKING_TIME_PAUSE;
    private boolean pauseStrategySet;

    private Builder() {}

    private Builder(WorkingCalendar calendar) {
      this.zone = calendar.zone;
      this.weeklyRestDays = calendar.weeklyRestDays;
      this.officeHours = calendar.officeHours;
      this.countMakeUpSaturdays = calendar.countMakeUpSaturdays;
      this.closures = calendar.closures;
      this.holidays = calendar.holidays;
      this.pauseStrategy = calendar.pauseStrategy;
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
     * Sets how pauses move due dates (default {@link PauseStrategy#WORKING_TIME_PAUSE}).
     *
     * @param strategy the strategy
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder pauseStrategy(PauseStrategy strategy) {
      Objects.requireNonNull(strategy, "strategy");
      if (pauseStrategySet) {
        throw new IllegalStateException("pauseStrategy was already set to " + pauseStrategy);
      }
      pauseStrategySet = true;
      pauseStrategy = strategy;
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
