package dev.egov.model;

/**
 * A person's sex as recorded by the national population database (CSDL quốc gia về dân cư).
 *
 * <p>The population database codes it as {@code GioiTinh} 0 = no information, 1 = male, 2 = female; the personal
 * identification number encodes male or female in its fourth digit (Thông tư 59/2021/TT-BCA Art. 4). Wire codes are
 * mapped by {@code egov-json}; this type only names the values.
 *
 * @since 0.1.0
 */
public enum Sex {
  /** Male (nam). */
  MALE,
  /** Female (nữ). */
  FEMALE,
  /** Not recorded (chưa có thông tin). Never inferred: a record that does not say is {@code UNKNOWN}. */
  UNKNOWN
}
