package dev.egov.indicators.internal;

import dev.egov.indicators.OnTimeOutcome;
import dev.egov.model.calendar.DueDateRule;
import dev.egov.model.calendar.DueStatus;
import dev.egov.model.calendar.ElapsedTime;
import dev.egov.model.calendar.Pause;
import dev.egov.model.calendar.PauseReason;
import dev.egov.model.calendar.ProcessingTime;
import dev.egov.model.code.Channel;
import dev.egov.model.code.DossierStatus;
import dev.egov.model.code.NationalDatabase;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.dossier.DossierLifecycle;
import dev.egov.model.dossier.DossierTimeline;
import dev.egov.model.dossier.Fee;
import dev.egov.model.dossier.FinancialObligation;
import dev.egov.model.dossier.StatusChange;
import dev.egov.model.dossier.SubmittedDocument;
import dev.egov.model.dossier.SupplementRequest;
import dev.egov.model.procedure.Procedure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The QĐ 766 rules applied to one dossier, as the package description states them. Every due date, pause and working
 * time goes through a {@link DueDateRule} with the calculator's calendar, pause strategy and convention. Immutable and
 * thread-safe; each call writes into a {@link Facts} that belongs to the caller.
 */
public final class Rules {

  private final Instant periodStart;
  private final Instant periodEnd;
  /**
   * The calculator's due-date settings. Its processing time is a placeholder: judging against a recorded due date and
   * moving one by a pause do not depend on it, and a procedure's time is bound with {@link #rule(ProcessingTime)}.
   */
  private final DueDateRule dueDates;
  private final Set<NationalDatabase> populationDatabases;
  private final boolean financialObligationsPause;

  /** Binds the rules to a period, the calculator's due-date settings and its population-database codes. */
  public Rules(Instant periodStart, Instant periodEnd, DueDateRule dueDates, Set<NationalDatabase> populationDatabases,
      boolean financialObligationsPause) {
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.dueDates = dueDates;
    this.populationDatabases = populationDatabases;
    this.financialObligationsPause = financialObligationsPause;
  }

  /**
   * Returns the instant that places a dossier in a period: its receipt, or for a dossier never received its
   * submission.
   */
  public static @Nullable Instant periodInstant(Dossier dossier) {
    Instant received = dossier.timeline().receivedAt();
    return received != null ? received : dossier.timeline().submittedAt();
  }

  /** Returns whether an instant is in {@code [periodStart, periodEnd)}. */
  public boolean inPeriod(Instant instant) {
    return !instant.isBefore(periodStart) && instant.isBefore(periodEnd);
  }

  /** Finds every figure's facts about a dossier of the period. */
  public void evaluate(Dossier dossier, @Nullable Procedure procedure, Facts facts) {
    onTime(dossier, procedure, facts);
    processingTime(dossier, procedure, facts);
    received(dossier, procedure, facts);
  }

  // ---- 2.1 On time ----

  /** Judges a dossier as of the period end; sets the outcome and its trace. */
  public void onTime(Dossier dossier, @Nullable Procedure procedure, Facts facts) {
    facts.end = null;
    facts.dueAt = null;
    facts.elapsed = null;
    facts.allowed = null;
    facts.supplementRequests = 0;
    facts.measured = null;
    facts.outcome = judge(dossier, procedure, facts);
  }

