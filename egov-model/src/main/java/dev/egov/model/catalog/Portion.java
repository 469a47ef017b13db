package dev.egov.model.catalog;

/**
 * How much of a legacy unit went into a new commune, as the official description of the new commune says.
 *
 * @since 0.1.0
 */
public enum Portion {
  /** The description names the unit without a qualifier: all of it went into the new commune. */
  WHOLE,
  /**
   * The description names part of the unit ({@code một phần diện tích tự nhiên, quy mô dân số của …}) or what was left
   * of it ({@code phần còn lại của …}).
   */
  PART
}
