package dev.egov.model.dossier;

import dev.egov.model.code.DossierStatus;
import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.DossierCode;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An administrative-procedure dossier (hồ sơ thủ tục hành chính), with every field the National Public Service Portal
 * synchronises ({@code DongBoHoSoMC}, {@code CapNhatTienDoHoSoMC}; docs/dossiers-and-portal.md), in the groups the
 * domain gives them: who applied for which procedure, how it was {@linkplain DossierSubmission submitted}, its status
 * and {@linkplain DossierTimeline timeline} of instants, its {@linkplain DossierProcessing processing} (status history
 * and steps), its {@linkplain DossierDocuments documents}, {@linkplain DossierPayment payment}, the {@linkplain
 * DossierPauses pauses} of the legal clock (supplement requests and financial obligations) and the {@linkplain
 * DossierFlags flags} the QĐ 766 indicators count. The grouping, and the canonical JSON that follows it, are argued in
 * {@code docs/adr/0010-record-groups.md}.
 *
 * <pre>{@code
 * Dossier dossier = Dossier.builder()
 *     .code(DossierCode.parse("000.00.06.H56-261120-0001"))
 *     .procedure(ProcedureRef.of(ProcedureCode.parse("1.001193")))
 *     .applicant(Applicant.citizen("Nguyễn Thị Hoà", PersonalIdNumber.parse("079303001234")))
 *     .submission(DossierSubmission.via(Channel.ONLINE))
 *     .timeline(DossierTimeline.submittedAt(submitted))
 *     .build();
 * Dossier received = dossier.receive(receivedAt, dueAt).dossier();
 * received.timeline().dueAt();   // dueAt
 * }</pre>
 *
 * <p><b>Lifecycle.</b> Status changes go through the methods that return a {@link DossierTransition} ({@link
 * #receive}, {@link #requestSupplement}, {@link #finish}, …, or {@link #move}), which refuse an illegal move with an
 * {@link IllegalTransitionException} naming both statuses; {@link DossierLifecycle} holds the transition table. A
 * dossier read from another system is built at its current status, with whatever history it carries; an unknown
 * status is kept and written back but cannot move.
 *
 * <p>Immutable. {@link #toString()} prints the code, status and masked applicant.
 *
 * @param code the dossier code ({@code MaHoSo})
 * @param procedure the procedure ({@code MaTTHC}, {@code TenTTHC}, {@code MaLinhVuc}, {@code TenLinhVuc})
 * @param applicant the applicant ({@code ChuHoSo} and related fields)
 * @param representative who acts for the applicant, or {@code null}
 * @param submission how, where and with what texts it was submitted; {@link DossierSubmission#NONE} when nothing is
 *     known
 * @param status the current status ({@code TrangThaiHoSo})
 * @param timeline the instants of submission, receipt, due date, end of processing, return and refusal
 * @param processing the processing agency, the status history and the processing steps
 * @param documents the submitted documents, other attachments, results and result delivery
 * @param payment the fee lines and the online payment
 * @param pauses the supplement requests and financial-obligation waits that paused the legal clock
 * @param flags digitised components, VNeID verification and the national databases consulted
 * @since 0.1.0
 */
@ConsistentDossier
public record Dossier(
    DossierCode code,
    ProcedureRef procedure,
    @Valid Applicant applicant,
    @Nullable Representative representative,
    DossierSubmission submission,
    DossierStatus status,
    DossierTimeline timeline,
    DossierProcessing processing,
    DossierDocuments documents,
    DossierPayment payment,
    DossierPauses pauses,
    DossierFlags flags) {

  /**
   * Checks that every part is present; the groups are never {@code null} (their {@code NONE} constants stand for
   * nothing known).
   *
   * @param code the dossier code ({@code MaHoSo})
   * @param procedure the procedure ({@code MaTTHC}, {@code TenTTHC}, {@code MaLinhVuc}, {@code TenLinhVuc})
   * @param applicant the applicant ({@code ChuHoSo} and related fields)
   * @param representative who acts for the applicant, or {@code null}
   * @param submission how, where and with what texts it was submitted
   * @param status the current status ({@code TrangThaiHoSo})
   * @param timeline the instants of submission, receipt, due date, end of processing, return and refusal
   * @param processing the processing agency, the status history and the processing steps
   * @param documents the submitted documents, other attachments, results and result delivery
   * @param payment the fee lines and the online payment
   * @param pauses the supplement requests and financial-obligation waits that paused the legal clock
   * @param flags digitised components, VNeID verification and the national databases consulted
   */
  public Dossier {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(procedure, "procedure");
    Objects.requireNonNull(applicant, "applicant");
    Objects.requireNonNull(submission, "submission");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(processing, "processing");
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(payment, "payment");
    Objects.requireNonNull(pauses, "pauses");
    Objects.requireNonNull(flags, "flags");
  }

  /**
   * Starts a dossier, at status {@link DossierStatus#SUBMITTED} and with every group {@code NONE} unless set otherwise.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this dossier's values, to derive a changed copy.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder().code(code).procedure(procedure).applicant(applicant).representative(representative)
        .submission(submission).status(status).timeline(timeline).processing(processing).documents(documents)
        .payment(payment).pauses(pauses).flags(flags);
  }

  /**
   * Returns the receiving agency: {@link DossierSubmission#receivingAgency()}, or else the agency in the dossier code.
   *
   * @return the agency
   */
  public AgencyCode effectiveReceivingAgency() {
    AgencyCode receiving = submission.receivingAgency();
    return receiving == null ? code.agency() : receiving;
  }

  /**
   * Moves to {@code status} at {@code at}, recording the instant that status implies (receipt, end of processing,
   * return, refusal) and the change in the history. Entering {@link DossierStatus#SUPPLEMENT_REQUESTED} opens a
   * supplement request and entering {@link DossierStatus#FINANCIAL_OBLIGATION} an obligation, each keeping the due
   * date before; resuming from either closes it <b>with the due date unchanged</b> (when the due date moves, use
   * {@link #supplementReceived} or {@link #financialObligationMet}), while ending the dossier from either (not
   * received, withdrawn, stopped) leaves it open: it was never answered.
   *
   * @param status the status to enter
   * @param at when, not before the last status change
   * @return the moved dossier and the event
   * @throws IllegalTransitionException if the move is not in the transition table, either status is unknown, or
   *     {@code at} is before the last change
   */
  public DossierTransition move(DossierStatus status, Instant at) {
    return DossierLifecycle.move(this, status, at, null, null);
  }

  /**
   * Receives a submitted dossier (or one whose pre-reception supplement was answered) and sets its due date.
   *
   * @param at when it was received
   * @param dueAt when the result is due, computed by the caller (see {@link dev.egov.model.calendar.DueDateRule})
   * @return the received dossier and the event
   * @throws IllegalTransitionException if the dossier cannot be received now
   */
  public DossierTransition receive(Instant at, Instant dueAt) {
    return DossierLifecycle.move(this, DossierStatus.RECEIVED, at, Objects.requireNonNull(dueAt, "dueAt"), null);
  }

  /**
   * Starts processing a received dossier.
   *
   * @param at when
   * @return the moved dossier and the event
   * @throws IllegalTransitionException if the dossier is not at {@link DossierStatus#RECEIVED}
   */
  public DossierTransition startProcessing(Instant at) {
    if (status != DossierStatus.RECEIVED) {
      throw new IllegalTransitionException(IllegalTransitionException.Reason.NOT_ALLOWED, code, status,
          DossierStatus.PROCESSING, "processing starts from reception; a pause ends with supplementReceived or "
              + "financialObligationMet");
    }
    return DossierLifecycle.move(this, DossierStatus.PROCESSING, at, null, null);
  }

  /**
   * Asks the applicant to supplement the dossier: the request is recorded with the current due date as its due date
   * before, and the legal clock pauses.
   *
   * @param request the request, not yet answered; its {@link SupplementRequest#requestedAt()} is the instant of the move
   * @return the moved dossier and the event
   * @throws IllegalTransitionException if a supplement cannot be requested now
   * @throws IllegalArgumentException if the request is already answered
   */
  public DossierTransition requestSupplement(SupplementRequest request) {
    return DossierLifecycle.requestSupplement(this, Objects.requireNonNull(request, "request"));
  }

  /**
   * Records that the applicant supplied what was asked: the open request is closed at {@code at} with the new due date,
   * and the dossier returns to processing (or to reception, if it had not been received).
   *
   * @param at when the supplement was received
   * @param newDueAt the due date after the pause, computed by the caller ({@link
   *     dev.egov.model.calendar.DueDateRule#resumedDueDate})
   * @return the moved dossier and the event
   * @throws IllegalTransitionException if no supplement is open
   */
  public DossierTransition supplementReceived(Instant at, Instant newDueAt) {
    DossierStatus next = timeline.receivedAt() == null ? DossierStatus.RECEIVED : DossierStatus.PROCESSING;
    DossierLifecycle.requireWaiting(this, DossierStatus.SUPPLEMENT_REQUESTED, next, "supplement request");
    return DossierLifecycle.move(this, next, at, Objects.requireNonNull(newDueAt, "newDueAt"), null);
  }

  /**
   * Asks the applicant to meet a financial obligation; the legal clock pauses.
   *
   * @param at when it was notified
   * @param content what is owed, or {@code null}
   * @return the moved dossier and the event
   * @throws IllegalTransitionException if no obligation can be requested now
   */
  public DossierTransition requestFinancialObligation(Instant at, @Nullable String content) {
    return DossierLifecycle.move(this, DossierStatus.FINANCIAL_OBLIGATION, at, null, content);
  }

  /**
   * Records that the financial obligation was met; processing resumes with the new due date.
   *
   * @param at when it was met
   * @param newDueAt the due date after the pause, computed by the caller ({@link
   *     dev.egov.model.calendar.DueDateRule#resumedDueDate})
   * @return the moved dossier and the event
   * @throws IllegalTransitionException if no obligation is open
   */
  public DossierTransition financialObligationMet(Instant at, Instant newDueAt) {
    DossierLifecycle.requireWaiting(this, DossierStatus.FINANCIAL_OBLIGATION, DossierStatus.PROCESSING,
        "financial obligation");
    return DossierLifecycle.move(
        this, DossierStatus.PROCESSING, at, Objects.requireNonNull(newDueAt, "newDueAt"), null);
  }

  /**
   * Finishes processing: the result is ready.
   *
   * @param at when processing finished
   * @return the moved dossier and the event
   * @throws IllegalTransitionException if processing cannot finish now
   */
  public DossierTransition finish(Instant at) {
    return DossierLifecycle.move(this, DossierStatus.FINISHED, at, null, null);
  }

  /**
   * Returns the result to the applicant, recording the result documents.
   *
   * @param at when the result was returned
   * @param resultDocuments the result documents, appended to {@link DossierDocuments#results()}
   * @return the moved dossier and the event
   * @throws IllegalTransitionException if processing has not finished
   */
  public DossierTransition returnResult(Instant at, List<DossierResultDocument> resultDocuments) {
    DossierLifecycle.check(this, DossierStatus.RESULT_RETURNED, at);
    Dossier withResults = resultDocuments.isEmpty()
        ? this
        : toBuilder().documents(documents.withResults(concat(documents.results(), resultDocuments))).build();
    return DossierLifecycle.move(withResults, DossierStatus.RESULT_RETURNED, at, null, null);
  }

  /**
   * Refuses to receive the dossier (không được tiếp nhận).
   *
   * @param at when
   * @param reason why, or {@code null}
   * @return the moved dossier and the event
   * @throws IllegalTransitionException if the dossier was already received
   */
  public DossierTransition refuse(Instant at, @Nullable String reason) {
    return DossierLifecycle.move(this, DossierStatus.NOT_RECEIVED, at, null, reason);
  }

  /**
   * Records that the applicant withdrew the dossier.
   *
   * @param at when
   * @param reason why, or {@code null}
   * @return the moved dossier and the event
   * @throws IllegalTransitionException if the dossier has already ended
   */
  public DossierTransition withdraw(Instant at, @Nullable String reason) {
    return DossierLifecycle.move(this, DossierStatus.WITHDRAWN, at, null, reason);
  }

  /**
   * Stops processing (dừng xử lý).
   *
   * @param at when
   * @param reason why, or {@code null}
   * @return the moved dossier and the event
   * @throws IllegalTransitionException if the dossier has already ended
   */
  public DossierTransition stop(Instant at, @Nullable String reason) {
    return DossierLifecycle.move(this, DossierStatus.STOPPED, at, null, reason);
  }

  /**
   * Returns this dossier with a processing step appended, its status unchanged.
   *
   * @param step the step
   * @return a copy with the step
   */
  public Dossier withStep(ProcessingStep step) {
    return toBuilder()
        .processing(processing.withSteps(concat(processing.steps(), List.of(Objects.requireNonNull(step, "step")))))
        .build();
  }

  static <T> List<T> concat(List<T> first, List<T> second) {
    List<T> all = new ArrayList<>(first.size() + second.size());
    all.addAll(first);
    all.addAll(second);
    return all;
  }

  /** Returns the code, status and masked applicant. */
  @Override
  public String toString() {
    return "Dossier[" + code + ", status=" + status + ", " + applicant + ']';
  }

  /**
   * Builds a {@link Dossier}, one setter per component of the record (documented there). Setting a part again
   * replaces it; {@link #build()} checks the whole.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable DossierCode code;
    private @Nullable ProcedureRef procedure;
    private @Nullable Applicant applicant;
    private @Nullable Representative representative;
    private DossierSubmission submission = DossierSubmission.NONE;
    private DossierStatus status = DossierStatus.SUBMITTED;
    private DossierTimeline timeline = DossierTimeline.NONE;
    private DossierProcessing processing = DossierProcessing.NONE;
    private DossierDocuments documents = DossierDocuments.NONE;
    private DossierPayment payment = DossierPayment.NONE;
    private DossierPauses pauses = DossierPauses.NONE;
    private DossierFlags flags = DossierFlags.NONE;

    private Builder() {}

    /**
     * Sets {@link Dossier#code()}.
     * @param code the value
     * @return this builder
     */
    public Builder code(DossierCode code) {
      this.code = Objects.requireNonNull(code, "code");
      return this;
    }

    /**
     * Sets {@link Dossier#procedure()}.
     * @param procedure the value
     * @return this builder
     */
    public Builder procedure(ProcedureRef procedure) {
      this.procedure = Objects.requireNonNull(procedure, "procedure");
      return this;
    }

    /**
     * Sets {@link Dossier#applicant()}.
     * @param applicant the value
     * @return this builder
     */
    public Builder applicant(Applicant applicant) {
      this.applicant = Objects.requireNonNull(applicant, "applicant");
      return this;
    }

    /**
     * Sets {@link Dossier#representative()}.
     * @param representative the value, or {@code null} for none
     * @return this builder
     */
    public Builder representative(@Nullable Representative representative) {
      this.representative = representative;
      return this;
    }

    /**
     * Sets {@link Dossier#submission()}.
     * @param submission the value
     * @return this builder
     */
    public Builder submission(DossierSubmission submission) {
      this.submission = Objects.requireNonNull(submission, "submission");
      return this;
    }

    /**
     * Sets {@link Dossier#status()}.
     * @param status the value
     * @return this builder
     */
    public Builder status(DossierStatus status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /**
     * Sets {@link Dossier#timeline()}.
     * @param timeline the value
     * @return this builder
     */
    public Builder timeline(DossierTimeline timeline) {
      this.timeline = Objects.requireNonNull(timeline, "timeline");
      return this;
    }

    /**
     * Sets {@link Dossier#processing()}.
     * @param processing the value
     * @return this builder
     */
    public Builder processing(DossierProcessing processing) {
      this.processing = Objects.requireNonNull(processing, "processing");
      return this;
    }

    /**
     * Sets {@link Dossier#documents()}.
     * @param documents the value
     * @return this builder
     */
    public Builder documents(DossierDocuments documents) {
      this.documents = Objects.requireNonNull(documents, "documents");
      return this;
    }

    /**
     * Sets {@link Dossier#payment()}.
     * @param payment the value
     * @return this builder
     */
    public Builder payment(DossierPayment payment) {
      this.payment = Objects.requireNonNull(payment, "payment");
      return this;
    }

    /**
     * Sets {@link Dossier#pauses()}.
     * @param pauses the value
     * @return this builder
     */
    public Builder pauses(DossierPauses pauses) {
      this.pauses = Objects.requireNonNull(pauses, "pauses");
      return this;
    }

    /**
     * Sets {@link Dossier#flags()}; {@link DossierFlags#NONE} (nothing stated) when not set.
     * @param flags the value
     * @return this builder
     */
    public Builder flags(DossierFlags flags) {
      this.flags = Objects.requireNonNull(flags, "flags");
      return this;
    }

    /**
     * Builds the dossier.
     *
     * @return the dossier
     * @throws NullPointerException if the code, procedure or applicant was not set
     */
    public Dossier build() {
      return new Dossier(code, procedure, applicant, representative, submission, status, timeline, processing,
          documents, payment, pauses, flags);
    }
  }
}
