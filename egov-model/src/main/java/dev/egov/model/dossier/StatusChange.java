package dev.egov.model.dossier;

import dev.egov.model.code.DossierStatus;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One change of a dossier's status: to which status, when, and a note (a refusal's or a stop's reason).
 *
 * @param status the status entered
 * @param at when
 * @param note why, as written, or {@code null}
 * @since 0.1.0
 */
public record StatusChange(DossierStatus status, Instant at, @Nullable String note) {

  /**
   * Checks the required parts.
   *
   * @param status the status entered
   * @param at when
   * @param note why, as written, or {@code null}
   */
  public StatusChange {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(at, "at");
  }

  /** Returns the status and when; the note is free text that may name people, so only its presence shows. */
  @Override
  public String toString() {
    return "StatusChange[" + status + ", " + at + (note == null ? "" : ", with note") + ']';
  }
}
