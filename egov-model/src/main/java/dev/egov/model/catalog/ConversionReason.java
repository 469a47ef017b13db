package dev.egov.model.catalog;

/**
 * Why a legacy unit, or a part of a legacy address, was not converted to the 2025 catalogue. Stable codes that
 * programs can switch on.
 *
 * @since 0.1.0
 */
public enum ConversionReason {
  /** The legacy catalogue has no commune with this code. */
  UNKNOWN_COMMUNE,
  /** The legacy catalogue has no province with this code. */
  UNKNOWN_PROVINCE,
  /**
   * The commune is in the legacy catalogue, but no official description of a 2025 commune names it (listed in {@code
   * docs/administrative-units-lineage.md}).
   */
  NOT_IN_LINEAGE,
  /** The commune is in the legacy catalogue, but not in the district the address gives. */
  DISTRICT_MISMATCH,
  /** The commune or district is in the legacy catalogue, but not in the province the address gives. */
  PROVINCE_MISMATCH,
  /** The address gives no commune code, so no commune can be named (its names are kept, not interpreted). */
  NO_COMMUNE,
  /**
   * The commune was split between several 2025 communes ({@link ConversionConfidence#AMBIGUOUS}): the candidates are
   * given, none is chosen.
   */
  SPLIT,
  /** Districts were abolished on 1 July 2025 (Luật 72/2025/QH15): an address of the 2025 catalogue has none. */
  DISTRICT_ABOLISHED
}
