package dev.egov.model.dossier;

import dev.egov.model.calendar.Pause;
import dev.egov.model.calendar.PauseReason;
import dev.egov.model.code.Channel;
import dev.egov.model.code.DossierStatus;
import dev.egov.model.code.NationalDatabase;
import dev.egov.model.code.OnlineLevel;
import dev.egov.model.code.OnlinePayment;
import dev.egov.model.code.ResultDelivery;
import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.DossierCode;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An administrative-procedure dossier (hồ sơ thủ tục hành chính), with every field the National Public Service Portal
 * synchronises ({@code DongBoHoSoMC}, {@code CapNhatTienDoHoSoMC}; docs/dossiers-and-portal.md): who applied for which procedure
 * through which channel, the instants of submission, receipt, due date, end of processing, return and refusal, the
 * status and its history, the processing steps, the documents, fees and payment, the supplement requests and
 * financial-obligation waits that pause the legal clock, the results, and the flags the QĐ 766 indicators count.
 *
 * <pre>{@code
 * Dossier dossier = Dossier.builder()
 *     .code(DossierCode.parse("000.00.06.H56-261120-0001"))
 *     .procedure(ProcedureRef.of(ProcedureCode.parse("1.001193")))
 *     .applicant(Applicant.citizen("Nguyễn Thị Hoà", PersonalIdNumber.parse("079303001234")))
 *     .channel(Channel.ONLINE)
 *     .submittedAt(submitted)
 *     .build();
 * Dossier received = dossier.receive(receivedAt, dueAt).dossier();
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
 * @param receivingAgency the receiving agency as the portal envelope names it ({@code madonvi}), or {@code null} for the agency in the dossier code
 * @param processingAgencyName the processing agency's name ({@code DonViXuLy}), or {@code null}
 * @param applicant the applicant ({@code ChuHoSo} and related fields)
 * @param representative who acts for the applicant, or {@code null}
 * @param channel the channel ({@code KenhThucHien}), or {@code null}, which counts as direct
 * @param onlineLevel the online-service level, or {@code null}
 * @param submissionPlace where it was submitted ({@code NoiNopHoSo}, whose code list is not documented), as written, or {@code null}
 * @param summary the summary ({@code TrichYeuHoSo}), or {@code null}
 * @param note a note ({@code GhiChu}), or {@code null}
 * @param otherInfo other information ({@code ThongTinKhac}), or {@code null}
 * @param status the current status ({@code TrangThaiHoSo})
 * @param submittedAt when it was submitted ({@code NgayNopHoSo}), or {@code null}
 * @param receivedAt when it was received ({@code NgayTiepNhan}), or {@code null}
 * @param dueAt when the result is due ({@code NgayHenTra}), or {@code null}
 * @param finishedAt when processing finished ({@code NgayKetThucXuLy}), or {@code null}
 * @param returnedAt when the result was returned ({@code NgayTra}), or {@code null}
 * @param refusedAt when it was refused ({@code NgayTuChoi}), or {@code null}
 * @param statusHistory every status change this record knows, oldest first; a dossier read from elsewhere may have none
 * @param steps the processing steps ({@code CapNhatTienDoHoSoMC}), oldest first
 * @param submittedDocuments the submitted documents ({@code TaiLieuNop})
 * @param otherAttachments other papers ({@code DanhSachTepDinhKemKhac})
 * @param fees the fee lines ({@code DanhSachLePhi})
 * @param onlinePayment how the fees were paid online ({@code DuocThanhToanTrucTuyen}), or {@code null}
 * @param supplements the supplement requests ({@code DanhSachHoSoBoSung}), oldest first
 * @param financialObligations the financial-obligation waits, oldest first
 * @param results the result documents ({@code DanhSachGiayToKetQua})
 * @param resultDelivery how the result is delivered ({@code HinhThuc}), or {@code null}
 * @param hasDigitisedComponents whether the dossier has digitised components ({@code HoSoCoThanhPhanSoHoa})
 * @param vneidVerified whether the applicant's account was verified with VNeID ({@code TaiKhoanDuocXacThucVoiVNeID})
 * @param nationalDatabases the national databases consulted ({@code DSKetNoiCSDL})
 * @since 0.1.0
 */
@ConsistentDossier
public record Dossier(
    DossierCode code,
    ProcedureRef procedure,
    @Nullable AgencyCode receivingAgency,
    @Nullable String processingAgencyName,
    @Valid Applicant applicant,
    @Nullable Representative representative,
    @Nullable Channel channel,
    @Nullable OnlineLevel onlineLevel,
    @Nullable String submissionPlace,
    @Nullable String summary,
    @Nullable String note,
    @Nullable String otherInfo,
    DossierStatus status,
    @Nullable Instant submittedAt,
    @Nullable Instant receivedAt,
    @Nullable Instant dueAt,
    @Nullable Instant finishedAt,
    @Nullable Instant returnedAt,
    @Nullable Instant refusedAt,
    List<StatusChange> statusHistory,
    List<ProcessingStep> steps,
    List<SubmittedDocument> submittedDocuments,
    List<OtherAttachment> otherAttachments,
    List<Fee> fees,
    @Nullable OnlinePayment onlinePayment,
    List<SupplementRequest> supplements,
    List<FinancialObligation> financialObligations,
    List<DossierResultDocument> results,
    @Nullable ResultDelivery resultDelivery,
    boolean hasDigitisedComponents,
    boolean vneidVerified,
    List<NationalDatabase> nationalDatabases) {

  /**
   * Checks the required parts and copies the lists.
   *
   * @param code the dossier code ({@code MaHoSo})
   * @param procedure the procedure ({@code MaTTHC}, {@code TenTTHC}, {@code MaLinhVuc}, {@code TenLinhVuc})
   * @param receivingAgency the receiving agency as the portal envelope names it ({@code madonvi}), or {@code null} for
   *     the agency in the dossier code
   * @param processingAgencyName the processing agency's name ({@code DonViXuLy}), or {@code null}
   * @param applicant the applicant ({@code ChuHoSo} and related fields)
   * @param representative who acts for the applicant, or {@code null}
   * @param channel the channel ({@code KenhThucHien}), or {@code null}, which counts as direct
   * @param onlineLevel the online-service level, or {@code null}
   * @param submissionPlace where it was submitted ({@code NoiNopHoSo}, whose code list is not documented), as written,
   *     or {@code null}
   * @param summary the summary ({@code TrichYeuHoSo}), or {@code null}
   * @param note a note ({@code GhiChu}), or {@code null}
   * @param otherInfo other information ({@code ThongTinKhac}), or {@code null}
   * @param status the current status ({@code TrangThaiHoSo})
   * @param submittedAt when it was submitted ({@code NgayNopHoSo}), or {@code null}
   * @param receivedAt when it was received ({@code NgayTiepNhan}), or {@code null}
   * @param dueAt when the result is due ({@code NgayHenTra}), or {@code null}
   * @param finishedAt when processing finished ({@code NgayKetThucXuLy}), or {@code null}
   * @param returnedAt when the result was returned ({@code NgayTra}), or {@code null}
   * @param refusedAt when it was refused ({@code NgayTuChoi}), or {@code null}
   * @param statusHistory every status change this record knows, oldest first; a dossier read from elsewhere may have
   *     none
   * @param steps the processing steps ({@code CapNhatTienDoHoSoMC}), oldest first
   * @param submittedDocuments the submitted documents ({@code TaiLieuNop})
   * @param otherAttachments other papers ({@code DanhSachTepDinhKemKhac})
   * @param fees the fee lines ({@code DanhSachLePhi})
   * @param onlinePayment how the fees were paid online ({@code DuocThanhToanTrucTuyen}), or {@code null}
   * @param supplements the supplement requests ({@code DanhSachHoSoBoSung}), oldest first
   * @param financialObligations the financial-obligation waits, oldest first
   * @param results the result documents ({@code DanhSachGiayToKetQua})
   * @param resultDelivery how the result is delivered ({@code HinhThuc}), or {@code null}
   * @param hasDigitisedComponents whether the dossier has digitised components ({@code HoSoCoThanhPhanSoHoa})
   * @param vneidVerified whether the applicant's account was verified with VNeID ({@code TaiKhoanDuocXacThucVoiVNeID})
   * @param nationalDatabases the national databases consulted ({@code DSKetNoiCSDL})
   */
  public Dossier {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(procedure, "procedure");
    Objects.requireNonNull(applicant, "applicant");
    Objects.requireNonNull(status, "status");
    statusHistory = List.copyOf(statusHistory);
    steps = List.copyOf(steps);
    submittedDocuments = List.copyOf(submittedDocuments);
    otherAttachments = List.copyOf(otherAttachments);
    fees = List.copyOf(fees);
    supplements = List.copyOf(supplements);
    financialObligations = List.copyOf(financialObligations);
    results = List.copyOf(results);
    nationalDatabases = List.copyOf(nationalDatabases);
  }

  /**
   * Starts a dossier, at status {@link DossierStatus#SUBMITTED} unless set otherwise.
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
    Builder b = new Builder();
    b.code = code;
    b.procedure = procedure;
    b.receivingAgency = receivingAgency;
    b.processingAgencyName = processingAgencyName;
    b.applicant = applicant;
    b.representative = representative;
    b.channel = channel;
    b.onlineLevel = onlineLevel;
    b.submissionPlace = submissionPlace;
    b.summary = summary;
    b.note = note;
    b.otherInfo = otherInfo;
    b.status = status;
    b.submittedAt = submittedAt;
    b.receivedAt = receivedAt;
    b.dueAt = dueAt;
    b.finishedAt = finishedAt;
    b.returnedAt = returnedAt;
    b.refusedAt = refusedAt;
    b.statusHistory = statusHistory;
    b.steps = steps;
    b.submittedDocuments = submittedDocuments;
    b.otherAttachments = otherAttachments;
    b.fees = fees;
    b.onlinePayment = onlinePayment;
    b.supplements = supplements;
    b.financialObligations = financialObligations;
    b.results = results;
    b.resultDelivery = resultDelivery;
    b.hasDigitisedComponents = hasDigitisedComponents;
    b.vneidVerified = vneidVerified;
    b.nationalDatabases = nationalDatabases;
    return b;
  }

  /**
   * Returns the channel, counting a missing one as direct, as the portal and the QĐ 766 indices do.
   *
   * @return the channel
   */
  public Channel effectiveChannel() {
    return channel == null ? Channel.DIRECT : channel;
  }

  /**
   * Returns the receiving agency: {@link #receivingAgency()}, or else the agency in the dossier code.
   *
   * @return the agency
   */
  public AgencyCode effectiveReceivingAgency() {
    return receivingAgency == null ? code.agency() : receivingAgency;
  }

  /**
   * Returns whether some result document is electronic (both a result code and a link; docs/dossiers-and-portal.md, Results).
   *
   * @return whether the dossier has an electronic result
   */
  public boolean hasElectronicResult() {
    for (DossierResultDocument result : results) {
      if (result.isElectronic()) {
        return true;
      }
    }
    return false;
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
   * Returns the pauses of the legal clock: every supplement request and financial-obligation wait, ordered by start, as
   * {@link Pause} values for due-date arithmetic ({@link dev.egov.model.calendar.DueDateRule}). A view of the record,
   * no arithmetic. A request made before receipt is included, though the clock had not started; the due-date rule skips
   * the pauses that ended by {@link #receivedAt()}.
   *
   * <pre>{@code
   * Instant newDue = rule.resumedDueDate(dossier.receivedAt(), dossier.pauses(), resumed);
   * dossier = dossier.supplementReceived(resumed, newDue).dossier();
   * }</pre>
   *
   * @return the pauses; an open request or wait is an ongoing pause
   */
  public List<Pause> pauses() {
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
    DossierStatus next = receivedAt == null ? DossierStatus.RECEIVED : DossierStatus.PROCESSING;
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
   * @param resultDocuments the result documents, appended to {@link #results()}
   * @return the moved dossier and the event
   * @throws IllegalTransitionException if processing has not finished
   */
  public DossierTransition returnResult(Instant at, List<DossierResultDocument> resultDocuments) {
    DossierLifecycle.check(this, DossierStatus.RESULT_RETURNED, at);
    Dossier withResults = resultDocuments.isEmpty()
        ? this
        : toBuilder().results(concat(results, resultDocuments)).build();
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
    return toBuilder().steps(concat(steps, List.of(Objects.requireNonNull(step, "step")))).build();
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
   * Builds a {@link Dossier}. Setting a part again replaces it; {@link #build()} checks the whole.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable DossierCode code;
    private @Nullable ProcedureRef procedure;
    private @Nullable AgencyCode receivingAgency;
    private @Nullable String processingAgencyName;
    private @Nullable Applicant applicant;
    private @Nullable Representative representative;
    private @Nullable Channel channel;
    private @Nullable OnlineLevel onlineLevel;
    private @Nullable String submissionPlace;
    private @Nullable String summary;
    private @Nullable String note;
    private @Nullable String otherInfo;
    private DossierStatus status = DossierStatus.SUBMITTED;
    private @Nullable Instant submittedAt;
    private @Nullable Instant receivedAt;
    private @Nullable Instant dueAt;
    private @Nullable Instant finishedAt;
    private @Nullable Instant returnedAt;
    private @Nullable Instant refusedAt;
    private List<StatusChange> statusHistory = List.of();
    private List<ProcessingStep> steps = List.of();
    private List<SubmittedDocument> submittedDocuments = List.of();
    private List<OtherAttachment> otherAttachments = List.of();
    private List<Fee> fees = List.of();
    private @Nullable OnlinePayment onlinePayment;
    private List<SupplementRequest> supplements = List.of();
    private List<FinancialObligation> financialObligations = List.of();
    private List<DossierResultDocument> results = List.of();
    private @Nullable ResultDelivery resultDelivery;
    private boolean hasDigitisedComponents;
    private boolean vneidVerified;
    private List<NationalDatabase> nationalDatabases = List.of();

    private Builder() {}

    /**
     * Sets the dossier code.
     *
     * @param code the value
     * @return this builder
     */
    public Builder code(DossierCode code) {
      this.code = Objects.requireNonNull(code, "code");
      return this;
    }

    /**
     * Sets the procedure.
     *
     * @param procedure the value
     * @return this builder
     */
    public Builder procedure(ProcedureRef procedure) {
      this.procedure = Objects.requireNonNull(procedure, "procedure");
      return this;
    }

    /**
     * Sets the receiving agency as the portal envelope names it.
     *
     * @param receivingAgency the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder receivingAgency(@Nullable AgencyCode receivingAgency) {
      this.receivingAgency = receivingAgency;
      return this;
    }

    /**
     * Sets the processing agency's name.
     *
     * @param processingAgencyName the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder processingAgencyName(@Nullable String processingAgencyName) {
      this.processingAgencyName = processingAgencyName;
      return this;
    }

    /**
     * Sets the applicant.
     *
     * @param applicant the value
     * @return this builder
     */
    public Builder applicant(Applicant applicant) {
      this.applicant = Objects.requireNonNull(applicant, "applicant");
      return this;
    }

    /**
     * Sets who acts for the applicant.
     *
     * @param representative the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder representative(@Nullable Representative representative) {
      this.representative = representative;
      return this;
    }

    /**
     * Sets the channel.
     *
     * @param channel the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder channel(@Nullable Channel channel) {
      this.channel = channel;
      return this;
    }

    /**
     * Sets the online-service level.
     *
     * @param onlineLevel the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder onlineLevel(@Nullable OnlineLevel onlineLevel) {
      this.onlineLevel = onlineLevel;
      return this;
    }

    /**
     * Sets where it was submitted.
     *
     * @param submissionPlace the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder submissionPlace(@Nullable String submissionPlace) {
      this.submissionPlace = submissionPlace;
      return this;
    }

    /**
     * Sets the summary.
     *
     * @param summary the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder summary(@Nullable String summary) {
      this.summary = summary;
      return this;
    }

    /**
     * Sets a note.
     *
     * @param note the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder note(@Nullable String note) {
      this.note = note;
      return this;
    }

    /**
     * Sets other information.
     *
     * @param otherInfo the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder otherInfo(@Nullable String otherInfo) {
      this.otherInfo = otherInfo;
      return this;
    }

    /**
     * Sets the current status.
     *
     * @param status the value
     * @return this builder
     */
    public Builder status(DossierStatus status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /**
     * Sets when it was submitted.
     *
     * @param submittedAt the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder submittedAt(@Nullable Instant submittedAt) {
      this.submittedAt = submittedAt;
      return this;
    }

    /**
     * Sets when it was received.
     *
     * @param receivedAt the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder receivedAt(@Nullable Instant receivedAt) {
      this.receivedAt = receivedAt;
      return this;
    }

    /**
     * Sets when the result is due.
     *
     * @param dueAt the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder dueAt(@Nullable Instant dueAt) {
      this.dueAt = dueAt;
      return this;
    }

    /**
     * Sets when processing finished.
     *
     * @param finishedAt the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder finishedAt(@Nullable Instant finishedAt) {
      this.finishedAt = finishedAt;
      return this;
    }

    /**
     * Sets when the result was returned.
     *
     * @param returnedAt the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder returnedAt(@Nullable Instant returnedAt) {
      this.returnedAt = returnedAt;
      return this;
    }

    /**
     * Sets when it was refused.
     *
     * @param refusedAt the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder refusedAt(@Nullable Instant refusedAt) {
      this.refusedAt = refusedAt;
      return this;
    }

    /**
     * Sets every status change this record knows, oldest first; a dossier read from elsewhere may have none.
     *
     * @param statusHistory the list, copied
     * @return this builder
     */
    public Builder statusHistory(List<StatusChange> statusHistory) {
      this.statusHistory = List.copyOf(statusHistory);
      return this;
    }

    /**
     * Sets the processing steps.
     *
     * @param steps the list, copied
     * @return this builder
     */
    public Builder steps(List<ProcessingStep> steps) {
      this.steps = List.copyOf(steps);
      return this;
    }

    /**
     * Sets the submitted documents.
     *
     * @param submittedDocuments the list, copied
     * @return this builder
     */
    public Builder submittedDocuments(List<SubmittedDocument> submittedDocuments) {
      this.submittedDocuments = List.copyOf(submittedDocuments);
      return this;
    }

    /**
     * Sets other papers.
     *
     * @param otherAttachments the list, copied
     * @return this builder
     */
    public Builder otherAttachments(List<OtherAttachment> otherAttachments) {
      this.otherAttachments = List.copyOf(otherAttachments);
      return this;
    }

    /**
     * Sets the fee lines.
     *
     * @param fees the list, copied
     * @return this builder
     */
    public Builder fees(List<Fee> fees) {
      this.fees = List.copyOf(fees);
      return this;
    }

    /**
     * Sets how the fees were paid online.
     *
     * @param onlinePayment the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder onlinePayment(@Nullable OnlinePayment onlinePayment) {
      this.onlinePayment = onlinePayment;
      return this;
    }

    /**
     * Sets the supplement requests.
     *
     * @param supplements the list, copied
     * @return this builder
     */
    public Builder supplements(List<SupplementRequest> supplements) {
      this.supplements = List.copyOf(supplements);
      return this;
    }

    /**
     * Sets the financial-obligation waits, oldest first.
     *
     * @param financialObligations the list, copied
     * @return this builder
     */
    public Builder financialObligations(List<FinancialObligation> financialObligations) {
      this.financialObligations = List.copyOf(financialObligations);
      return this;
    }

    /**
     * Sets the result documents.
     *
     * @param results the list, copied
     * @return this builder
     */
    public Builder results(List<DossierResultDocument> results) {
      this.results = List.copyOf(results);
      return this;
    }

    /**
     * Sets how the result is delivered.
     *
     * @param resultDelivery the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder resultDelivery(@Nullable ResultDelivery resultDelivery) {
      this.resultDelivery = resultDelivery;
      return this;
    }

    /**
     * Sets whether the dossier has digitised components.
     *
     * @param hasDigitisedComponents the flag
     * @return this builder
     */
    public Builder hasDigitisedComponents(boolean hasDigitisedComponents) {
      this.hasDigitisedComponents = hasDigitisedComponents;
      return this;
    }

    /**
     * Sets whether the applicant's account was verified with VNeID.
     *
     * @param vneidVerified the flag
     * @return this builder
     */
    public Builder vneidVerified(boolean vneidVerified) {
      this.vneidVerified = vneidVerified;
      return this;
    }

    /**
     * Sets the national databases consulted.
     *
     * @param nationalDatabases the list, copied
     * @return this builder
     */
    public Builder nationalDatabases(List<NationalDatabase> nationalDatabases) {
      this.nationalDatabases = List.copyOf(nationalDatabases);
      return this;
    }

    /**
     * Builds the dossier.
     *
     * @return the dossier
     * @throws NullPointerException if the code, procedure or applicant was not set
     */
    public Dossier build() {
      return new Dossier(code, procedure, receivingAgency, processingAgencyName, applicant, representative, channel, onlineLevel, submissionPlace, summary, note, otherInfo, status, submittedAt, receivedAt, dueAt, finishedAt, returnedAt, refusedAt, statusHistory, steps, submittedDocuments, otherAttachments, fees, onlinePayment, supplements, financialObligations, results, resultDelivery, hasDigitisedComponents, vneidVerified, nationalDatabases);
    }
  }
}
