package dev.egov.indicators;

import java.util.Objects;

/**
 * Thrown when the partial state of an {@link IndicatorAccumulator} cannot be used: bytes that are not a state, a state
 * of another format version, a truncated or corrupt one, or a state (or accumulator) computed with other settings than
 * the calculator it is given to. Unchecked, and an {@link IllegalArgumentException}: the caller passed something
 * unusable; retrying with the same input fails the same way.
 *
 * <p>{@link #reason()} is a stable code. The message says what is wrong and, for {@link Reason#SETTINGS_MISMATCH},
 * which setting differs, never a value read from the state.
 *
 * @since 0.1.0
 */
public final class IndicatorStateException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Why a state or an accumulator is refused. Stable codes. */
  public enum Reason {
    /** The bytes do not start as an indicator state does: they are something else. */
    NOT_A_STATE,
    /** The state was written in a format version this version of egov does not read. */
    UNSUPPORTED_VERSION,
    /** The state ends before its declared length: it was cut short in storage or transit. */
    TRUNCATED,
    /** The state's checksum or structure is wrong: it was altered, or is longer than it says. */
    CORRUPT,
    /**
     * The state or accumulator was computed with other settings (period, calendar, convention, …) than the
     * calculator it is combined with: merging them would mix two different computations.
     */
    SETTINGS_MISMATCH
  }

  /** Why the state or accumulator is refused. */
  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param reason why the state or accumulator is refused
   * @param detail an explanation for people, without values read from the state
   */
  public IndicatorStateException(Reason reason, String detail) {
    super(Objects.requireNonNull(detail, "detail") + " (" + Objects.requireNonNull(reason, "reason") + ")");
    this.reason = reason;
  }

  /**
   * Returns why the state or accumulator is refused.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
