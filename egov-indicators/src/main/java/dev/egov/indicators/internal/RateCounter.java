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

  OnlineRateFigure onlineFigure(double syncRateFactor) {
    return new OnlineRateFigure(rate(), syncRateFactor, against.sample());
  }
}
