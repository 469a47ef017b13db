package dev.egov.model.indicators;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Indicator 2.1 of QĐ 766/QĐ-TTg for one group of dossiers, "tỷ lệ hồ sơ xử lý trước hạn, đúng hạn": dossiers
 * processed or being processed on time (early, on time, on track) over every dossier received or refused in the period
 * that could be assessed. The rules are in the {@linkplain dev.egov.model.indicators package description}.
 *
 * @param rate on time (early, on time, on track) over assessed (those and late, overdue)
 * @param counts how many dossiers had each outcome, every outcome present (zero if none)
 * @param against the late and overdue dossiers, bounded
 * @param notAssessable the dossiers that could not be assessed (no due date and no statutory time), bounded; they are
 *     outside the rate, never dropped silently
 * @since 0.1.0
 */
public record OnTimeFigure(
    Rate rate, Map<OnTimeOutcome, Long> counts, CodeSample against, CodeSample notAssessable) {

  /**
   * Checks that the parts agree and copies the counts.
   *
   * @param rate on time (early, on time, on track) over assessed (those and late, overdue)
   * @param counts how many dossiers had each outcome, every outcome present (zero if none)
   * @param against the late and overdue dossiers, bounded
   * @param notAssessable the dossiers that could not be assessed (no due date and no statutory time), bounded; they
   *     are outside the rate, never dropped silently
   * @throws IllegalArgumentException if an outcome is missing from the counts or the parts disagree
   */
  public OnTimeFigure {
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(against, "against");
    Objects.requireNonNull(notAssessable, "notAssessable");
    EnumMap<OnTimeOutcome, Long> copy = new EnumMap<>(OnTimeOutcome.class);
    copy.putAll(counts);
    long onTime = 0;
    long late = 0;
    for (OnTimeOutcome outcome : OnTimeOutcome.values()) {
      Long n = copy.get(outcome);
      if (n == null || n < 0) {
        throw new IllegalArgumentException("counts lacks a count for " + outcome);
      }
      onTime += outcome.isOnTime() ? n : 0;
      late += outcome.isLate() ? n : 0;
    }
    if (rate.numerator() != onTime || rate.shortfall() != late || against.total() != late
        || notAssessable.total() != copy.get(OnTimeOutcome.NOT_ASSESSABLE)) {
      throw new IllegalArgumentException("The rate " + rate + " and samples disagree with the counts " + copy);
    }
    counts = Collections.unmodifiableMap(copy);
  }

  /**
   * Returns how many dossiers had an outcome.
   *
   * @param outcome the outcome
   * @return the count
   */
  public long count(OnTimeOutcome outcome) {
    return counts.get(Objects.requireNonNull(outcome, "outcome"));
  }
}
