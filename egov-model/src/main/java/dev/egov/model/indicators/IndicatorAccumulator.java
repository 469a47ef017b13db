package dev.egov.model.indicators;

import dev.egov.model.dossier.Dossier;
import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.ProcedureCode;
import dev.egov.model.procedure.Procedure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Computes the QĐ 766/QĐ-TTg indicators dossier by dossier, keeping counts and bounded code samples but never a
 * dossier, so that a period of millions of dossiers takes memory in proportion to its agencies and procedures only.
 *
 * <pre>{@code
 * IndicatorAccumulator accumulator = calculator.newAccumulator();
 * try (Stream<Dossier> dossiers = repository.streamAll()) {
 *   dossiers.forEach(accumulator);
 * }
 * IndicatorReport report = accumulator.report();
 * }</pre>
 *
 * <h2>Thread confinement</h2>
 *
 * An accumulator is mutable and <b>not thread-safe</b>: one thread feeds it at a time (it may be handed from thread to
 * thread with a happens-before edge, as a stream or a task framework does). To use several threads or machines, give
 * each part of the data its own accumulator from the same {@link IndicatorCalculator} and {@link #combine} them: the
 * result equals feeding every dossier to one accumulator, in any order and however split. {@link
 * IndicatorCalculator#collector()} does this for parallel streams; in Spark or Flink, the accumulator is the aggregate
 * of a partition and {@link #combine} its merge (the accumulator is not {@link java.io.Serializable}: aggregate
 * within each partition and combine on one side, or ship the {@link IndicatorReport}s).
 *
 * <h2>Cost</h2>
 *
 * Each dossier costs constant work apart from walking its own lists (status history, supplements, documents, fees)
 * and one measurement by the calculator's {@link dev.egov.model.calendar.DueDateRule}, whose working time over whole
 * days comes from counting the calendar's per-year sets of working days. The procedure lookup is called once per
 * procedure code per accumulator and its answer kept. Memory: per agency and per procedure one row of counters and up
 * to {@link IndicatorCalculator#listedCodes()} dossier codes per figure.
 *
 * @since 0.1.0
 */
public final class IndicatorAccumulator implements Consumer<Dossier> {

  private final IndicatorCalculator calculator;
  private final Rules rules;
  private final int limit;
  private final Facts facts = new Facts();

  private final Tally overall;
  private final Map<AgencyCode, Tally> agencies = new HashMap<>();
  private final Map<ProcedureCode, Tally> procedures = new HashMap<>();
  private final Map<ProcedureCode, Optional<Procedure>> procedureCache = new HashMap<>();
  private long outsidePeriod;
  private final CodeSampler undated;

  IndicatorAccumulator(IndicatorCalculator calculator, Rules rules) {
    this.calculator = calculator;
    this.rules = rules;
    this.limit = calculator.listedCodes();
    this.overall = new Tally(limit);
    this.undated = new CodeSampler(limit);
  }

  /**
   * Counts one dossier: in the period if its receipt instant, or for a dossier never received its submission instant,
   * is in {@code [periodStart, periodEnd)}; outside it otherwise; undated if it has neither instant. Each dossier
   * should be fed once: a dossier fed twice counts twice.
   *
   * @param dossier the dossier
   * @throws NullPointerException if the procedure lookup returns {@code null}
   * @throws java.time.DateTimeException if the calendar does not know the holidays of a year the dossier spans
   */
  @Override
  public void accept(Dossier dossier) {
    Objects.requireNonNull(dossier, "dossier");
    Instant instant = Rules.periodInstant(dossier);
    if (instant == null) {
      undated.add(dossier.code());
      return;
    }
    if (!rules.inPeriod(instant)) {
      outsidePeriod++;
      return;
    }
    ProcedureCode procedureCode = dossier.procedure().code();
    Tally procedureTally = procedures.get(procedureCode);
    if (procedureTally == null) {
      procedureTally = new Tally(limit);
      procedures.put(procedureCode, procedureTally);
    }
    AgencyCode agency = dossier.effectiveReceivingAgency();
    Tally agencyTally = agencies.get(agency);
    if (agencyTally == null) {
      agencyTally = new Tally(limit);
      agencies.put(agency, agencyTally);
    }
    rules.evaluate(dossier, procedure(procedureCode), facts);
    overall.add(facts, dossier.code());
    agencyTally.add(facts, dossier.code());
    procedureTally.add(facts, dossier.code());
  }

  private @Nullable Procedure procedure(ProcedureCode code) {
    Optional<Procedure> procedure = procedureCache.get(code);
    if (procedure == null) {
      procedure = calculator.lookUp(code);
      procedureCache.put(code, procedure);
    }
    return procedure.orElse(null);
  }

  /**
   * Adds everything {@code other} has counted to this accumulator. {@code other} is left as it was; do not feed it
   * afterwards if its dossiers are not to be counted twice.
   *
   * @param other an accumulator of the same calculator
   * @return this accumulator
   * @throws IllegalArgumentException if {@code other} is this accumulator or comes from another calculator
   */
  public IndicatorAccumulator combine(IndicatorAccumulator other) {
    Objects.requireNonNull(other, "other");
    if (other == this) {
      throw new IllegalArgumentException("An accumulator cannot be combined with itself");
    }
    if (other.calculator != calculator) {
      throw new IllegalArgumentException("Only accumulators of the same IndicatorCalculator can be combined");
    }
    overall.addAll(other.overall);
    other.agencies.forEach((agency, tally) -> tally(agencies, agency).addAll(tally));
    other.procedures.forEach((code, tally) -> tally(procedures, code).addAll(tally));
    other.procedureCache.forEach(procedureCache::putIfAbsent);
    outsidePeriod = Math.addExact(outsidePeriod, other.outsidePeriod);
    undated.addAll(other.undated);
    return this;
  }

  private <K> Tally tally(Map<K, Tally> tallies, K key) {
    Tally tally = tallies.get(key);
    if (tally == null) {
      tally = new Tally(limit);
      tallies.put(key, tally);
    }
    return tally;
  }

  /**
   * Returns the report of what has been counted so far. The accumulator may go on counting; later reports include
   * the new dossiers.
   *
   * @return the report, rows sorted by code
   */
  public IndicatorReport report() {
    double factor = calculator.syncRateFactor();
    List<IndicatorRow> agencyRows = new ArrayList<>(agencies.size());
    agencies.forEach((agency, tally) -> agencyRows.add(tally.row(IndicatorRow.Scope.AGENCY, agency.fullForm(), factor)));
    agencyRows.sort((a, b) -> a.code().compareTo(b.code()));
    List<IndicatorRow> procedureRows = new ArrayList<>(procedures.size());
    procedures.forEach((code, tally) -> procedureRows.add(tally.row(IndicatorRow.Scope.PROCEDURE, code.format(), factor)));
    procedureRows.sort((a, b) -> a.code().compareTo(b.code()));
    return new IndicatorReport(calculator.periodStart(), calculator.periodEnd(), factor, outsidePeriod,
        undated.sample(), overall.row(IndicatorRow.Scope.OVERALL, "", factor), agencyRows, procedureRows);
  }

  /** Returns the period and how many dossiers have been counted. */
  @Override
  public String toString() {
    return "IndicatorAccumulator[" + calculator.periodStart() + ".." + calculator.periodEnd() + ", "
        + overall.dossiers() + " in period, "
        + outsidePeriod + " outside]";
  }
}
