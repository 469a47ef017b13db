package dev.egov.examples.indicators;

import dev.egov.fakes.generators.DossierGenerator;
import dev.egov.fakes.generators.SampleProcedures;
import dev.egov.model.calendar.DueDateRule;
import dev.egov.model.calendar.ProcessingTime;
import dev.egov.model.calendar.WorkingCalendar;
import dev.egov.model.calendar.WorkingDayConvention;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.indicators.IndicatorCalculator;
import dev.egov.model.indicators.IndicatorReport;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * For agency developers and reporting teams: the due date of a dossier received on the Friday before Tết 2026, and the
 * QĐ 766/QĐ-TTg service indicators of 10,000 generated dossiers of the first quarter of 2026, computed from a stream.
 *
 * <pre>
 * java -cp examples/target/egov-examples.jar dev.egov.examples.indicators.DueDatesAndIndicators
 * java -cp examples/target/egov-examples.jar dev.egov.examples.indicators.DueDatesAndIndicators 2026-02-15
 * </pre>
 *
 * <p>The indicators are judged "as of" an instant taken from a {@link Clock}, never from the system clock: by default
 * the end of the quarter, so the output is the same on every run. An optional argument, a date in the quarter, reports
 * on the quarter as it stood at the start of that day (Vietnam time).
 */
public final class DueDatesAndIndicators {

  /** The seed of the generated dossiers: the same seed prints the same report. */
  public static final long SEED = 20260213L;
  /** How many dossiers are generated. */
  public static final long DOSSIERS = 10_000;
  /** The first day of the reporting period. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
  /** The last day of the reporting period. */
  public static final LocalDate LAST_DAY = LocalDate.of(2026, 3, 31);

  private static final ZoneId VIETNAM = WorkingCalendar.VIETNAM;

  private DueDatesAndIndicators() {}

  /**
   * Runs the example as of the end of the quarter, or as of the start of the day given.
   *
   * @param args nothing, or one ISO date ({@code 2026-02-15}) in the quarter
   */
  public static void main(String[] args) {
    Instant asOf = args.length == 0
        ? quarterEnd()
        : LocalDate.parse(args[0]).atStartOfDay(VIETNAM).toInstant();
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8), Clock.fixed(asOf, VIETNAM));
  }

  /**
   * Returns the end of the quarter: midnight after {@link #LAST_DAY}, Vietnam time.
   *
   * @return the instant the quarter ends
   */
  public static Instant quarterEnd() {
    return LAST_DAY.plusDays(1).atStartOfDay(VIETNAM).toInstant();
  }

  /**
   * Returns the calculator the example uses for the quarter as of an instant: the civil-service calendar, the sample
   * procedures for statutory times, and the population database code the generated dossiers use.
   *
   * @param asOf the instant the period ends; the quarter end at the latest
   * @return the calculator for the period from {@link #FIRST_DAY} to {@code asOf}
   */
  public static IndicatorCalculator calculator(Instant asOf) {
    return IndicatorCalculator.builder()
        .period(FIRST_DAY.atStartOfDay(VIETNAM).toInstant(), asOf)
        .calendar(WorkingCalendar.civilService())
        .procedures(SampleProcedures::find)
        .populationDatabases(DossierGenerator.POPULATION_DATABASE)
        .build();
  }

  /**
   * Returns the example's dossiers: {@link #DOSSIERS} dossiers of the quarter from {@link #SEED}, lazily, in order of
   * submission. Each call returns the same dossiers.
   *
   * @return a new stream, to be closed
   */
  public static Stream<Dossier> dossiers() {
    return DossierGenerator.withSeed(SEED).dossiers(FIRST_DAY, LAST_DAY, DOSSIERS);
  }

  /**
   * Runs the example.
   *
   * @param out where the due date and the report are printed
   * @param clock gives the instant "as of" which the indicators are judged; an instant after the quarter is taken as
   *     the quarter end
   * @return the due date and the report
   * @throws IllegalArgumentException if the clock is at or before the start of the quarter
   */
  public static Output run(PrintStream out, Clock clock) {
    Objects.requireNonNull(out, "out");
    Instant now = clock.instant();
    Instant asOf = now.isAfter(quarterEnd()) ? quarterEnd() : now;

    // (a) A dossier received on Friday 13 February 2026 at 10:00, the last working day before Tết Bính Ngọ,
    //     for a procedure of 3 working days.
    WorkingCalendar calendar = WorkingCalendar.civilService();
    DueDateRule rule = DueDateRule.of(calendar, ProcessingTime.ofWorkingDays(3));
    Instant received = LocalDateTime.of(2026, 2, 13, 10, 0).atZone(VIETNAM).toInstant();
    Instant due = rule.dueDate(received);
    out.println("Received " + local(received) + " (Friday before Tết), 3 working days: due " + local(due) + " ("
        + due.atZone(VIETNAM).getDayOfWeek() + ")");
    out.println("  Friday 13 February counts 5 working hours (10:00-11:30, 13:30-17:00); the office is closed from");
    out.println("  Saturday 14 to Sunday 22 February (civil-service calendar 2026):");
    for (LocalDate day = LocalDate.of(2026, 2, 14); !day.isAfter(LocalDate.of(2026, 2, 22)); day = day.plusDays(1)) {
      String why = calendar.holidays().dayOff(day).map(off -> off.holiday() + ", " + off.kind())
          .orElse(day.getDayOfWeek().getValue() >= 6 ? "weekly rest day" : "working day");
      out.println("    " + day + " " + day.getDayOfWeek() + ": " + why);
    }
    out.println("  then Monday 23 (8 h), Tuesday 24 (8 h) and 3 hours on Wednesday 25 February make 24 working hours.");
    // The same dossier received after closing counts from Monday 23 February 07:00: where three whole working days
    // end is a convention (docs/due-date-conventions.md).
    Instant afterHours = LocalDateTime.of(2026, 2, 13, 17, 30).atZone(VIETNAM).toInstant();
    DueDateRule asHours = rule.newBuilder().convention(WorkingDayConvention.WORKING_HOURS).build();
    out.println("Received " + local(afterHours) + " (after closing): due " + local(rule.dueDate(afterHours))
        + " with whole days keeping the clock time (KEEP_CLOCK_TIME, the default), " + local(asHours.dueDate(afterHours))
        + " with working hours (WORKING_HOURS)");
    out.println();

    // (b) The indicators of the quarter's generated dossiers, streamed: nothing is held in memory.
    IndicatorCalculator calculator = calculator(asOf);
    IndicatorReport report;
    try (Stream<Dossier> dossiers = dossiers()) {
      report = calculator.compute(dossiers);
    }
    out.println("QĐ 766 indicators of " + DOSSIERS + " generated dossiers (seed " + SEED + "), as of " + local(asOf)
        + ": " + report.overall().dossiers() + " in the period, " + report.outsidePeriod() + " after it");
    out.print(report.toTable());
    return new Output(due, report);
  }

  private static LocalDateTime local(Instant instant) {
    return instant.atZone(VIETNAM).toLocalDateTime();
  }

  /**
   * What the example computed.
   *
   * @param dueDate the due date of the dossier received on the Friday before Tết
   * @param report the indicators of the generated dossiers
   */
  public record Output(Instant dueDate, IndicatorReport report) {}
}
