package dev.egov.model.indicators;

import dev.egov.model.calendar.DueDateRule;
import dev.egov.model.calendar.PauseStrategy;
import dev.egov.model.calendar.ProcessingTime;
import dev.egov.model.calendar.WorkingCalendar;
import dev.egov.model.calendar.WorkingDayConvention;
import dev.egov.model.code.NationalDatabase;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.id.ProcedureCode;
import dev.egov.model.procedure.Procedure;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Computes the service indicators of QĐ 766/QĐ-TTg (23/06/2022) that come from synchronised dossiers, for one period:
 * on time (2.1), average processing time (2.2), online submission (3.3), online payment (3.6), digitisation (4.1–4.4)
 * and population-data use (4.5), overall, per receiving agency and per procedure. The rules, and how egov reads the
 * formula document where it is ambiguous, are in the {@linkplain dev.egov.model.indicators package description}.
 *
 * <pre>{@code
 * IndicatorCalculator calculator = IndicatorCalculator.builder()
 *     .period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31))   // a quarter, in Vietnam time
 *     .calendar(WorkingCalendar.civilService())
 *     .procedures(code -> catalogue.find(code))                      // for dossiers without a due date
 *     .syncRateFactor(0.97)                                          // indicator 1.4, from the portal
 *     .populationDatabases(NationalDatabase.of(populationCode))      // the code is not published: configure it
 *     .build();
 * IndicatorReport report = calculator.compute(dossiers);             // a Stream<Dossier>, read once
 * }</pre>
 *
 * <h2>Configuration</h2>
 *
 * This object is the configuration: immutable, thread-safe (if the procedure lookup is), to be shared. Its builder
 * fails fast: a bad value throws {@link IllegalArgumentException}, setting an option twice or building without a
 * period throws {@link IllegalStateException}. Defaults: the {@linkplain WorkingCalendar#civilService() civil-service
 * calendar}; whole working days keep the clock time of receipt ({@link WorkingDayConvention#KEEP_CLOCK_TIME}); pauses
 * add the working time they took ({@link PauseStrategy#WORKING_TIME_PAUSE}); a procedure lookup that knows no
 * procedure; sync-rate factor 1; no population-database code; 10 codes listed per figure; financial-obligation waits do
 * not pause the clock.
 *
 * <h2>Due dates</h2>
 *
 * Every due date, pause and working time is computed by a {@link DueDateRule} with the calendar, convention and pause
 * strategy set here, the procedure's statutory time bound per dossier: the same rule an agency uses to set its
 * dossiers' due dates, so that a dossier without a recorded due date is judged as if it had the one the agency would
 * have given it.
 *
 * <h2>Time</h2>
 *
 * The calculator never reads the clock. The period end is the instant "as of" which every dossier is judged: a
 * status reached later has not happened yet, and a dossier still open is judged at the period end. To report on a
 * period still running, end it at the current instant from your own {@link java.time.Clock}.
 *
 * <h2>The procedure lookup</h2>
 *
 * {@link Builder#procedures} gives the statutory time (for dossiers without a due date, and for 2.2) and whether a
 * procedure declares result documents (3.3, 4.1, 4.2). It is called at most once per procedure code per accumulator,
 * on the accumulating thread; its exceptions propagate to the caller of {@link IndicatorAccumulator#accept}.
 *
 * @since 0.1.0
 */
public final class IndicatorCalculator {

  /** How many dossier codes a figure lists by default. */
  public static final int DEFAULT_LISTED_CODES = 10;

  private final Instant periodStart;
  private final Instant periodEnd;
  private final WorkingCalendar calendar;
  private final WorkingDayConvention convention;
  private final PauseStrategy pauseStrategy;
  private final Function<ProcedureCode, Optional<Procedure>> procedures;
  private final double syncRateFactor;
  private final Set<NationalDatabase> populationDatabases;
  private final int listedCodes;
  private final boolean financialObligationsPause;
  private final Rules rules;

  private IndicatorCalculator(Builder builder, Instant periodStart, Instant periodEnd) {
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.calendar = builder.calendar;
    this.convention = builder.convention;
    this.pauseStrategy = builder.pauseStrategy;
    this.procedures = builder.procedures;
    this.syncRateFactor = builder.syncRateFactor;
    this.populationDatabases = Set.copyOf(builder.populationDatabases);
    this.listedCodes = builder.listedCodes;
    this.financialObligationsPause = builder.financialObligationsPause;
    // The rules bind each procedure's time; zero working days stands for "none yet" and is never used to judge.
    DueDateRule dueDates = DueDateRule.builder().calendar(calendar).convention(convention).pauseStrategy(pauseStrategy)
        .processingTime(ProcessingTime.ofWorkingDays(0)).build();
    this.rules = new Rules(periodStart, periodEnd, dueDates, populationDatabases, financialObligationsPause);
  }

  /**
   * Returns a builder with every default and no period.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this calculator's settings, to derive a variant (another period, say). Each setting
   * may still be set once.
   *
   * @return a new builder
   */
  public Builder newBuilder() {
    Builder builder = new Builder();
    builder.periodStart = periodStart;
    builder.periodEnd = periodEnd;
    builder.calendar = calendar;
    builder.convention = convention;
    builder.pauseStrategy = pauseStrategy;
    builder.procedures = procedures;
    builder.syncRateFactor = syncRateFactor;
    builder.populationDatabases.addAll(populationDatabases);
    builder.listedCodes = listedCodes;
    builder.financialObligationsPause = financialObligationsPause;
    return builder;
  }

  /**
   * Returns the first instant of the period.
   *
   * @return the start, inclusive
   */
  public Instant periodStart() {
    return periodStart;
  }

  /**
   * Returns the instant after the period: dossiers received before it belong to the period, and dossiers still open
   * are judged as of it.
   *
   * @return the end, exclusive
   */
  public Instant periodEnd() {
    return periodEnd;
  }

  /**
   * Returns the working calendar that due dates and working times are counted on.
   *
   * @return the calendar
   */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /**
   * Returns where whole working days end in the due dates the calculator computes.
   *
   * @return the convention
   */
  public WorkingDayConvention workingDayConvention() {
    return convention;
  }

  /**
   * Returns how a pause moves the due dates the calculator computes.
   *
   * @return the strategy
   */
  public PauseStrategy pauseStrategy() {
    return pauseStrategy;
  }

  /**
   * Returns the sync rate (indicator 1.4) that indicator 3.3 is multiplied by.
   *
   * @return the factor, from 0 to 1
   */
  public double syncRateFactor() {
    return syncRateFactor;
  }

  /**
   * Returns the codes ({@code MaCSDL}) taken to mean the national population database in indicator 4.5.
   *
   * @return the codes, possibly empty
   */
  public Set<NationalDatabase> populationDatabases() {
    return populationDatabases;
  }

  /**
   * Returns how many dossier codes each figure lists.
   *
   * @return the bound, 0 or more
   */
  public int listedCodes() {
    return listedCodes;
  }

  /**
   * Returns whether financial-obligation waits (status 6) pause the clock like supplement requests, where elapsed
   * time is measured.
   *
   * @return the setting of {@link Builder#excludeFinancialObligationTime(boolean)}
   */
  public boolean excludesFinancialObligationTime() {
    return financialObligationsPause;
  }

  /**
   * Returns whether a dossier belongs to the period: its receipt instant ({@code NgayTiepNhan}), or for a dossier
   * never received its submission instant ({@code NgayNopHoSo}), is in {@code [periodStart, periodEnd)}.
   *
   * @param dossier a dossier
   * @return whether the accumulator counts it in the period; {@code false} for a dossier with neither instant
   */
  public boolean inPeriod(Dossier dossier) {
    Instant instant = Rules.periodInstant(Objects.requireNonNull(dossier, "dossier"));
    return instant != null && rules.inPeriod(instant);
  }

  /**
   * Returns a new, empty accumulator. See {@link IndicatorAccumulator} on thread confinement.
   *
   * @return the accumulator
   */
  public IndicatorAccumulator newAccumulator() {
    return new IndicatorAccumulator(this, rules);
  }

  /**
   * Computes the report of a stream of dossiers, reading it once; a parallel stream is split between accumulators and
   * combined. The stream is not closed.
   *
   * @param dossiers the dossiers, any of them outside the period
   * @return the report
   */
  public IndicatorReport compute(Stream<Dossier> dossiers) {
    return dossiers.collect(collector());
  }

  /**
   * Computes the report of the dossiers an iterator yields, reading it once.
   *
   * @param dossiers the dossiers, any of them outside the period
   * @return the report
   */
  public IndicatorReport compute(Iterator<? extends Dossier> dossiers) {
    IndicatorAccumulator accumulator = newAccumulator();
    dossiers.forEachRemaining(accumulator);
    return accumulator.report();
  }

  /**
   * Returns a collector of dossiers into a report, one accumulator per part of a parallel stream.
   *
   * @return the collector
   */
  public Collector<Dossier, IndicatorAccumulator, IndicatorReport> collector() {
    return Collector.of(this::newAccumulator, IndicatorAccumulator::accept, IndicatorAccumulator::combine,
        IndicatorAccumulator::report);
  }

  /**
   * Judges one dossier by the on-time rule of indicator 2.1 as of the period end, and says on what. The dossier need
   * not belong to the period; the procedure lookup is called.
   *
   * @param dossier the dossier
   * @return the outcome and its basis
   */
  public OnTimeAssessment assessOnTime(Dossier dossier) {
    Objects.requireNonNull(dossier, "dossier");
    Facts facts = new Facts();
    rules.onTime(dossier, lookUp(dossier.procedure().code()).orElse(null), facts);
    return facts.assessment();
  }

  Optional<Procedure> lookUp(ProcedureCode code) {
    return Objects.requireNonNull(procedures.apply(code), () -> "The procedure lookup returned null for " + code);
  }

  /** Returns the settings. */
  @Override
  public String toString() {
    return "IndicatorCalculator[period=" + periodStart + ".." + periodEnd + ", syncRateFactor=" + syncRateFactor
        + ", populationDatabases=" + populationDatabases + ", listedCodes=" + listedCodes
        + ", excludeFinancialObligationTime=" + financialObligationsPause + ", workingDayConvention=" + convention
        + ", pauseStrategy=" + pauseStrategy + ", calendar=" + calendar + ']';
  }

  /**
   * Builds an {@link IndicatorCalculator}. Each option may be set once; only the period is required.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable Instant periodStart;
    private @Nullable Instant periodEnd;
    private WorkingCalendar calendar = WorkingCalendar.civilService();
    private WorkingDayConvention convention = WorkingDayConvention.KEEP_CLOCK_TIME;
    private PauseStrategy pauseStrategy = PauseStrategy.WORKING_TIME_PAUSE;
    private Function<ProcedureCode, Optional<Procedure>> procedures = code -> Optional.empty();
    private double syncRateFactor = 1;
    private final Set<NationalDatabase> populationDatabases = new LinkedHashSet<>();
    private int listedCodes = DEFAULT_LISTED_CODES;
    private boolean financialObligationsPause;

    private boolean periodSet;
    private boolean calendarSet;
    private boolean conventionSet;
    private boolean pauseStrategySet;
    private boolean proceduresSet;
    private boolean syncRateFactorSet;
    private boolean populationDatabasesSet;
    private boolean listedCodesSet;
    private boolean financialObligationsSet;

    private Builder() {}

    /**
     * Sets the period as instants: dossiers received in {@code [start, end)} belong to it, and open dossiers are
     * judged as of {@code end}. Required.
     *
     * @param start the first instant
     * @param end the instant after the period
     * @return this builder
     * @throws IllegalArgumentException if {@code end} is not after {@code start}
     * @throws IllegalStateException if the period was already set
     */
    public Builder period(Instant start, Instant end) {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      if (!end.isAfter(start)) {
        throw new IllegalArgumentException("period end " + end + " must be after its start " + start);
      }
      periodSet = once(periodSet, "period");
      periodStart = start;
      periodEnd = end;
      return this;
    }

    /**
     * Sets the period as whole days in Vietnam time ({@code Asia/Ho_Chi_Minh}): from 00:00 on {@code firstDay} to
     * 00:00 on the day after {@code lastDay}, which is also the instant open dossiers are judged as of. Required.
     *
     * @param firstDay the first day
     * @param lastDay the last day, not before {@code firstDay}
     * @return this builder
     * @throws IllegalArgumentException if {@code lastDay} is before {@code firstDay}
     * @throws IllegalStateException if the period was already set
     */
    public Builder period(LocalDate firstDay, LocalDate lastDay) {
      Objects.requireNonNull(firstDay, "firstDay");
      Objects.requireNonNull(lastDay, "lastDay");
      if (lastDay.isBefore(firstDay)) {
        throw new IllegalArgumentException("period last day " + lastDay + " is before its first day " + firstDay);
      }
      return period(firstDay.atStartOfDay(WorkingCalendar.VIETNAM).toInstant(),
          lastDay.plusDays(1).atStartOfDay(WorkingCalendar.VIETNAM).toInstant());
    }

    /**
     * Sets the working calendar that due dates and working times are counted on (default {@link
     * WorkingCalendar#civilService()}).
     *
     * @param calendar the calendar
     * @return this builder
     * @throws IllegalStateException if the calendar was already set
     */
    public Builder calendar(WorkingCalendar calendar) {
      Objects.requireNonNull(calendar, "calendar");
      calendarSet = once(calendarSet, "calendar");
      this.calendar = calendar;
      return this;
    }

    /**
     * Sets where whole working days end in the due dates the calculator computes (default {@link
     * WorkingDayConvention#KEEP_CLOCK_TIME}): for dossiers without a due date, and for a pause the source did not move
     * the due date for. Use the convention the agency's own software sets due dates with.
     *
     * @param convention the convention
     * @return this builder
     * @throws IllegalStateException if the convention was already set
     */
    public Builder workingDayConvention(WorkingDayConvention convention) {
      Objects.requireNonNull(convention, "convention");
      conventionSet = once(conventionSet, "workingDayConvention");
      this.convention = convention;
      return this;
    }

    /**
     * Sets how a pause moves the due dates the calculator computes (default {@link PauseStrategy#WORKING_TIME_PAUSE},
     * which is QĐ 766/QĐ-TTg's subtraction of the supplement periods). The elapsed working time of indicator 2.2
     * always subtracts the working time of the pauses.
     *
     * @param strategy the strategy
     * @return this builder
     * @throws IllegalStateException if the strategy was already set
     */
    public Builder pauseStrategy(PauseStrategy strategy) {
      Objects.requireNonNull(strategy, "strategy");
      pauseStrategySet = once(pauseStrategySet, "pauseStrategy");
      this.pauseStrategy = strategy;
      return this;
    }

    /**
     * Sets how to find a dossier's procedure (default: none is found). A procedure gives the statutory time, used for
     * dossiers without a due date and for indicator 2.2, and says whether it declares result documents (a paper
     * result, for 3.3, 4.1 and 4.2). A dossier whose procedure is not found is still counted: without a due date it
     * "cannot be assessed" for 2.1 and 2.2, and it is taken to have a paper result.
     *
     * @param lookup the lookup, never returning {@code null}; called at most once per code per accumulator
     * @return this builder
     * @throws IllegalStateException if the lookup was already set
     */
    public Builder procedures(Function<ProcedureCode, Optional<Procedure>> lookup) {
      Objects.requireNonNull(lookup, "lookup");
      proceduresSet = once(proceduresSet, "procedures");
      this.procedures = lookup;
      return this;
    }

    /**
     * Sets the sync rate of indicator 1.4 (synchronised dossiers received in the period over the larger of those and
     * the national reporting system's count), which indicator 3.3 is multiplied by (default 1). The portal computes
     * it; egov cannot, as it sees only the dossiers it is given.
     *
     * @param factor the rate, from 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if {@code factor} is not in [0, 1]
     * @throws IllegalStateException if the factor was already set
     */
    public Builder syncRateFactor(double factor) {
      if (!(factor >= 0 && factor <= 1)) {
        throw new IllegalArgumentException("syncRateFactor must be in [0, 1], got " + factor);
      }
      syncRateFactorSet = once(syncRateFactorSet, "syncRateFactor");
      this.syncRateFactor = factor;
      return this;
    }

    /**
     * Sets the codes ({@code MaCSDL} of {@code DSKetNoiCSDL}) that mean the national population database (CSDL quốc
     * gia về dân cư) in indicator 4.5. The code list is not published (docs/indicators.md, 4.5: one province always sends
     * {@code 7}, meaning unknown), so egov assumes none: without this, 4.5 counts only VNeID-verified accounts and
     * documents taken from the data repository.
     *
     * @param codes the codes
     * @return this builder
     * @throws IllegalStateException if the codes were already set
     */
    public Builder populationDatabases(NationalDatabase... codes) {
      Objects.requireNonNull(codes, "codes");
      populationDatabasesSet = once(populationDatabasesSet, "populationDatabases");
      populationDatabases.clear();
      for (NationalDatabase code : codes) {
        populationDatabases.add(Objects.requireNonNull(code, "codes[]"));
      }
      return this;
    }

    /**
     * Sets how many dossier codes each figure lists, besides counting them all (default {@value
     * #DEFAULT_LISTED_CODES}). Memory grows with it: up to this many codes per figure, per agency and procedure.
     *
     * @param n the bound, 0 or more
     * @return this builder
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws IllegalStateException if the bound was already set
     */
    public Builder listedCodes(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("listedCodes must be 0 or more, got " + n);
      }
      listedCodesSet = once(listedCodesSet, "listedCodes");
      this.listedCodes = n;
      return this;
    }

    /**
     * Sets whether financial-obligation waits (status 6) are subtracted like supplement periods where elapsed working
     * time is measured: dossiers without a due date (2.1) and processing time (2.2). The formula document subtracts
     * only supplement periods, so the default is {@code false}; egov's lifecycle pauses the legal clock for both, and
     * an agency that reads the rules that way may turn this on. Due dates are used as the dossier carries them either
     * way.
     *
     * @param exclude whether to subtract the waits
     * @return this builder
     * @throws IllegalStateException if the option was already set
     */
    public Builder excludeFinancialObligationTime(boolean exclude) {
      financialObligationsSet = once(financialObligationsSet, "excludeFinancialObligationTime");
      this.financialObligationsPause = exclude;
      return this;
    }

    /**
     * Builds the calculator.
     *
     * @return the calculator
     * @throws IllegalStateException if no period was set
     */
    public IndicatorCalculator build() {
      Instant start = periodStart;
      Instant end = periodEnd;
      if (start == null || end == null) {
        throw new IllegalStateException("The period is required: call period(...)");
      }
      return new IndicatorCalculator(this, start, end);
    }

    private static boolean once(boolean set, String option) {
      if (set) {
        throw new IllegalStateException(option + " was already set");
      }
      return true;
    }
  }
}
