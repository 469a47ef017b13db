package dev.egov.benchmarks.calendar;

import dev.egov.model.calendar.DueDateRule;
import dev.egov.model.calendar.ProcessingTime;
import dev.egov.model.calendar.TimeWindow;
import dev.egov.model.calendar.WorkingCalendar;
import dev.egov.model.calendar.WorkingDayConvention;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link DueDateRule#dueDate(Instant)} on the civil-service calendar against {@link PlainWeekdays} (plain {@code
 * java.time}, weekdays only), over the same 1,024 seeded receipts spread over 2024–2026: any day (weekends, holidays,
 * make-up Saturdays), about half inside office hours and half at any minute of the day, each with 1 to 30 working days.
 * One operation is one due date (each invocation computes all 1,024 and sums their epoch seconds). Two egov variants,
 * one per {@link WorkingDayConvention}: {@code egov} keeps the clock time of receipt (the default), {@code
 * egovWorkingHours} counts whole days as working hours.
 *
 * <p>Target: each egov variant ≥ 0.5 × plain java.time ({@code dueDate_egov / dueDate_javaTime}, same run).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
@OperationsPerInvocation(DueDateBenchmark.SIZE)
public class DueDateBenchmark {

  static final int SIZE = 1024;
  private static final long SEED = 20260213L;
  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);

  private final WorkingCalendar calendar = WorkingCalendar.civilService();
  private Instant[] receipts = new Instant[0];
  private int[] days = new int[0];
  /** One rule per receipt (its processing time bound), for each convention. */
  private DueDateRule[] keepClockTime = new DueDateRule[0];
  private DueDateRule[] workingHours = new DueDateRule[0];

  /**
   * Builds the receipts and proves that both variants are sane and agree where they must: every due date is after its
   * receipt; egov's is on a working day; and for a receipt inside office hours on a working day whose plain weekday
   * count crosses no day off and no make-up Saturday, both give the same instant. At least a quarter of the receipts
   * must be such plain cases, so the check is never vacuous.
   */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(SEED);
    receipts = new Instant[SIZE];
    days = new int[SIZE];
    keepClockTime = new DueDateRule[SIZE];
    workingHours = new DueDateRule[SIZE];
    DueDateRule keep = DueDateRule.of(calendar, ProcessingTime.ofWorkingDays(1));
    DueDateRule hours = keep.newBuilder().convention(WorkingDayConvention.WORKING_HOURS).build();
    long span = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1;
    for (int i = 0; i < SIZE; i++) {
      LocalDate day = FIRST_DAY.plusDays(random.nextLong(span));
      // Half inside office hours (07:00 to 17:00, lunch gap included), half at any minute.
      int minute = random.nextBoolean() ? 7 * 60 + random.nextInt(10 * 60) : random.nextInt(24 * 60);
      receipts[i] = LocalDateTime.of(day, LocalTime.ofSecondOfDay(minute * 60L)).atZone(WorkingCalendar.VIETNAM)
          .toInstant();
      days[i] = 1 + random.nextInt(30);
      keepClockTime[i] = keep.withProcessingTime(ProcessingTime.ofWorkingDays(days[i]));
      workingHours[i] = hours.withProcessingTime(ProcessingTime.ofWorkingDays(days[i]));
    }
    int agreeing = 0;
    for (int i = 0; i < SIZE; i++) {
      Instant plain = PlainWeekdays.plusWeekdays(receipts[i], days[i]);
      Instant kept = check(keepClockTime[i], receipts[i], days[i], plain);
      Instant asHours = check(workingHours[i], receipts[i], days[i], plain);
      if (isPlainCase(receipts[i], plain)) {
        agreeing++;
        if (!kept.equals(plain) || !asHours.equals(plain)) {
          throw new IllegalStateException("variants disagree on " + receipts[i] + " + " + days[i]
              + " working days, which crosses no day off: egov " + kept + " and " + asHours + ", javaTime " + plain);
        }
      }
      // Both conventions place the same working time; they differ only by closed time after the working-hours result.
      if (!calendar.workingTimeBetween(asHours, kept).isZero() || kept.isBefore(asHours)) {
        throw new IllegalStateException("conventions disagree on " + receipts[i] + " + " + days[i] + " working days: "
            + kept + " and " + asHours);
      }
    }
    if (agreeing < SIZE / 4) {
      throw new IllegalStateException("only " + agreeing + " plain receipts: the agreement check is too weak");
    }
    requireEqual("dueDate_egov", dueDate_egov(), sum(keepClockTime));
    requireEqual("dueDate_egovWorkingHours", dueDate_egovWorkingHours(), sum(workingHours));
    requireEqual("dueDate_javaTime", dueDate_javaTime(), sumPlain());
  }

  private Instant check(DueDateRule rule, Instant receipt, int days, Instant plain) {
    Instant egov = rule.dueDate(receipt);
    if (!egov.isAfter(receipt) || !plain.isAfter(receipt)) {
      throw new IllegalStateException("due date not after receipt " + receipt + " + " + days + ": egov " + egov
          + " (" + rule.convention() + "), javaTime " + plain);
    }
    if (!calendar.isWorkingDay(egov.atZone(calendar.zone()).toLocalDate())) {
      throw new IllegalStateException("egov's due date " + egov + " (" + rule.convention() + ") is not on a working day");
    }
    return egov;
  }

  /**
   * Whether egov must give the plain answer: received strictly inside an office-hours window on a working day (at a
   * window's opening minute the working time runs out at the previous closing, 17:00 or 11:30, which is the same working
   * moment but another instant), and from the day after receipt to the plain due date every weekday is a working day and
   * no weekend day is.
   */
  private boolean isPlainCase(Instant receipt, Instant plain) {
    ZonedDateTime at = receipt.atZone(calendar.zone());
    LocalDate day = at.toLocalDate();
    if (!calendar.isWorkingDay(day) || !inOfficeHours(at.toLocalTime())) {
      return false;
    }
    LocalDate last = plain.atZone(calendar.zone()).toLocalDate();
    for (LocalDate d = day.plusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
      boolean weekend = d.getDayOfWeek().getValue() >= 6;
      if (calendar.isWorkingDay(d) == weekend) {
        return false;
      }
    }
    return true;
  }

  private boolean inOfficeHours(LocalTime time) {
    for (TimeWindow window : calendar.officeHours()) {
      if (time.isAfter(window.start()) && time.isBefore(window.end())) {
        return true;
      }
    }
    return false;
  }

  private long sum(DueDateRule[] rules) {
    long sum = 0;
    for (int i = 0; i < SIZE; i++) {
      sum += rules[i].dueDate(receipts[i]).getEpochSecond();
    }
    return sum;
  }

  private long sumPlain() {
    long sum = 0;
    for (int i = 0; i < SIZE; i++) {
      sum += PlainWeekdays.plusWeekdays(receipts[i], days[i]).getEpochSecond();
    }
    return sum;
  }

  /** The default: whole working days keep the clock time of receipt. */
  @Benchmark
  public long dueDate_egov() {
    long sum = 0;
    for (int i = 0; i < receipts.length; i++) {
      sum += keepClockTime[i].dueDate(receipts[i]).getEpochSecond();
    }
    return sum;
  }

  /** Whole working days as working hours. */
  @Benchmark
  public long dueDate_egovWorkingHours() {
    long sum = 0;
    for (int i = 0; i < receipts.length; i++) {
      sum += workingHours[i].dueDate(receipts[i]).getEpochSecond();
    }
    return sum;
  }

  @Benchmark
  public long dueDate_javaTime() {
    long sum = 0;
    for (int i = 0; i < receipts.length; i++) {
      sum += PlainWeekdays.plusWeekdays(receipts[i], days[i]).getEpochSecond();
    }
    return sum;
  }

  private static void requireEqual(String what, long actual, long expected) {
    if (actual != expected) {
      throw new IllegalStateException(what + " summed " + actual + ", expected " + expected);
    }
  }
}
