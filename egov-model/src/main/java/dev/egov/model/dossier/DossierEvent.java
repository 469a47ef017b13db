package dev.egov.model.dossier;

import dev.egov.model.code.DossierStatus;
import dev.egov.model.id.DossierCode;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A status change of a dossier, as a lifecycle method reports it: for audit logs, progress synchronisation and
 * notifications.
 *
 * @param dossier the dossier's code
 * @param from the status before
 * @param to the status after
 * @param at when
 * @param note why (a refusal's or stop's reason, an obligation's content), or {@code null}
 * @since 0.1.0
 */
public record DossierEvent(
    DossierCode dossier, DossierStatus from, DossierStatus to, Instant at, @Nullable String note) {

  /**
   * Checks the required parts.
   *
   * @param dossier the dossier's code
   * @param from the status before
   * @param to the status after
   * @param at when
   * @param note why (a refusal's or stop's reason, an obligation's content), or {@code null}
   */
  public DossierEvent {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(at, "at");
  }

  /** Returns the dossier, the move and when; the note is free text that may name people, so only its presence shows. */
  @Override
  public String toString() {
    return "DossierEvent[" + dossier + ", " + from + " -> " + to + ", " + at
        + (note == null ? "" : ", with note") + ']';
  }
}
