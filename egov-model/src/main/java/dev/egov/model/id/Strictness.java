package dev.egov.model.id;

/**
 * How deeply an identifier is checked. Each level includes the ones before it; an identifier type without a layer (a
 * personal identification number has no check digit) treats it as the level below.
 *
 * <p>The default everywhere is {@link #SEMANTIC}. Lower levels exist for reading historical data whose check digits
 * or dates were never verified, without losing it: a value parsed at a lower level reports that level through its
 * {@code strictness()} accessor.
 *
 * @since 0.1.0
 */
public enum Strictness {
  /** Length, characters and structure only. */
  FORMAT,
  /** {@link #FORMAT}, and the check digit where the identifier has one (tax codes). */
  CHECKSUM,
  /**
   * {@link #CHECKSUM}, and the meaning of the parts: an embedded date exists, a sequence is not all zeros, a branch
   * suffix is not {@code 000}, a mobile prefix is allocated.
   */
  SEMANTIC;

  /**
   * Returns whether this level includes the checks of {@code level}.
   *
   * @param level the level to test
   * @return {@code true} if checking at this level also checks everything {@code level} checks
   */
  public boolean includes(Strictness level) {
    return compareTo(level) >= 0;
  }
}
