package dev.egov.model.indicators;

import dev.egov.model.calendar.ElapsedTime;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the rules found about one dossier of the period: a scratch record that an accumulator reuses for every dossier,
 * so that the hot path allocates nothing of its own. Not thread-safe.
 */
final class Facts {

  /** How indicator 2.2 sees a dossier. */
  enum Measure {
    /** Not finished (status 9 or 10): outside indicator 2.2. */
    NOT_FINISHED,
    /** Finished and measured: {@link #actual} and {@link #statutory} are set. */
    MEASURED,
    /** Finished, but no statutory time or no usable instants. */
    NOT_MEASURABLE
  }

  // Indicator 2.1 and the trace of how it was judged.
  OnTimeOutcome outcome = OnTimeOutcome.NOT_ASSESSABLE;
  @Nullable Instant end;
  @Nullable Instant dueAt;
  @Nullable Duration elapsed;
  @Nullable Duration allowed;
  int supplementRequests;
  /** The measurement made for 2.1 from {@link #measuredFrom}, for 2.2 to reuse when it measures the same span. */
  @Nullable ElapsedTime measured;
  @Nullable Instant measuredFrom;

  // Indicator 2.2.
  Measure measure = Measure.NOT_FINISHED;
  Duration actual = Duration.ZERO;
  Duration statutory = Duration.ZERO;

  // Indicators over received dossiers (3.3, 3.6, 4.1–4.5); meaningful only when received.
  boolean received;
  boolean online;
  boolean hasFee;
  boolean paidOnline;
  boolean requiresPaperResult;
  boolean electronicResult;
  boolean digitisation;
  boolean digitisedComponents;
  boolean fromDataRepository;
  boolean populationData;

  OnTimeAssessment assessment() {
    return new OnTimeAssessment(outcome, end, dueAt, elapsed, allowed, supplementRequests);
  }
}
