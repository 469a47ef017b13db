package dev.egov.indicators.internal;

import dev.egov.indicators.IndicatorRow;
import dev.egov.indicators.OnTimeFigure;
import dev.egov.indicators.OnTimeOutcome;
import dev.egov.indicators.ProcessingTimeFigure;
import dev.egov.indicators.Rate;
import dev.egov.model.id.DossierCode;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** Every figure of one row (overall, one agency, one procedure) as it accumulates. Not thread-safe. */
public final class Tally {

  private static final OnTimeOutcome[] OUTCOMES = OnTimeOutcome.values();

  private long dossiers;
  private long received;

  private final long[] outcomes = new long[OUTCOMES.length];
  private final CodeSampler late;
  private final CodeSampler notAssessable;

  private long measured;
  private Duration actual = Duration.ZERO;
  private Duration statutory = Duration.ZERO;
  private final CodeSampler slow;
  private final CodeSampler notMeasurable;

  private final RateCounter online;
  private final RateCounter onlinePayment;
  private final RateCounter electronicResults;
  private final RateCounter digitisation;
  private final RateCounter digitisedComponents;
  private final RateCounter fromDataRepository;
  private final RateCounter populationData;

  /**
   * Creates an empty row.
   *
   * @param limit how many codes each figure lists
   */
  public Tally(int limit) {
    late = new CodeSampler(limit);
    notAssessable = new CodeSampler(limit);
    slow = new CodeSampler(limit);
    notMeasurable = new CodeSampler(limit);
    online = new RateCounter(limit);
    onlinePayment = new RateCounter(limit);
    electronicResults = new RateCounter(limit);
    digitisation = new RateCounter(limit);
    digitisedComponents = new RateCounter(limit);
    fromDataRepository = new RateCounter(limit);
    populationData = new RateCounter(limit);
  }

  /** Returns how many dossiers of the period the row counts. */
  public long dossiers() {
    return dossiers;
  }

  /** Counts one dossier of the period. */
  public void add(Facts facts, DossierCode code) {
    dossiers++;
    outcomes[facts.outcome.ordinal()]++;
    if (facts.outcome.isLate()) {
      late.add(code);
    } else if (facts.outcome == OnTimeOutcome.NOT_ASSESSABLE) {
      notAssessable.add(code);
    }
    switch (facts.measure) {
      case MEASURED -> {
        measured++;
        actual = actual.plus(facts.actual);
        statutory = statutory.plus(facts.statutory);
        if (facts.actual.compareTo(facts.statutory) > 0) {
          slow.add(code);
        }
      }
      case NOT_MEASURABLE -> notMeasurable.add(code);
      case NOT_FINISHED -> { }
    }
    if (!facts.received) {
      return;
    }
    received++;
    online.add(facts.online, code);
    if (facts.hasFee) {
      onlinePayment.add(facts.paidOnline, code);
    }
    if (facts.requiresPaperResult) {
      electronicResults.add(facts.electronicResult, code);
    }
    digitisation.add(facts.digitisation, code);
    digitisedComponents.add(facts.digitisedComponents, code);
    fromDataRepository.add(facts.fromDataRepository, code);
    populationData.add(facts.populationData, code);
  }

