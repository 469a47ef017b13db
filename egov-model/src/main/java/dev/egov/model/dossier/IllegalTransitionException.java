package dev.egov.model.dossier;

import dev.egov.model.code.DossierStatus;
import dev.egov.model.id.DossierCode;
import java.util.Objects;

/**
 * Thrown when a dossier is asked to make a move its lifecycle does not allow. Unchecked: an illegal move is a bug in
 * the caller's workflow, or data that needs a person to look at it, never something to retry.
 *
 * <p>The message names the dossier (its code is not personal data) and both statuses; {@link #reason()} is a stable
 * code.
 *
 * @since 0.1.0
 */
public final class IllegalTransitionException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** Why the move is refused. Stable codes. */
  public enum Reason {
    /** The transition table has no move from the current status to the target. */
    NOT_ALLOWED,
    /** The current status is not a known one: it round-trips, but cannot move. */
    UNKNOWN_FROM_STATUS,
    /** The target status is not a known one. */
    UNKNOWN_TO_STATUS,
    /** The move needs the dossier to have been received, and it was not; or the reverse. */
    RECEPTION_STATE,
    /** The instant of the move is before the dossier's last status change. */
    OUT_OF_ORDER
  }

  /** Why the move is refused. */
  private final Reason reason;

  /** The raw code of the status before (a code, not the status object, so that the exception stays serializable). */
  private final String from;

  /** The raw code of the status asked for. */
  private final String to;

  /**
   * Creates the exception.
   *
   * @param reason why the move is refused
   * @param dossier the dossier's code
   * @param from its status
   * @param to the status asked for
   * @param detail an explanation for people
   */
  public IllegalTransitionException(
      Reason reason, DossierCode dossier, DossierStatus from, DossierStatus to, String detail) {
    super("Dossier " + dossier + " cannot move from " + from + " to " + to + ": " + detail + " (" + reason + ")");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.from = Objects.requireNonNull(from, "from").code();
    this.to = Objects.requireNonNull(to, "to").code();
  }

  /**
   * Returns why the move is refused.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * Returns the dossier's status when the move was asked.
   *
   * @return the status before
   */
  public DossierStatus from() {
    return DossierStatus.of(from);
  }

  /**
   * Returns the status the move asked for.
   *
   * @return the target status
   */
  public DossierStatus to() {
    return DossierStatus.of(to);
  }
}
