package dev.egov.model.catalog;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A candidate unit for a searched name, and why it matched.
 *
 * @param unit the unit
 * @param reasons why it matched; never empty
 * @since 0.1.0
 */
public record UnitMatch(AdministrativeUnit unit, Set<MatchReason> reasons) {

  /**
   * Copies the reasons.
   *
   * @param unit the unit
   * @param reasons why it matched; never empty
   * @throws IllegalArgumentException if {@code reasons} is empty
   */
  public UnitMatch {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(reasons, "reasons");
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("reasons is empty");
    }
    reasons = Collections.unmodifiableSet(EnumSet.copyOf(reasons));
  }

  /**
   * Returns how well the unit matched, higher is better: first the type (the type given, then no type given, then
   * another type than the one given), then the name (with its diacritics, then without).
   *
   * @return the score, from 0 (another type, the name only without diacritics) to 5 (same type, same name)
   */
  public int score() {
    return scoreOf(reasons);
  }

  static int scoreOf(Set<MatchReason> reasons) {
    int type = reasons.contains(MatchReason.SAME_TYPE) ? 2 : reasons.contains(MatchReason.NO_TYPE_GIVEN) ? 1 : 0;
    return type * 2 + (reasons.contains(MatchReason.SAME_NAME) ? 1 : 0);
  }
}