  private OnTimeOutcome judge(Dossier dossier, @Nullable Procedure procedure, Facts facts) {
    Instant asOf = periodEnd;
    // The end statuses, each at its first instant up to the period end; anything later has not happened yet.
    Instant finished = upTo(dossier.timeline().finishedAt(), asOf);
    Instant returned = upTo(dossier.timeline().returnedAt(), asOf);
    Instant stoppedOrRefused = upTo(dossier.timeline().refusedAt(), asOf);
    Instant withdrawn = null;
    DossierTimeline timeline = dossier.timeline();
    boolean endKnown = timeline.finishedAt() != null || timeline.returnedAt() != null || timeline.refusedAt() != null;
    for (StatusChange change : dossier.processing().statusHistory()) {
      DossierStatus status = change.status();
      boolean ends = status.equals(DossierStatus.FINISHED) || status.equals(DossierStatus.RESULT_RETURNED)
          || status.equals(DossierStatus.STOPPED) || status.equals(DossierStatus.NOT_RECEIVED)
          || status.equals(DossierStatus.WITHDRAWN);
      if (!ends) {
        continue;
      }
      endKnown = true;
      Instant at = upTo(change.at(), asOf);
      if (status.equals(DossierStatus.FINISHED)) {
        finished = earliest(finished, at);
      } else if (status.equals(DossierStatus.RESULT_RETURNED)) {
        returned = earliest(returned, at);
      } else if (status.equals(DossierStatus.WITHDRAWN)) {
        withdrawn = earliest(withdrawn, at);
      } else {
        stoppedOrRefused = earliest(stoppedOrRefused, at);
      }
    }
    boolean received = upTo(dossier.timeline().receivedAt(), asOf) != null;
    Instant end = finished != null ? finished
        : returned != null ? returned
        : stoppedOrRefused != null ? stoppedOrRefused
        : received ? withdrawn : null;
    if (!received && end == null) {
      return OnTimeOutcome.NOT_RECEIVED;
    }

    // Supplement requests made by the period end; the last one may still wait for the applicant.
    int requests = 0;
    SupplementRequest last = null;
    for (SupplementRequest request : dossier.pauses().supplements()) {
      if (!request.requestedAt().isAfter(asOf)) {
        requests++;
        last = request;
      }
    }
    facts.supplementRequests = requests;
    Instant limit = end != null ? end : asOf;
    boolean waiting = last != null
        && (last.resubmittedAt() == null || last.resubmittedAt().isAfter(limit));
    if (requests > 1) {
      // Asked more than once: late (quá hạn), whenever the dossier ends.
      facts.end = end != null ? end : waiting ? last.requestedAt() : asOf;
      return end != null || waiting ? OnTimeOutcome.LATE : OnTimeOutcome.OVERDUE;
    }
    Instant due = dossier.timeline().dueAt();
    if (waiting) {
      // Asked once and not answered: processing is judged at the request, against the due date then in force.
      end = last.requestedAt();
      if (last.dueBefore() != null) {
        due = last.dueBefore();
      }
    } else if (last != null && due != null && due.equals(last.dueBefore())) {
      // Answered, but the due date was not moved by the pause (the source did not record it): move it here.
      due = dueDates.afterPause(due, Pause.of(PauseReason.SUPPLEMENT_REQUEST, last.requestedAt(),
          last.resubmittedAt()));
    }
    if (end == null && DossierLifecycle.hasProcessingEnded(dossier) && !endKnown) {
      // The status says processing ended, but no instant says when.
      return OnTimeOutcome.NOT_ASSESSABLE;
    }
    boolean ended = end != null;
    Instant at = ended ? end : asOf;
    facts.end = at;

    if (due != null) {
      facts.dueAt = due;
      if (!ended) {
        return dueDates.status(due, asOf) == DueStatus.OVERDUE ? OnTimeOutcome.OVERDUE : OnTimeOutcome.ON_TRACK;
      }
      return switch (dueDates.classify(due, at)) {
        case EARLY -> OnTimeOutcome.EARLY;
        case ON_TIME -> OnTimeOutcome.ON_TIME;
        case LATE -> OnTimeOutcome.LATE;
      };
    }

    // No due date: the working time from reception, less the pauses, against the statutory time, judged by the due
    // date the rule gives (the convention decides an end in the closed time right after the time ran out).
    ProcessingTime time = statutoryTime(dossier, procedure);
    Instant start = received ? dossier.timeline().receivedAt() : dossier.timeline().submittedAt();
    if (time == null || start == null || at.isBefore(start)) {
      return OnTimeOutcome.NOT_ASSESSABLE;
    }
    ElapsedTime measured = rule(time).measure(start, at, pauses(dossier));
    facts.measured = measured;
    facts.measuredFrom = start;
    facts.elapsed = measured.elapsed();
    facts.allowed = measured.allowed();
    boolean within = measured.isWithinTime();
    if (ended) {
      return within ? OnTimeOutcome.ON_TIME : OnTimeOutcome.LATE;
    }
    return within ? OnTimeOutcome.ON_TRACK : OnTimeOutcome.OVERDUE;
  }

  // ---- 2.2 Average processing time ----

