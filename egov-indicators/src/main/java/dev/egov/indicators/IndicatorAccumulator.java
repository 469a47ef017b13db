package dev.egov.indicators;

import dev.egov.indicators.internal.Facts;
import dev.egov.indicators.internal.PartialState;
import dev.egov.indicators.internal.Rules;
import dev.egov.indicators.internal.StateFormat;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.id.ProcedureCode;
import dev.egov.model.procedure.Procedure;
import java.time.Instant;
import java.util.HashMap;
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
 * <h2>Parts, merged exactly</h2>
 *
 * Give each part of the dossiers its own accumulator and {@link #combine} them: the result equals feeding every
 * dossier to one accumulator, in any order, however split and whatever order the parts are combined in. Counts and
 * working times add up; each figure's list of dossiers is the first {@link IndicatorCalculator#listedCodes()} codes in
 * the order of their text, which is the same whichever part a dossier was in. {@link IndicatorCalculator#collector()}
 * does this for parallel streams.
 *
 * <p>Across machines (the partitions of Apache Spark or Flink), an accumulator travels as bytes: {@link #toBytes()}
 * writes its partial state in a stable, versioned form, and {@link IndicatorCalculator#restore(byte[])} reads it into
 * an accumulator of an equal calculator on the other side, which combines and reports as the original would:
 *
 * <pre>{@code
 * IndicatorAccumulator part = calculator.newAccumulator();    // on each worker, for its partition's dossiers
 * partition.forEachRemaining(part);                            // an Iterator<Dossier>
 * byte[] partial = part.toBytes();
 *
 * IndicatorAccumulator all = calculator.newAccumulator();     // where they are merged, with an equal calculator
 * for (byte[] state : partials) {
 *   all.combine(calculator.restore(state));
 * }
 * IndicatorReport report = all.report();
 * }</pre>
 *
 * An accumulator is bound to its calculator's settings (period, calendar, convention, pause strategy, sync-rate
 * factor, population-database codes, listed codes, financial-obligation waits): combining it with an accumulator, or
 * restoring a state, of other settings throws {@link IndicatorStateException} ({@link
 * IndicatorStateException.Reason#SETTINGS_MISMATCH}). The procedure look-up cannot be compared: every part must use
 * the same catalogue.
 *
 * <h2>Thread confinement</h2>
 *
 * An accumulator is mutable and <b>not thread-safe</b>: one thread feeds it at a time (it may be handed from thread to
 * thread with a happens-before edge, as a stream or a task framework does).
 *
 * <h2>Cost</h2>
 *
 * Each dossier costs constant work apart from walking its own lists (status history, supplements, documents, fees)
 * and one measurement by the calculator's {@link dev.egov.model.calendar.DueDateRule}, whose working time over whole
 * days comes from counting the calendar's per-year sets of working days. The procedure lookup is called once per
 * procedure code per accumulator and its answer kept. Memory: per agency and per procedure one row of counters and up
 * to {@link IndicatorCalculator#listedCodes()} dossier codes per figure; the bytes of a state are of the same order.
 *
 * @since 0.1.0
 */
public final class IndicatorAccumulator implements Consumer<Dossier> {

  private final IndicatorCalculator calculator;
  private final Rules rules;
  private final Facts facts = new Facts();
  private final PartialState state;
  private final Map<ProcedureCode, Optional<Procedure>> procedureCache = new HashMap<>();

  IndicatorAccumulator(IndicatorCalculator calculator, Rules rules, PartialState state) {
    this.calculator = calculator;
    this.rules = rules;
    this.state = state;
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
      state.undated(dossier.code());
      return;
    }
    if (!rules.inPeriod(instant)) {
      state.outsidePeriod();
      return;
    }
    ProcedureCode procedureCode = dossier.procedure().code();
    rules.evaluate(dossier, procedure(procedureCode), facts);
    state.add(facts, dossier.effectiveReceivingAgency(), procedureCode, dossier.code());
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
   * Adds everything {@code other} has counted to this accumulator: afterwards this accumulator holds what one
   * accumulator fed with both accumulators' dossiers would hold. {@code other} is left as it was; do not feed it
   * afterwards if its dossiers are not to be counted twice.
   *
   * @param other an accumulator of this calculator, or of another calculator with equal settings (on another
   *     machine, say)
   * @return this accumulator
   * @throws IllegalArgumentException if {@code other} is this accumulator
   * @throws IndicatorStateException if {@code other}'s calculator has other settings ({@link
   *     IndicatorStateException.Reason#SETTINGS_MISMATCH})
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  public IndicatorAccumulator combine(IndicatorAccumulator other) {
    Objects.requireNonNull(other, "other");
    if (other == this) {
      throw new IllegalArgumentException("An accumulator cannot be combined with itself");
    }
    if (other.calculator != calculator) {
      calculator.requireSameSettings(other.calculator);
    }
    state.addAll(other.state);
    if (other.calculator == calculator) {
      other.procedureCache.forEach(procedureCache::putIfAbsent);
    }
    return this;
  }

  /**
   * Returns the partial state of this accumulator in a stable, versioned byte form, for another process or machine to
   * {@linkplain IndicatorCalculator#restore(byte[]) restore} and combine. The bytes hold the calculator's settings and
   * every count and listed dossier code, never a dossier; equal states give equal bytes, whichever way their dossiers
   * were split and combined. The format, version {@value #STATE_FORMAT_VERSION}, is described in the module's
   * architecture decision record (docs/adr/0008-indicators-satellite-module.md); a later version of egov that changes
   * it raises the version, and a version it does not read is refused, never misread.
   *
   * @return the state, a new array
   */
  public byte[] toBytes() {
    return StateFormat.write(calculator.settings(), state);
  }

  /** The format version {@link #toBytes()} writes and {@link IndicatorCalculator#restore(byte[])} reads. */
  public static final int STATE_FORMAT_VERSION = StateFormat.VERSION;

  /**
   * Returns the report of what has been counted so far. The accumulator may go on counting; later reports include
   * the new dossiers.
   *
   * @return the report, rows sorted by code
   */
  public IndicatorReport report() {
    return state.report(calculator.periodStart(), calculator.periodEnd(), calculator.syncRateFactor());
  }

  /** Returns the period and how many dossiers have been counted. */
  @Override
  public String toString() {
    return "IndicatorAccumulator[" + calculator.periodStart() + ".." + calculator.periodEnd() + ", "
        + state.inPeriod() + " in period, " + state.outside() + " outside]";
  }
}
