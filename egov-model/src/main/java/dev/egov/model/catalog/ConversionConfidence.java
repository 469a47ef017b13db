package dev.egov.model.catalog;

/**
 * How sure a conversion of a legacy unit to the 2025 catalogue is ({@link CommuneLineage#convert}).
 *
 * @since 0.1.0
 */
public enum ConversionConfidence {
  /** The official description puts the whole legacy unit into one new commune: the answer is that commune. */
  EXACT,
  /**
   * The legacy unit was split, or the description does not say it went whole: every candidate is given, each marked
   * {@link Portion#WHOLE} or {@link Portion#PART} as the description says; which one an address is in needs more than
   * its codes (the street, the hamlet).
   */
  AMBIGUOUS,
  /** No new commune can be named; {@link ConversionReason} says why. */
  UNKNOWN
}
