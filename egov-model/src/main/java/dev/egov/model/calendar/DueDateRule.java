package dev.egov.model.calendar;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The due dates of one processing time on one working calendar: egov's one home for "receipt and pauses → due date"
 * and "elapsed working time less pauses", used by the dossier lifecycle's callers, the QĐ 766 indicators and the
 * generators.
 *
 * <pre>{@code
 * DueDateRule rule = DueDateRule.of(WorkingCalendar.civilService(), ProcessingTime.ofWorkingDays(3));
 * Instant received = ZonedDateTime.of(2026, 2, 13, 17, 30, 0, 0, WorkingCalendar.VIETNAM).toInstant();
 * Instant due = rule.dueDate(received);
 * // 2026-02-26T07:00+07:00: received after hours on the Friday before Tết, counted from Monday 23 February 07:00,
 * // three working days later at the same clock time
 * DueDateRule asHours = rule.newBuilder().convention(WorkingDayConvention.WORKING_HOURS).build();
 * Instant dueAsHours = asHours.dueDate(received);   // 2026-02-25T17:00+07:00, the same 24 working hours
 * }</pre>
 *
 * <h2>Settings</h2>
 *
 * A rule is bound to a {@link WorkingCalendar} (default {@link WorkingCalendar#civilService()}), a {@link
 * ProcessingTime} (required), a {@link PauseStrategy} (default {@link PauseStrategy#WORKING_TIME_PAUSE}) and a {@link
 * WorkingDayConvention} (default {@link WorkingDayConvention#KEEP_CLOCK_TIME}, the time one-stop software prints). Its
 * builder fails fast: a setting given twice throws {@link IllegalStateException} naming it, and so does building
 * without a processing time. {@link #withProcessingTime(ProcessingTime)} gives the same settings for another
 * procedure. Immutable and thread-safe; equal when its four settings are.
 *
 * <h2>Receipt</h2>
 *
 * A dossier counts as received at {@link #countingStart(Instant)}: the receipt itself during office hours, otherwise
 * the next opening. A receipt before opening counts from the opening, one in the lunch gap from the afternoon opening,
 * one after closing, on a weekly rest day, on a holiday or on a closure from the next working day's opening (online
 * dossiers are treated this way in practice). A receipt at exactly a closing time counts from the next opening.
 *
 * <h2>Due dates, by unit</h2>
 *
 * <ul>
 *   <li>{@link ProcessingTimeUnit#WORKING_DAYS}: that many working days of {@link WorkingCalendar#workingDayLength()}
 *       each, placed by the {@linkplain #convention() convention}: with {@link WorkingDayConvention#KEEP_CLOCK_TIME} the
 *       same clock time that many working days later (received Monday 09:00, one day: Tuesday 09:00; received Monday at
 *       or before 07:00: Tuesday 07:00), with {@link WorkingDayConvention#WORKING_HOURS} as soon as the working hours
 *       are used (received Monday 07:00: Monday 17:00);
 *   <li>{@link ProcessingTimeUnit#WORKING_HOURS}: that many hours of working time, placed the same way: a multiple of
 *       the working-day length is that many whole days, and the rest runs in office hours, across the lunch gap and
 *       from one working day to the next, ending at a closing time if it runs out exactly then;
 *   <li>{@link ProcessingTimeUnit#CALENDAR_DAYS} and {@link ProcessingTimeUnit#MONTHS}, as Bộ luật Dân sự 2015 counts a
 *       period, whatever the convention: counting starts on the day after the day the dossier counts as received (Art.
 *       147(2)), so the last day is that day plus that many days or months (a month later than the last day of a
 *       shorter month is that month's last day, Art. 148(3)); the period ends at the end of its last day (Art. 148(1)),
 *       and if that day is a weekly rest day or a holiday, at the end of the next working day (Art. 148(5)). The end of
 *       a day is its closing time, the end of its last office-hours window (17:00 by default), when the office stops
 *       acting on the day; Art. 148(6) says 24:00, which differs only for work finished after closing time on the last
 *       day.
 * </ul>
 *
 * <p>A due date is never on a closed day. An amount of zero gives the moment the dossier counts as received.
 *
 * <h2>Pauses</h2>
 *
 * A {@link Pause} (a supplement request, a financial obligation) stops the clock. Only the part of a pause from the
 * receipt on counts: a pause that ended by the receipt (a supplement asked for before an online dossier was received)
 * is skipped, and one that began before it counts from it. How an ended pause moves a due date is the {@linkplain
 * #pauseStrategy() pause strategy} ({@link #afterPause(Instant, Pause)}); the working time a {@link
 * PauseStrategy#WORKING_TIME_PAUSE} adds is placed by the convention, like a processing time.
 *
 * <h2>Judgement</h2>
 *
 * {@link #classify(Instant, Instant)} and {@link #status(Instant, Instant)} judge work against a due date; {@link
 * #measure(Instant, Instant, List)} measures the working time used when there is no due date to judge against, with the
 * same convention.
 *
 * @since 0.1.0
 */
public final class DueDateRule {

  private final WorkingCalendar calendar;
  private final ProcessingTime processingTime;
  private final PauseStrategy pauseStrategy;
  private final WorkingDayConvention convention;

  private DueDateRule(WorkingCalendar calendar, ProcessingTime processingTime, PauseStrategy pauseStrategy,
      WorkingDayConvention convention) {
    this.calendar = calendar;
    this.processingTime = processingTime;
    this.pauseStrategy = pauseStrategy;
    this.convention = convention;
  }

  /**
   * Returns the rule of a processing time on a calendar, with the default pause strategy and convention.
   *
   * @param calendar the working calendar
   * @param processingTime the statutory processing time
   * @return the rule
   */
  public static DueDateRule of(WorkingCalendar calendar, ProcessingTime processingTime) {
    return new DueDateRule(Objects.requireNonNull(calendar, "calendar"),
        Objects.requireNonNull(processingTime, "processingTime"), PauseStrategy.WORKING_TIME_PAUSE,
        WorkingDayConvention.KEEP_CLOCK_TIME);
  }

  /**
   * Returns a builder with every default and no processing time.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this rule's settings. Each setting may still be set once.
   *
   * @return a new builder
   */
  public Builder newBuilder() {
    Builder builder = new Builder();
    builder.calendar = calendar;
    builder.processingTime = processingTime;
    builder.pauseStrategy = pauseStrategy;
    builder.convention = convention;
    return builder;
  }

  /**
   * Returns the rule with these settings for another processing time.
   *
   * @param time the processing time
   * @return this rule if {@code time} is its own, otherwise a new rule
   */
  public DueDateRule withProcessingTime(ProcessingTime time) {
    Objects.requireNonNull(time, "time");
    return time.equals(processingTime) ? this : new DueDateRule(calendar, time, pauseStrategy, convention);
  }

  // ---- Settings ----

  /**
   * Returns the working calendar.
   *
   * @return the calendar
   */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /**
   * Returns the processing time.
   *
   * @return the processing time
   */
  public ProcessingTime processingTime() {
    return processingTime;
  }

  /**
   * Returns how an ended pause moves a due date.
   *
   * @return the strategy
   */
  public PauseStrategy pauseStrategy() {
    return pauseStrategy;
  }

  /**
   * Returns where whole working days end.
   *
   * @return the convention
   */
  public WorkingDayConvention convention() {
    return convention;
  }

  // ---- Due dates ----

  /**
   * Returns when a dossier received at {@code receivedAt} counts as received: the receipt if the office is open then,
   * otherwise the next opening ({@link WorkingCalendar#nextOpening(Instant)}).
   *
   * @param receivedAt when the dossier was received
   * @return the instant the clock starts
   * @throws DateTimeException if the search reaches a year whose holidays are unknown
   */
  public Instant countingStart(Instant receivedAt) {
    return calendar.nextOpening(Objects.requireNonNull(receivedAt, "receivedAt"));
  }

  /**
   * Returns the due date (ngày hẹn trả) of a dossier received at {@code receivedAt}, before any pause.
   *
   * @param receivedAt when the dossier was received
   * @return the due date
   * @throws DateTimeException if the computation reaches a year whose holidays are unknown
   */
  public Instant dueDate(Instant receivedAt) {
    Objects.requireNonNull(receivedAt, "receivedAt");
    long amount = processingTime.amount();
    return switch (processingTime.unit()) {
      case WORKING_HOURS -> placeFromReceipt(receivedAt, Duration.ofHours(amount));
      case WORKING_DAYS -> placeFromReceipt(receivedAt, calendar.workingDayLength().multipliedBy(amount));
      case CALENDAR_DAYS -> endOfPeriod(calendar.localDate(calendar.nextOpening(receivedAt)).plusDays(amount));
      case MONTHS -> endOfPeriod(calendar.localDate(calendar.nextOpening(receivedAt)).plusMonths(amount));
    };
  }

  /**
   * Returns the due date of a dossier after its pauses: {@link #history(Instant, List)}'s current due date.
   *
   * @param receivedAt when the dossier was received
   * @param pauses the pauses, as {@link #history(Instant, List)} takes them
   * @return the due date, or empty while the last pause goes on
   * @throws IllegalArgumentException if the pauses are out of order or overlap, or an ongoing pause is not the last
   * @throws DateTimeException if the computation reaches a year whose holidays are unknown
   */
  public Optional<Instant> dueDate(Instant receivedAt, List<Pause> pauses) {
    return history(receivedAt, pauses).currentDueDate();
  }

  /**
   * Returns the due date of a dossier and how each pause moved it. The initial due date is {@link #dueDate(Instant)};
   * each pause from the receipt on moves it as {@link #afterPause(Instant, Pause)} says, counting only its part from
   * the receipt on. A pause that goes on ends the history: its change has no {@code after}, and the current due date
   * is unknown until the clock resumes.
   *
   * @param receivedAt when the dossier was received
   * @param pauses the pauses in order, each starting at or after the end of the previous one; only the last may go on.
   *     Pauses that ended by the receipt are skipped.
   * @return the initial due date and one change per pause that counts
   * @throws IllegalArgumentException if the pauses are out of order or overlap, or an ongoing pause is not the last
   * @throws DateTimeException if the computation reaches a year whose holidays are unknown
   */
  public DueDateHistory history(Instant receivedAt, List<Pause> pauses) {
    Objects.requireNonNull(receivedAt, "receivedAt");
    List<Pause> counted = counted(receivedAt, pauses);
    Instant initial = dueDate(receivedAt);
    List<DueDateChange> changes = new ArrayList<>(counted.size());
    Instant due = initial;
    for (Pause pause : counted) {
      Instant end = pause.end();
      if (end == null) {
        changes.add(new DueDateChange(pause, due, null));
        break;
      }
      Instant start = pause.start().isBefore(receivedAt) ? receivedAt : pause.start();
      Instant after = move(due, start, end);
      changes.add(new DueDateChange(pause, due, after));
      due = after;
    }
    return new DueDateHistory(initial, changes);
  }

  /**
   * Returns the due date a dossier will have if its ongoing pause ends at {@code resumeAt}: the due date after every
   * pause, the last one ending then. This is the new due date to record when a supplement is received or an obligation
   * met.
   *
   * <pre>{@code
   * dossier = dossier.supplementReceived(resumed,
   *     rule.resumedDueDate(dossier.receivedAt(), dossier.pauses(), resumed)).dossier();
   * }</pre>
   *
   * @param receivedAt when the dossier was received
   * @param pauses the pauses, as {@link #history(Instant, List)} takes them, the last one going on
   * @param resumeAt when the clock resumes, not before the ongoing pause began
   * @return the new due date
   * @throws IllegalArgumentException if no pause from the receipt on goes on, {@code resumeAt} is before it began, or
   *     the pauses are out of order
   * @throws DateTimeException if the computation reaches a year whose holidays are unknown
   */
  public Instant resumedDueDate(Instant receivedAt, List<Pause> pauses, Instant resumeAt) {
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(resumeAt, "resumeAt");
    List<Pause> counted = new ArrayList<>(counted(receivedAt, pauses));
    int last = counted.size() - 1;
    if (last < 0 || !counted.get(last).isOngoing()) {
      throw new IllegalArgumentException("pauses has no ongoing pause from the receipt on");
    }
    Pause open = counted.get(last);
    if (resumeAt.isBefore(open.start())) {
      throw new IllegalArgumentException("resumeAt " + resumeAt + " is before the ongoing pause began at "
          + open.start());
    }
    counted.set(last, Pause.of(open.reason(), open.start(), resumeAt));
    return history(receivedAt, counted).currentDueDate().orElseThrow();
  }

  /**
   * Returns the due date after one ended pause, as the {@linkplain #pauseStrategy() pause strategy} says:
   *
   * <ul>
   *   <li>{@link PauseStrategy#WORKING_TIME_PAUSE}: the working time between the pause's start and end is added to
   *       the due date, placed by the convention (with {@link WorkingDayConvention#KEEP_CLOCK_TIME}, a pause of exactly
   *       one working day moves a due date of Thursday 07:00 to Friday 07:00). A due date in closed time (recorded by
   *       another system) first moves to the next opening; one at a closing time stays there;
   *   <li>{@link PauseStrategy#ELAPSED_TIME_REALIGNED}: the elapsed time {@code end − start} is added, and the result
   *       is re-aligned: on a closed day it moves to the same time of day on the next working day, and a time outside
   *       office hours moves to the next opening (a closing time stays).
   * </ul>
   *
   * The whole pause counts, whatever the receipt; {@link #history(Instant, List)} cuts pauses at the receipt first.
   *
   * @param dueBefore the due date before the pause
   * @param pause a pause that ended
   * @return the due date after it
   * @throws IllegalArgumentException if the pause goes on
   * @throws DateTimeException if the computation reaches a year whose holidays are unknown
   */
  public Instant afterPause(Instant dueBefore, Pause pause) {
    Objects.requireNonNull(dueBefore, "dueBefore");
    Objects.requireNonNull(pause, "pause");
    Instant end = pause.end();
    if (end == null) {
      throw new IllegalArgumentException("pause goes on: the due date after it is not known yet");
    }
    return move(dueBefore, pause.start(), end);
  }

  // ---- Working time ----

  /**
   * Returns the processing time as working time from a receipt: {@code amount ×} {@link
   * WorkingCalendar#workingDayLength()} for working days, the hours for working hours, and for calendar days and months
   * the working time from the receipt to {@link #dueDate(Instant)}.
   *
   * @param receivedAt when the dossier was received
   * @return the working time allowed
   * @throws DateTimeException if the computation reaches a year whose holidays are unknown
   */
  public Duration allowedWorkingTime(Instant receivedAt) {
    Objects.requireNonNull(receivedAt, "receivedAt");
    return allowed(receivedAt, null);
  }

  /**
   * Returns the working time from a receipt to an end, less the working time of the pauses in between: QĐ
   * 766/QĐ-TTg's elapsed time with the supplement periods subtracted. The pauses may come in any order and overlap
   * (time in two of them counts once); each is cut to {@code [receivedAt, end]}, one still going on at {@code end}
   * counting up to {@code end}.
   *
   * @param receivedAt when the dossier was received
   * @param end the end of the measurement, not before {@code receivedAt}
   * @param pauses the pauses
   * @return the working time, never negative
   * @throws IllegalArgumentException if {@code end} is before {@code receivedAt}
   * @throws DateTimeException if a year in between has unknown holidays
   */
  public Duration elapsedLessPauses(Instant receivedAt, Instant end, List<Pause> pauses) {
    return elapsed(receivedAt, end, cut(receivedAt, end, pauses));
  }

  /**
   * Measures the working time used from a receipt to an end: the elapsed time less pauses ({@link
   * #elapsedLessPauses}), the processing time as working time ({@link #allowedWorkingTime}) and the due date those
   * pauses, cut as {@link #elapsedLessPauses} cuts them, give; {@link ElapsedTime#isWithinTime()} then judges work
   * that has no recorded due date by the same rule as one that has. One pass over the calendar for all three.
   *
   * @param receivedAt when the dossier was received
   * @param end the end of the measurement, not before {@code receivedAt}
   * @param pauses the pauses, in any order
   * @return the measurement
   * @throws IllegalArgumentException if {@code end} is before {@code receivedAt}
   * @throws DateTimeException if the computation reaches a year whose holidays are unknown
   */
  public ElapsedTime measure(Instant receivedAt, Instant end, List<Pause> pauses) {
    List<Pause> cut = cut(receivedAt, end, pauses);
    Duration elapsed = elapsed(receivedAt, end, cut);
    Instant due = dueDate(receivedAt);
    Duration allowed = allowed(receivedAt, due);
    for (Pause pause : cut) {
      due = move(due, pause.start(), Objects.requireNonNull(pause.end()));
    }
    return new ElapsedTime(end, elapsed, allowed, due);
  }

  // ---- Judgement ----

  /**
   * Classifies finished work against its due date: {@link Timeliness#LATE} if finished after the due date, {@link
   * Timeliness#EARLY} if finished on a calendar day (in the calendar's zone) before the day of the due date, otherwise
   * {@link Timeliness#ON_TIME}. Finishing exactly at the due date is on time, as QĐ 766/QĐ-TTg's {@code
   * NgayKetThucXuLy ≤ NgayHenTra} says. With {@link WorkingDayConvention#KEEP_CLOCK_TIME} a due date at an opening
   * makes work finished the working day before early, as one-stop software that prints that due date counts it.
   *
   * @param dueDate the due date
   * @param finishedAt when the work was finished
   * @return the timeliness
   */
  public Timeliness classify(Instant dueDate, Instant finishedAt) {
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(finishedAt, "finishedAt");
    if (finishedAt.isAfter(dueDate)) {
      return Timeliness.LATE;
    }
    return calendar.localDate(finishedAt).isBefore(calendar.localDate(dueDate)) ? Timeliness.EARLY
        : Timeliness.ON_TIME;
  }

  /**
   * Classifies unfinished work: {@link DueStatus#OVERDUE} once {@code asOf} is after the due date, otherwise {@link
   * DueStatus#ON_TRACK}.
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

  /** Places working time from a receipt: from the next opening, which the convention needs exactly. */
  private Instant placeFromReceipt(Instant receivedAt, Duration amount) {
    if (amount.isZero()) {
      return calendar.nextOpening(receivedAt);
    }
    if (convention == WorkingDayConvention.WORKING_HOURS) {
      // Adding working time skips closed time by itself.
      return calendar.plusWorkingTime(receivedAt, amount);
    }
    return keepClockTime(calendar.nextOpening(receivedAt), amount);
  }

  /** Places working time from a due date, which may lie in closed time if another system recorded it. */
  private Instant place(Instant from, Duration amount) {
    if (amount.isZero() || convention == WorkingDayConvention.WORKING_HOURS) {
      return calendar.plusWorkingTime(from, amount);
    }
    Instant start = from;
    if (amount.compareTo(calendar.workingDayLength()) >= 0 && !isClosingTime(from)) {
      start = calendar.nextOpening(from);
    }
    return keepClockTime(start, amount);
  }

  /** Whole working days at the same clock time, then the rest in working hours. */
  private Instant keepClockTime(Instant from, Duration amount) {
    Duration day = calendar.workingDayLength();
    long days;
    Duration rest;
    if (amount.getSeconds() < Long.MAX_VALUE / 1_000_000_000L - 1) {
      // In nanoseconds (up to 292 years): Duration.dividedBy(Duration) goes through BigDecimal.
      long nanos = amount.toNanos();
      long dayNanos = day.toNanos();
      days = nanos / dayNanos;
      rest = Duration.ofNanos(nanos % dayNanos);
    } else {
      days = amount.dividedBy(day);
      rest = amount.minus(day.multipliedBy(days));
    }
    Instant at = calendar.sameTimeWorkingDaysLater(from, days);
    return rest.isZero() ? at : calendar.plusWorkingTime(at, rest);
  }

  /** Whether an instant is exactly the end of an office-hours window on a working day. */
  private boolean isClosingTime(Instant instant) {
    ZonedDateTime local = instant.atZone(calendar.zone());
    LocalTime time = local.toLocalTime();
    for (TimeWindow window : calendar.officeHours()) {
      if (window.end().equals(time)) {
        return calendar.isWorkingDay(local.toLocalDate());
      }
    }
    return false;
  }

  private Instant move(Instant due, Instant start, Instant end) {
    return switch (pauseStrategy) {
      case WORKING_TIME_PAUSE -> place(due, calendar.workingTimeBetween(start, end));
      case ELAPSED_TIME_REALIGNED -> realign(due.plus(Duration.between(start, end)));
    };
  }

  private Instant realign(Instant candidate) {
    ZonedDateTime local = candidate.atZone(calendar.zone());
    LocalDate date = local.toLocalDate();
    Instant instant = candidate;
    if (!calendar.isWorkingDay(date)) {
      date = calendar.nextWorkingDay(date);
      instant = calendar.at(date, local.toLocalTime());
    }
    for (TimeWindow window : calendar.officeHours()) {
      if (!instant.isBefore(calendar.at(date, window.start())) && !instant.isAfter(calendar.at(date, window.end()))) {
        return instant;
      }
    }
    return calendar.nextOpening(instant);
  }

  private Instant endOfPeriod(LocalDate lastDay) {
    LocalDate day = calendar.isWorkingDay(lastDay) ? lastDay : calendar.nextWorkingDay(lastDay);
    List<TimeWindow> hours = calendar.officeHours();
    return calendar.at(day, hours.get(hours.size() - 1).end());
  }

  /** The processing time as working time; {@code dueDate} is the initial due date if already known. */
  private Duration allowed(Instant receivedAt, @Nullable Instant dueDate) {
    long amount = processingTime.amount();
    return switch (processingTime.unit()) {
      case WORKING_DAYS -> calendar.workingDayLength().multipliedBy(amount);
      case WORKING_HOURS -> Duration.ofHours(amount);
      case CALENDAR_DAYS, MONTHS ->
          calendar.workingTimeBetween(receivedAt, dueDate != null ? dueDate : dueDate(receivedAt));
    };
  }

  private Duration elapsed(Instant receivedAt, Instant end, List<Pause> cut) {
    Duration elapsed = calendar.workingTimeBetween(receivedAt, end);
    for (Pause pause : cut) {
      elapsed = elapsed.minus(calendar.workingTimeBetween(pause.start(), Objects.requireNonNull(pause.end())));
    }
    return elapsed.isNegative() ? Duration.ZERO : elapsed;
  }

  /**
   * The pauses that count for a due date: those not ended by the receipt, checked for order. Their start is left as
   * given; the caller cuts it at the receipt.
   */
  private static List<Pause> counted(Instant receivedAt, List<Pause> pauses) {
    Objects.requireNonNull(pauses, "pauses");
    List<Pause> counted = new ArrayList<>(pauses.size());
    Instant previousEnd = null;
    for (int i = 0; i < pauses.size(); i++) {
      Pause pause = Objects.requireNonNull(pauses.get(i), "pauses[" + i + "]");
      Instant end = pause.end();
      if (end != null && !end.isAfter(receivedAt)) {
        continue;
      }
      if (previousEnd != null && pause.start().isBefore(previousEnd)) {
        throw new IllegalArgumentException(
            "pauses[" + i + "] starts at " + pause.start() + ", before the end of the previous pause " + previousEnd);
      }
      if (!counted.isEmpty() && counted.get(counted.size() - 1).isOngoing()) {
        throw new IllegalArgumentException("pauses[" + (i - 1) + "] is ongoing but is not the last pause");
      }
      counted.add(pause);
      previousEnd = end;
    }
    return counted;
  }

  /**
   * The pauses cut to {@code [receivedAt, end]}, an ongoing one ending at {@code end}, sorted and merged where they
   * overlap: ended pauses that never overlap, for measuring.
   */
  private static List<Pause> cut(Instant receivedAt, Instant end, List<Pause> pauses) {
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(pauses, "pauses");
    if (end.isBefore(receivedAt)) {
      throw new IllegalArgumentException("end " + end + " is before receivedAt " + receivedAt);
    }
    if (pauses.isEmpty()) {
      return List.of();
    }
    List<Pause> inside = new ArrayList<>(pauses.size());
    for (int i = 0; i < pauses.size(); i++) {
      Pause pause = Objects.requireNonNull(pauses.get(i), "pauses[" + i + "]");
      Instant start = pause.start().isBefore(receivedAt) ? receivedAt : pause.start();
      Instant stop = pause.end() == null || pause.end().isAfter(end) ? end : pause.end();
      if (stop.isAfter(start)) {
        inside.add(Pause.of(pause.reason(), start, stop));
      }
    }
    if (inside.size() < 2) {
      return inside;
    }
    inside.sort(Comparator.comparing(Pause::start));
    List<Pause> merged = new ArrayList<>(inside.size());
    Pause current = inside.get(0);
    for (int i = 1; i < inside.size(); i++) {
      Pause next = inside.get(i);
      Instant currentEnd = Objects.requireNonNull(current.end());
      if (next.start().isAfter(currentEnd)) {
        merged.add(current);
        current = next;
      } else if (Objects.requireNonNull(next.end()).isAfter(currentEnd)) {
        current = Pause.of(current.reason(), current.start(), next.end());
      }
    }
    merged.add(current);
    return merged;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof DueDateRule rule && calendar.equals(rule.calendar)
        && processingTime.equals(rule.processingTime) && pauseStrategy == rule.pauseStrategy
        && convention == rule.convention;
  }

  @Override
  public int hashCode() {
    return Objects.hash(calendar, processingTime, pauseStrategy, convention);
  }

  /** Returns the settings, for diagnostics. */
  @Override
  public String toString() {
    return "DueDateRule[processingTime=" + processingTime.amount() + ' ' + processingTime.unit()
        + ", convention=" + convention + ", pauseStrategy=" + pauseStrategy + ", calendar=" + calendar + ']';
  }

  /**
   * Builds a {@link DueDateRule}. Each setting may be set once: a second call throws {@link IllegalStateException}
   * naming the setting; the processing time is required.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private WorkingCalendar calendar = WorkingCalendar.civilService();
    private @Nullable ProcessingTime processingTime;
    private PauseStrategy pauseStrategy = PauseStrategy.WORKING_TIME_PAUSE;
    private WorkingDayConvention convention = WorkingDayConvention.KEEP_CLOCK_TIME;
    private boolean calendarSet;
    private boolean processingTimeSet;
    private boolean pauseStrategySet;
    private boolean conventionSet;

    private Builder() {}

    /**
     * Sets the working calendar (default {@link WorkingCalendar#civilService()}).
     *
     * @param calendar the calendar
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder calendar(WorkingCalendar calendar) {
      Objects.requireNonNull(calendar, "calendar");
      if (calendarSet) {
        throw new IllegalStateException("calendar was already set");
      }
      calendarSet = true;
      this.calendar = calendar;
      return this;
    }

    /**
     * Sets the processing time. Required.
     *
     * @param time the processing time
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder processingTime(ProcessingTime time) {
      Objects.requireNonNull(time, "time");
      if (processingTimeSet) {
        throw new IllegalStateException("processingTime was already set to " + processingTime);
      }
      processingTimeSet = true;
      this.processingTime = time;
      return this;
    }

    /**
     * Sets how an ended pause moves a due date (default {@link PauseStrategy#WORKING_TIME_PAUSE}).
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
      this.pauseStrategy = strategy;
      return this;
    }

    /**
     * Sets where whole working days end (default {@link WorkingDayConvention#KEEP_CLOCK_TIME}).
     *
     * @param convention the convention
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder convention(WorkingDayConvention convention) {
      Objects.requireNonNull(convention, "convention");
      if (conventionSet) {
        throw new IllegalStateException("convention was already set to " + this.convention);
      }
      conventionSet = true;
      this.convention = convention;
      return this;
    }

    /**
     * Builds the rule.
     *
     * @return a new rule
     * @throws IllegalStateException if no processing time was set
     */
    public DueDateRule build() {
      ProcessingTime time = processingTime;
      if (time == null) {
        throw new IllegalStateException("processingTime is required");
      }
      return new DueDateRule(calendar, time, pauseStrategy, convention);
    }
  }
}
