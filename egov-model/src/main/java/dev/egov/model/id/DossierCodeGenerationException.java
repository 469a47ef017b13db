package dev.egov.model.id;

import java.util.Objects;

/**
 * Thrown when a {@link DossierCodeGenerator} cannot mint a code without breaking the standard form or risking a
 * duplicate. Unchecked: both causes need an operator, not a retry.
 *
 * @since 0.1.0
 */
public final class DossierCodeGenerationException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** Why no code could be minted. Stable codes. */
  public enum Reason {
    /** The agency has used all 9,999 sequence numbers of the day. */
    SEQUENCE_EXHAUSTED,
    /** The clock shows an earlier day than codes already issued for the agency. */
    CLOCK_MOVED_BACK
  }

  /** Why no code could be minted. */
  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param reason why no code could be minted
   * @param message the detail, naming the agency and day
   */
  public DossierCodeGenerationException(Reason reason, String message) {
    super(message + " (" + Objects.requireNonNull(reason, "reason") + ")");
    this.reason = reason;
  }

  /**
   * Returns why no code could be minted.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
