package dev.egov.model.dossier;

import java.util.Objects;

/**
 * The outcome of a lifecycle move: the dossier after it, and the event that describes it.
 *
 * @param dossier the moved dossier
 * @param event the status change
 * @since 0.1.0
 */
public record DossierTransition(Dossier dossier, DossierEvent event) {

  /**
   * Checks the parts.
   *
   * @param dossier the moved dossier
   * @param event the status change
   */
  public DossierTransition {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(event, "event");
  }
}
