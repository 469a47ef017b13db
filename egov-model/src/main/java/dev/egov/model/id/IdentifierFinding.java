package dev.egov.model.id;

/**
 * A data-quality finding about a valid identifier: something that deserves a look but does not make the identifier
 * invalid.
 *
 * <p>Historic data-entry errors exist, and a personal identification number stays the person's number even when a
 * record pairs it with a wrong birth year; docs/identifiers.md (Personal identification number) therefore treats these as warnings, never as proof of
 * invalidity.
 *
 * @since 0.1.0
 */
public enum IdentifierFinding {
  /**
   * The first three digits are not one of the 63 domestic birth-registration province codes (Thông tư 07/2016/TT-BCA
   * Phụ lục 1). Births registered abroad carry a country code, whose table is not published.
   */
  UNKNOWN_PREFIX,
  /** The birth year encoded in the number differs from the year of the recorded birth date. */
  BIRTH_YEAR_MISMATCH,
  /** The sex encoded in the number differs from the recorded sex. */
  SEX_MISMATCH,
  /** The birth year encoded in the number is after the current year. */
  BIRTH_YEAR_IN_FUTURE
}
