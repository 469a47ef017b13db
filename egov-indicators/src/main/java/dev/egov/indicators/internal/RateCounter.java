package dev.egov.indicators.internal;

import dev.egov.indicators.Figure;
import dev.egov.indicators.OnlineRateFigure;
import dev.egov.indicators.Rate;
import dev.egov.model.id.DossierCode;

/** The numerator, denominator and the dossiers against one rate, as it accumulates. Not thread-safe. */
final class RateCounter {

  private long numerator;
  private long denominator;
  private final CodeSampler against;

  RateCounter(int limit) {
    this.against = new CodeSampler(limit);
  }

  /** Counts a dossier in the denominator; in the numerator too if it {@code meets} the criterion. */
  void add(boolean meets, DossierCode code) {
    denominator++;
    if (meets) {
      numerator++;
    } else {
      against.add(code);
    }
  }

  void addAll(RateCounter other) {
    numerator = Math.addExact(numerator, other.numerator);
    denominator = Math.addExact(denominator, other.denominator);
    against.addAll(other.against);
  }

  Rate rate() {
    return Rate.of(numerator, denominator);
  }

  Figure figure() {
    return new Figure(rate(), against.sample());
  }

  /** Writes numerator, denominator and the dossiers against. */
  void write(StateWriter out) {
    out.i64(numerator);
    out.i64(denominator);
    against.write(out);
  }

  /** Reads what {@link #write} wrote, checking that the rate is a fraction and the sample counts its shortfall. */
  static RateCounter read(StateReader in, int limit, String what) {
    RateCounter counter = new RateCounter(limit);
    counter.numerator = in.tally(what);
    counter.denominator = in.tally(what);
    if (counter.numerator > counter.denominator) {
      throw StateReader.corrupt("the rate " + what + " has a numerator above its denominator");
    }
    CodeSampler against = CodeSampler.read(in, limit, what);
    if (against.total() != counter.denominator - counter.numerator) {
      throw StateReader.corrupt("the dossiers against " + what + " are not its shortfall");
    }
    counter.against.addAll(against);
    return counter;
  }

  long denominator() {
    return denominator;
  }

  OnlineRateFigure onlineFigure(double syncRateFactor) {
    return new OnlineRateFigure(rate(), syncRateFactor, against.sample());
  }
}
