/**
 * The QĐ 766/QĐ-TTg service indicators computed from synchronised dossiers: {@link
 * dev.egov.indicators.IndicatorCalculator}, its mergeable {@link dev.egov.indicators.IndicatorAccumulator} and the
 * {@link dev.egov.indicators.IndicatorReport}.
 *
 * <p>A satellite of {@code dev.egov.model}, which it requires (transitively: its API speaks of dossiers, procedures
 * and calendars), and nothing else at run time; jspecify's nullness annotations are read at compile time only.
 */
module dev.egov.indicators {
  requires transitive dev.egov.model;
  requires static transitive org.jspecify;

  exports dev.egov.indicators;
}