  /** Adds everything {@code other} counted; {@code other} is left as it was. */
  public void addAll(Tally other) {
    dossiers = Math.addExact(dossiers, other.dossiers);
    received = Math.addExact(received, other.received);
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = Math.addExact(outcomes[i], other.outcomes[i]);
    }
    late.addAll(other.late);
    notAssessable.addAll(other.notAssessable);
    measured = Math.addExact(measured, other.measured);
    actual = actual.plus(other.actual);
    statutory = statutory.plus(other.statutory);
    slow.addAll(other.slow);
    notMeasurable.addAll(other.notMeasurable);
    online.addAll(other.online);
    onlinePayment.addAll(other.onlinePayment);
    electronicResults.addAll(other.electronicResults);
    digitisation.addAll(other.digitisation);
    digitisedComponents.addAll(other.digitisedComponents);
    fromDataRepository.addAll(other.fromDataRepository);
    populationData.addAll(other.populationData);
  }

  /**
   * Writes every counter, in the order {@link StateFormat} documents: counts, 2.1 by outcome and its samples, 2.2,
   * then the rates of 3.3, 3.6, 4.1, 4.2, 4.3, 4.4 and 4.5.
   */
  void write(StateWriter out) {
    out.i64(dossiers);
    out.i64(received);
    out.i32(outcomes.length);
    for (long n : outcomes) {
      out.i64(n);
    }
    late.write(out);
    notAssessable.write(out);
    out.i64(measured);
    out.duration(actual);
    out.duration(statutory);
    slow.write(out);
    notMeasurable.write(out);
    online.write(out);
    onlinePayment.write(out);
    electronicResults.write(out);
    digitisation.write(out);
    digitisedComponents.write(out);
    fromDataRepository.write(out);
    populationData.write(out);
  }

  /**
   * Reads what {@link #write} wrote, checking what the figures of a row require of their counters, so that a state
   * that restores always reports.
   */
  static Tally read(StateReader in, int limit) {
    Tally tally = new Tally(limit);
    tally.dossiers = in.tally("dossiers");
    tally.received = in.tally("received dossiers");
    if (tally.received > tally.dossiers) {
      throw StateReader.corrupt("a row has more dossiers received than counted");
    }
    if (in.i32() != OUTCOMES.length) {
      throw StateReader.corrupt("a row has another number of on-time outcomes");
    }
    long sum = 0;
    for (int i = 0; i < OUTCOMES.length; i++) {
      tally.outcomes[i] = in.tally("on-time outcomes");
      sum += tally.outcomes[i];
    }
    if (sum != tally.dossiers) {
      throw StateReader.corrupt("a row's on-time outcomes do not add up to its dossiers");
    }
    tally.late.addAll(CodeSampler.read(in, limit, "2.1"));
    tally.notAssessable.addAll(CodeSampler.read(in, limit, "2.1 not assessable"));
    long late = tally.outcomes[OnTimeOutcome.LATE.ordinal()] + tally.outcomes[OnTimeOutcome.OVERDUE.ordinal()];
    if (tally.late.total() != late
        || tally.notAssessable.total() != tally.outcomes[OnTimeOutcome.NOT_ASSESSABLE.ordinal()]) {
      throw StateReader.corrupt("a row's 2.1 samples disagree with its outcomes");
    }
    tally.measured = in.tally("2.2 dossiers");
    tally.actual = in.duration("2.2 actual");
    tally.statutory = in.duration("2.2 statutory");
    tally.slow.addAll(CodeSampler.read(in, limit, "2.2"));
    tally.notMeasurable.addAll(CodeSampler.read(in, limit, "2.2 not assessable"));
    if (tally.slow.total() > tally.measured) {
      throw StateReader.corrupt("a row has more dossiers against 2.2 than measured");
    }
    RateCounter[] rates = {tally.online, tally.onlinePayment, tally.electronicResults, tally.digitisation,
        tally.digitisedComponents, tally.fromDataRepository, tally.populationData};
    String[] names = {"3.3", "3.6", "4.1", "4.2", "4.3", "4.4", "4.5"};
    for (int i = 0; i < rates.length; i++) {
      RateCounter rate = RateCounter.read(in, limit, names[i]);
      if (rate.denominator() > tally.received) {
        throw StateReader.corrupt("the rate " + names[i] + " counts more dossiers than were received");
      }
      rates[i].addAll(rate);
    }
    return tally;
  }

  /** Returns the row's figures. */
  public IndicatorRow row(IndicatorRow.Scope scope, String code, double syncRateFactor) {
    Map<OnTimeOutcome, Long> counts = new EnumMap<>(OnTimeOutcome.class);
    long onTime = 0;
    long assessed = 0;
    for (OnTimeOutcome outcome : OUTCOMES) {
      long n = outcomes[outcome.ordinal()];
      counts.put(outcome, n);
      onTime += outcome.isOnTime() ? n : 0;
      assessed += outcome.isAssessed() ? n : 0;
    }
    OnTimeFigure onTimeFigure =
        new OnTimeFigure(Rate.of(onTime, assessed), counts, late.sample(), notAssessable.sample());
    ProcessingTimeFigure time =
        new ProcessingTimeFigure(measured, actual, statutory, slow.sample(), notMeasurable.sample());
    return new IndicatorRow(scope, code, dossiers, received, onTimeFigure, time, online.onlineFigure(syncRateFactor),
        onlinePayment.figure(), electronicResults.figure(), digitisation.figure(), digitisedComponents.figure(),
        fromDataRepository.figure(), populationData.figure());
  }
}
