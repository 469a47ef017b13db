package dev.egov.model.dossier;

import dev.egov.model.code.DossierStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The dossier lifecycle: which status may follow which, and what each move records. The statuses are the portal's
 * ({@code TrangThaiHoSo}, docs/dossiers-and-portal.md, Dossier statuses); the transitions, which no source publishes, are egov's reading of the
 * procedure, argued in {@code docs/adr/0005-dossier-lifecycle.md}:
 *
 * <pre>
 * 1 submitted            → 2 received, 3 not received, 5 supplement requested, 7 withdrawn
 * 2 received             → 4 processing, 5 supplement, 6 financial obligation, 9 finished, 7 withdrawn, 8 stopped
 * 4 processing           → 5 supplement, 6 financial obligation, 9 finished, 7 withdrawn, 8 stopped
 * 5 supplement requested → 2 received (not yet received), 4 processing (received), 3 not received (not yet received),
 *                          7 withdrawn, 8 stopped (received)
 * 6 financial obligation → 4 processing, 9 finished, 7 withdrawn, 8 stopped
 * 9 finished             → 10 result returned
 * 3, 7, 8, 10            → nothing: the dossier has ended
 * </pre>
 *
 * <p>"Ended" for the machine is not "ended" for the on-time arithmetic of QĐ 766 (docs/indicators.md, 2.1): a dossier whose
 * processing {@linkplain #hasProcessingEnded finished} (status 9) still moves to 10 when its result is returned.
 *
 * @since 0.1.0
 */
public final class DossierLifecycle {

  private static final Map<DossierStatus, Set<DossierStatus>> NEXT = table();

  private DossierLifecycle() {}

  private static Map<DossierStatus, Set<DossierStatus>> table() {
    Map<DossierStatus, Set<DossierStatus>> next = new LinkedHashMap<>();
    next.put(DossierStatus.SUBMITTED, Set.of(DossierStatus.RECEIVED, DossierStatus.NOT_RECEIVED,
        DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.WITHDRAWN));
    next.put(DossierStatus.RECEIVED, Set.of(DossierStatus.PROCESSING, DossierStatus.SUPPLEMENT_REQUESTED,
        DossierStatus.FINANCIAL_OBLIGATION, DossierStatus.FINISHED, DossierStatus.WITHDRAWN, DossierStatus.STOPPED));
    next.put(DossierStatus.PROCESSING, Set.of(DossierStatus.SUPPLEMENT_REQUESTED,
        DossierStatus.FINANCIAL_OBLIGATION, DossierStatus.FINISHED, DossierStatus.WITHDRAWN, DossierStatus.STOPPED));
    next.put(DossierStatus.SUPPLEMENT_REQUESTED, Set.of(DossierStatus.RECEIVED, DossierStatus.PROCESSING,
        DossierStatus.NOT_RECEIVED, DossierStatus.WITHDRAWN, DossierStatus.STOPPED));
    next.put(DossierStatus.FINANCIAL_OBLIGATION, Set.of(DossierStatus.PROCESSING, DossierStatus.FINISHED,
        DossierStatus.WITHDRAWN, DossierStatus.STOPPED));
    next.put(DossierStatus.FINISHED, Set.of(DossierStatus.RESULT_RETURNED));
    next.put(DossierStatus.NOT_RECEIVED, Set.of());
    next.put(DossierStatus.WITHDRAWN, Set.of());
    next.put(DossierStatus.STOPPED, Set.of());
    next.put(DossierStatus.RESULT_RETURNED, Set.of());
    return Map.copyOf(next);
  }

  /**
   * Returns whether the transition table has the move from {@code from} to {@code to}. Moves that also depend on the
   * dossier (leaving a supplement request to reception or to processing) are in the table; {@link Dossier}'s methods
   * check the rest.
   *
   * @param from the status before
   * @param to the status after
   * @return whether the move is in the table; {@code false} when either status is unknown
   */
  public static boolean isAllowed(DossierStatus from, DossierStatus to) {
    Set<DossierStatus> next = NEXT.get(Objects.requireNonNull(from, "from"));
    return next != null && next.contains(Objects.requireNonNull(to, "to"));
  }

  /**
   * Returns the statuses that may follow {@code from}, in the portal's code order.
   *
   * @param from a status
   * @return the statuses, empty for an ended dossier or an unknown status
   */
  public static List<DossierStatus> next(DossierStatus from) {
    Set<DossierStatus> next = NEXT.getOrDefault(Objects.requireNonNull(from, "from"), Set.of());
    return DossierStatus.known().stream().filter(next::contains).toList();
  }

  /**
   * Returns whether a dossier in {@code status} can never move again: not received (3), withdrawn (7), stopped (8),
   * result returned (10).
   *
   * @param status a status
   * @return whether the status is final for the lifecycle; {@code false} for unknown statuses
   */
  public static boolean isTerminal(DossierStatus status) {
    Set<DossierStatus> next = NEXT.get(Objects.requireNonNull(status, "status"));
    return next != null && next.isEmpty();
  }

  /**
   * Returns whether {@code dossier}'s processing has ended, as the QĐ 766 on-time arithmetic counts it (docs/indicators.md,
   * 2.1): not received (3), stopped (8), finished (9), result returned (10), and withdrawn (7) if it had been received.
   * Finished is not terminal for the lifecycle: the dossier still moves to result returned.
   *
   * @param dossier a dossier
   * @return whether its processing has ended
   */
  public static boolean hasProcessingEnded(Dossier dossier) {
    DossierStatus status = dossier.status();
    return status == DossierStatus.NOT_RECEIVED
        || status == DossierStatus.STOPPED
        || status == DossierStatus.FINISHED
        || status == DossierStatus.RESULT_RETURNED
        || (status == DossierStatus.WITHDRAWN && dossier.timeline().receivedAt() != null);
  }

  /** Checks a move without making it. */
  static void check(Dossier dossier, DossierStatus to, Instant at) {
    DossierStatus from = dossier.status();
    Objects.requireNonNull(at, "at");
    if (!from.isKnown()) {
      throw refused(IllegalTransitionException.Reason.UNKNOWN_FROM_STATUS, dossier, to,
          "the current status is not one egov knows; it is kept as read but cannot move");
    }
    if (!to.isKnown()) {
      throw refused(IllegalTransitionException.Reason.UNKNOWN_TO_STATUS, dossier, to,
          "the target status is not one egov knows");
    }
    if (!isAllowed(from, to)) {
      throw refused(IllegalTransitionException.Reason.NOT_ALLOWED, dossier, to,
          next(from).isEmpty() ? "the dossier has ended" : "allowed next statuses are " + next(from));
    }
    if (from == DossierStatus.SUPPLEMENT_REQUESTED) {
      boolean received = dossier.timeline().receivedAt() != null;
      if (to == DossierStatus.PROCESSING && !received) {
        throw refused(IllegalTransitionException.Reason.RECEPTION_STATE, dossier, to,
            "the supplement was requested before reception, so the dossier is received next");
      }
      if ((to == DossierStatus.RECEIVED || to == DossierStatus.NOT_RECEIVED) && received) {
        throw refused(IllegalTransitionException.Reason.RECEPTION_STATE, dossier, to,
            "the dossier was already received, so processing resumes");
      }
      if (to == DossierStatus.STOPPED && !received) {
        throw refused(IllegalTransitionException.Reason.RECEPTION_STATE, dossier, to,
            "a dossier never received is not stopped: an unanswered pre-reception request ends as not received");
      }
    }
    Instant last = lastChange(dossier);
    if (last != null && at.isBefore(last)) {
      throw refused(IllegalTransitionException.Reason.OUT_OF_ORDER, dossier, to,
          "the move is dated " + at + ", before the last change at " + last);
    }
  }

  /**
   * Checks, before a method that ends a wait (a supplement request, a financial obligation), that the dossier is in
   * that wait: otherwise the move it would make (2 → 4, 1 → 2, 5 → 4, …) may be in the table but is not what the method
   * records. An unknown status is left to {@link #check}.
   */
  static void requireWaiting(Dossier dossier, DossierStatus waiting, DossierStatus to, String what) {
    if (dossier.status().isKnown() && dossier.status() != waiting) {
      throw refused(IllegalTransitionException.Reason.NOT_ALLOWED, dossier, to, "no " + what + " is open");
    }
  }

  private static @Nullable Instant lastChange(Dossier dossier) {
    List<StatusChange> history = dossier.processing().statusHistory();
    return history.isEmpty() ? dossier.timeline().submittedAt() : history.get(history.size() - 1).at();
  }

  private static IllegalTransitionException refused(
      IllegalTransitionException.Reason reason, Dossier dossier, DossierStatus to, String detail) {
    return new IllegalTransitionException(reason, dossier.code(), dossier.status(), to, detail);
  }

  static DossierTransition requestSupplement(Dossier dossier, SupplementRequest request) {
    if (!request.isOpen()) {
      throw new IllegalArgumentException("A new supplement request cannot already be answered");
    }
    Instant at = request.requestedAt();
    check(dossier, DossierStatus.SUPPLEMENT_REQUESTED, at);
    DossierPauses pauses = dossier.pauses();
    Dossier.Builder b = dossier.toBuilder().pauses(pauses.withSupplements(
        Dossier.concat(pauses.supplements(), List.of(request.withDueBefore(dossier.timeline().dueAt())))));
    return finish(dossier, b, DossierStatus.SUPPLEMENT_REQUESTED, at, request.content());
  }

  static DossierTransition move(
      Dossier dossier, DossierStatus to, Instant at, @Nullable Instant newDueAt, @Nullable String note) {
    check(dossier, to, at);
    if (to == DossierStatus.SUPPLEMENT_REQUESTED) {
      return requestSupplement(dossier,
          new SupplementRequest(null, null, note, at, null, null, null, null, List.of(), List.of(), null, null));
    }
    DossierStatus from = dossier.status();
    Dossier.Builder b = dossier.toBuilder();
    DossierTimeline timeline = dossier.timeline();
    DossierPauses pauses = dossier.pauses();
    Instant due = newDueAt != null ? newDueAt : timeline.dueAt();
    // A request never answered, or an obligation never met, stays open when the dossier ends: nothing was received.
    boolean resumes = !isTerminal(to);
    if (from == DossierStatus.SUPPLEMENT_REQUESTED && resumes) {
      List<SupplementRequest> supplements = new ArrayList<>(pauses.supplements());
      int last = supplements.size() - 1;
      if (last >= 0 && supplements.get(last).isOpen()) {
        supplements.set(last, supplements.get(last).answered(at, due));
      }
      pauses = pauses.withSupplements(supplements);
    }
    if (from == DossierStatus.FINANCIAL_OBLIGATION && resumes) {
      List<FinancialObligation> obligations = new ArrayList<>(pauses.financialObligations());
      int last = obligations.size() - 1;
      if (last >= 0 && obligations.get(last).isOpen()) {
        FinancialObligation open = obligations.get(last);
        obligations.set(last, new FinancialObligation(open.requestedAt(), open.content(), at, open.dueBefore(), due));
      }
      pauses = pauses.withFinancialObligations(obligations);
    }
    if (to == DossierStatus.FINANCIAL_OBLIGATION) {
      pauses = pauses.withFinancialObligations(Dossier.concat(pauses.financialObligations(),
          List.of(new FinancialObligation(at, note, null, timeline.dueAt(), null))));
    }
    b.pauses(pauses);
    if (newDueAt != null) {
      timeline = timeline.withDueAt(newDueAt);
    }
    if (to == DossierStatus.RECEIVED && timeline.receivedAt() == null) {
      timeline = timeline.withReceivedAt(at);
    } else if (to == DossierStatus.NOT_RECEIVED) {
      timeline = timeline.withRefusedAt(at);
    } else if (to == DossierStatus.FINISHED) {
      timeline = timeline.withFinishedAt(at);
    } else if (to == DossierStatus.RESULT_RETURNED) {
      timeline = timeline.withReturnedAt(at);
    }
    b.timeline(timeline);
    return finish(dossier, b, to, at, note);
  }

  private static DossierTransition finish(
      Dossier before, Dossier.Builder b, DossierStatus to, Instant at, @Nullable String note) {
    b.status(to);
    DossierProcessing processing = before.processing();
    b.processing(processing.withStatusHistory(
        Dossier.concat(processing.statusHistory(), List.of(new StatusChange(to, at, note)))));
    return new DossierTransition(b.build(), new DossierEvent(before.code(), before.status(), to, at, note));
  }
}
