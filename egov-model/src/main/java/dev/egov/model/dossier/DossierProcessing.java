package dev.egov.model.dossier;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who processes a {@link Dossier} and how it went: the processing agency's name, the status changes and the processing
 * steps the portal's progress updates carry (docs/dossiers-and-portal.md, Progress updates). {@link #NONE} has no
 * agency name and empty lists.
 *
 * @param agencyName the processing agency's name ({@code DonViXuLy}), or {@code null}
 * @param statusHistory every status change this record knows, oldest first; a dossier read from elsewhere may have none
 * @param steps the processing steps ({@code CapNhatTienDoHoSoMC}), oldest first
 * @since 0.1.0
 */
public record DossierProcessing(
    @Nullable String agencyName, List<StatusChange> statusHistory, List<ProcessingStep> steps) {

  /** No agency name, no status change, no step. */
  public static final DossierProcessing NONE = new DossierProcessing(null, List.of(), List.of());

  /**
   * Copies the lists.
   *
   * @param agencyName the processing agency's name ({@code DonViXuLy}), or {@code null}
   * @param statusHistory every status change this record knows, oldest first
   * @param steps the processing steps ({@code CapNhatTienDoHoSoMC}), oldest first
   */
  public DossierProcessing {
    statusHistory = List.copyOf(statusHistory);
    steps = List.copyOf(steps);
  }

  /**
   * Returns a copy with another status history.
   *
   * @param statusHistory the changes, oldest first
   * @return the copy
   */
  public DossierProcessing withStatusHistory(List<StatusChange> statusHistory) {
    return new DossierProcessing(agencyName, statusHistory, steps);
  }

  /**
   * Returns a copy with other processing steps.
   *
   * @param steps the steps, oldest first
   * @return the copy
   */
  public DossierProcessing withSteps(List<ProcessingStep> steps) {
    return new DossierProcessing(agencyName, statusHistory, steps);
  }
}
