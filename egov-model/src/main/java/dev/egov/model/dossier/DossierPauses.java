package dev.egov.model.dossier;

import dev.egov.model.calendar.Pause;
import dev.egov.model.calendar.PauseReason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What paused a {@link Dossier}'s legal clock: the supplement requests and the financial-obligation waits, each list
 * oldest first (docs/dossiers-and-portal.md, Supplements; docs/calendar-and-due-dates.md). {@link #NONE} has none.
 *
 * <pre>{@code
 * Instant newDue = rule.resumedDueDate(dossier.timeline().receivedAt(), dossier.pauses().all(), resumed);
 * }</pre>
 *
 * @param supplements the supplement requests ({@code DanhSachHoSoBoSung}), oldest first
 * @param financialObligations the financial-obligation waits, oldest first
 * @since 0.1.0
 */
public record DossierPauses(List<SupplementRequest> supplements, List<FinancialObligation> financialObligations) {

  /** No supplement request and no financial obligation. */
  public static final DossierPauses NONE = new DossierPauses(List.of(), List.of());

  /**
   * Copies the lists.
   *
   * @param supplements the supplement requests ({@code DanhSachHoSoBoSung}), oldest first
   * @param financialObligations the financial-obligation waits, oldest first
   */
  public DossierPauses {
    supplements = List.copyOf(supplements);
    financialObligations = List.copyOf(financialObligations);
  }

  /**
   * Returns the supplement request the applicant has not yet answered.
   *
   * @return the open request, or empty
   */
  public Optional<SupplementRequest> openSupplement() {
    return supplements.isEmpty() || !supplements.get(supplements.size() - 1).isOpen()
        ? Optional.empty()
        : Optional.of(supplements.get(supplements.size() - 1));
  }

  /**
   * Returns the financial obligation not yet met.
   *
   * @return the open obligation, or empty
   */
  public Optional<FinancialObligation> openFinancialObligation() {
    return financialObligations.isEmpty() || !financialObligations.get(financialObligations.size() - 1).isOpen()
        ? Optional.empty()
        : Optional.of(financialObligations.get(financialObligations.size() - 1));
  }

  /**
   * Returns every supplement request and financial-obligation wait, ordered by start, as {@link Pause} values for
   * due-date arithmetic ({@link dev.egov.model.calendar.DueDateRule}). A view of the record, no arithmetic. A request
   * made before receipt is included, though the clock had not started; the due-date rule skips the pauses that ended by
   * the receipt.
   *
   * @return the pauses; an open request or wait is an ongoing pause
   */
  public List<Pause> all() {
    List<Pause> pauses = new ArrayList<>(supplements.size() + financialObligations.size());
    for (SupplementRequest s : supplements) {
      pauses.add(new Pause(PauseReason.SUPPLEMENT_REQUEST, s.requestedAt(), s.resubmittedAt()));
    }
    for (FinancialObligation f : financialObligations) {
      pauses.add(new Pause(PauseReason.FINANCIAL_OBLIGATION, f.requestedAt(), f.fulfilledAt()));
    }
    pauses.sort(Comparator.comparing(Pause::start));
    return List.copyOf(pauses);
  }

  /**
   * Returns a copy with other supplement requests.
   *
   * @param supplements the requests, oldest first
   * @return the copy
   */
  public DossierPauses withSupplements(List<SupplementRequest> supplements) {
    return new DossierPauses(supplements, financialObligations);
  }

  /**
   * Returns a copy with other financial-obligation waits.
   *
   * @param financialObligations the waits, oldest first
   * @return the copy
   */
  public DossierPauses withFinancialObligations(List<FinancialObligation> financialObligations) {
    return new DossierPauses(supplements, financialObligations);
  }
}