  private void processingTime(Dossier dossier, @Nullable Procedure procedure, Facts facts) {
    facts.actual = Duration.ZERO;
    facts.statutory = Duration.ZERO;
    Instant finished = dossier.timeline().finishedAt();
    Instant returned = dossier.timeline().returnedAt();
    for (StatusChange change : dossier.processing().statusHistory()) {
      if (change.status().equals(DossierStatus.FINISHED)) {
        finished = earliest(finished, change.at());
      } else if (change.status().equals(DossierStatus.RESULT_RETURNED)) {
        returned = earliest(returned, change.at());
      }
    }
    Instant end = finished != null ? finished : returned;
    boolean finishedStatus = dossier.status().equals(DossierStatus.FINISHED)
        || dossier.status().equals(DossierStatus.RESULT_RETURNED);
    if (end == null && !finishedStatus) {
      facts.measure = Facts.Measure.NOT_FINISHED;
      return;
    }
    Instant start = dossier.timeline().receivedAt();
    ProcessingTime time = statutoryTime(dossier, procedure);
    if (end == null || start == null || time == null || end.isBefore(start)) {
      facts.measure = Facts.Measure.NOT_MEASURABLE;
      return;
    }
    ElapsedTime measured = facts.measured;
    if (measured == null || !measured.end().equals(end) || !start.equals(facts.measuredFrom)) {
      // Not measured for 2.1 already (it had a due date, or was judged at another end).
      measured = rule(time).measure(start, end, pauses(dossier));
    }
    facts.actual = measured.elapsed();
    facts.statutory = measured.allowed();
    facts.measure = Facts.Measure.MEASURED;
  }

  // ---- Indicators over received dossiers ----

  private void received(Dossier dossier, @Nullable Procedure procedure, Facts facts) {
    facts.received = dossier.timeline().receivedAt() != null;
    if (!facts.received) {
      return;
    }
    boolean requiresPaperResult = procedure == null || !procedure.declaredResults().isEmpty();
    boolean electronicResult = dossier.documents().hasElectronicResult();
    boolean resultCondition = electronicResult || !requiresPaperResult;
    facts.requiresPaperResult = requiresPaperResult;
    facts.electronicResult = electronicResult;
    facts.online = dossier.submission().effectiveChannel().equals(Channel.ONLINE) && resultCondition;

    boolean hasFee = false;
    for (Fee fee : dossier.payment().fees()) {
      if (fee.amount() != 0) {
        hasFee = true;
        break;
      }
    }
    facts.hasFee = hasFee;
    facts.paidOnline = dossier.payment().onlinePayment() != null && dossier.payment().onlinePayment().isPaidOnline();

    boolean digitisedDocument = false;
    boolean fromRepository = false;
    for (SubmittedDocument document : dossier.documents().submitted()) {
      // An unstated flag counts as not met, an unstated IsDeleted as not deleted (docs/indicators.md).
      if (!document.statesDeleted()) {
        digitisedDocument |= document.statesDigitised();
        fromRepository |= document.statesFromDataRepository();
      }
    }
    boolean digitised = dossier.flags().statesDigitised() || digitisedDocument;
    facts.digitisedComponents = digitised;
    facts.digitisation = digitised && resultCondition;
    facts.fromDataRepository = fromRepository;
    boolean population = dossier.flags().statesVneidVerified() || fromRepository;
    if (!population && !populationDatabases.isEmpty()) {
      for (NationalDatabase database : dossier.flags().nationalDatabases()) {
        if (populationDatabases.contains(database)) {
          population = true;
          break;
        }
      }
    }
    facts.populationData = population;
  }

  // ---- Time arithmetic ----

  private static @Nullable ProcessingTime statutoryTime(Dossier dossier, @Nullable Procedure procedure) {
    return procedure == null ? null : procedure.statutoryTime(dossier.submission().effectiveChannel()).orElse(null);
  }

  /** The due-date rule of a procedure's statutory time, with the calculator's settings. */
  private DueDateRule rule(ProcessingTime time) {
    return dueDates.withProcessingTime(time);
  }

  /** The pauses of the legal clock: supplement periods, and obligation waits if they pause too. */
  private List<Pause> pauses(Dossier dossier) {
    List<SupplementRequest> supplements = dossier.pauses().supplements();
    List<FinancialObligation> obligations =
        financialObligationsPause ? dossier.pauses().financialObligations() : List.of();
    if (supplements.isEmpty() && obligations.isEmpty()) {
      return List.of();
    }
    List<Pause> pauses = new ArrayList<>(supplements.size() + obligations.size());
    for (int i = 0; i < supplements.size(); i++) {
      SupplementRequest s = supplements.get(i);
      pauses.add(new Pause(PauseReason.SUPPLEMENT_REQUEST, s.requestedAt(), s.resubmittedAt()));
    }
    for (int i = 0; i < obligations.size(); i++) {
      FinancialObligation f = obligations.get(i);
      pauses.add(new Pause(PauseReason.FINANCIAL_OBLIGATION, f.requestedAt(), f.fulfilledAt()));
    }
    return pauses;
  }

  private static @Nullable Instant upTo(@Nullable Instant instant, Instant asOf) {
    return instant == null || instant.isAfter(asOf) ? null : instant;
  }

  private static @Nullable Instant earliest(@Nullable Instant a, @Nullable Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }
}
