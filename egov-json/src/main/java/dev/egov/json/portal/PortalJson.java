package dev.egov.json.portal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.egov.json.Decoded;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.ReadLimits;
import dev.egov.json.internal.ReadGuard;
import dev.egov.model.TextLimits;
import dev.egov.model.dossier.Applicant;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.dossier.DossierDocuments;
import dev.egov.model.dossier.DossierPauses;
import dev.egov.model.dossier.DossierPayment;
import dev.egov.model.dossier.DossierProcessing;
import dev.egov.model.dossier.DossierResultDocument;
import dev.egov.model.dossier.DossierSubmission;
import dev.egov.model.dossier.DossierTimeline;
import dev.egov.model.dossier.Fee;
import dev.egov.model.dossier.OtherAttachment;
import dev.egov.model.dossier.ProcedureRef;
import dev.egov.model.dossier.SubmittedDocument;
import dev.egov.model.dossier.SupplementRequest;
import dev.egov.model.id.AgencyCode;
import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The National Public Service Portal's dossier-sync dialect (Cổng DVCQG; docs/dossiers-and-portal.md): dossiers
 * ({@code DongBoHoSoMC}, payload {@code HoSoDongBoDVC}), progress updates ({@code CapNhatTienDoHoSoMC}), the adapter's
 * envelope and its answers, read tolerantly and written exactly.
 *
 * <pre>{@code
 * PortalJson portal = PortalJson.get();
 * Decoded<PortalRequest<Dossier>> read = portal.decodeDossierRequest(body);
 * Dossier dossier = read.value().data().get(0);
 * byte[] out = portal.writeDossierRequest(read);   // the same payload, vendor fields included
 *
 * for (PortalRequest<DossierStep> call : portal.progressRequests(session, agency, DossierStep.allOf(dossier))) {
 *   send(portal.writeProgressRequest(call));       // at most 10 steps a call by default
 * }
 * PortalOutcome outcome = portal.outcome(portal.decodeAnswer(answerBody).value());
 * }</pre>
 *
 * <h2>Reading</h2>
 * Tolerant of form: date-times in every form {@code yyyyMMddHHmmss}, {@code yyyyMMddHHmm}, {@code yyyyMMdd}, ISO-8601
 * with or without offset, {@code yyyy-MM-dd HH:mm:ss}, {@code dd/MM/yyyy HH:mm:ss} and shorter, local time being
 * {@code Asia/Ho_Chi_Minh}; booleans as {@code "True"}/{@code "False"} in any case, {@code "1"}/{@code "0"}, JSON
 * {@code true}/{@code false} or the numbers {@code 1}/{@code 0}; numbers as strings or numbers ({@code "Gia":
 * "50000"}, {@code 50000}, {@code "50.000"}); codes (status, channel, applicant type, …) of open lists, an unknown
 * code being kept with its raw value; empty and blank strings and {@code null} as absent, for scalars and lists.
 * Fields the dialect does not map are reported as {@link dev.egov.json.UnknownField}s with their JSON Pointer
 * ({@code /data/0/MaTinhMoi}). Unusable input throws {@link JsonDecodingException} naming the field ({@code
 * /data/0/NgayTiepNhan}) and never quoting the value. Required: the envelope's {@code session}, {@code madonvi} and
 * {@code service}; a dossier's {@code MaHoSo}, {@code MaTTHC}, {@code ChuHoSo}, {@code LoaiDoiTuong} and {@code
 * TrangThaiHoSo}; a step's {@code MaHoSo}, {@code ThoiDiemXuLy} and {@code TrangThai}; an answer's {@code error_code};
 * and in the lists the fields the records cannot do without ({@code LoaiDinhDanh} and {@code SoDinhDanh}, {@code
 * TenTepDinhKem}, {@code TenPhiLePhi} and {@code Gia}, {@code TenGiayTo} and {@code SoLuong}, {@code NgayBoSung},
 * {@code MaCSDL}).
 *
 * <h2>Writing</h2>
 * Exactly one form: fields in the order of docs/dossiers-and-portal.md's table; date-times as {@code yyyyMMddHHmmss} local time,
 * and every date-time field written even when unknown, as {@code ""} (docs/dossiers-and-portal.md: ""
 * when unknown); numbers and codes as strings ({@code "Gia": "50000"}, {@code "TrangThaiHoSo": "10"}); {@code
 * isUpdating} as {@code "True"}/{@code "False"}; the dossier's and documents' flags ({@code
 * HoSoCoThanhPhanSoHoa}, {@code TaiKhoanDuocXacThucVoiVNeID}, {@code IsDeleted}, {@code DuocSoHoa}, {@code
 * DuocTaiSuDung}, {@code DuocLayTuKhoDMQG}) always, as {@code "1"}/{@code "0"}, the form the QĐ 766 formulas count
 * (docs/indicators.md); other absent fields, blank texts and empty lists omitted. Field lengths the portal is seen to accept
 * (≤ 50, 1,000, 2,000, 4,000 characters) are validation's business, not the writer's: it never truncates. Writing a
 * {@link Decoded} puts its unknown fields back at the end of the object they were read in (not over a field the
 * dialect maps), so a read followed by a write drops nothing a vendor sent.
 *
 * <h2>How the records map</h2>
 * <ul>
 *   <li><b>Receiving agency.</b> The envelope's {@code madonvi} is {@link PortalRequest#agency()}; reading a dossier
 *       request sets each dossier's {@link DossierSubmission#receivingAgency()} to it, or leaves it {@code null} when it is the
 *       agency in the dossier code (which is what {@code null} means in the model). Writing requires every dossier's
 *       receiving agency to be {@code null} or the request's agency: one request per agency. A dossier written on its
 *       own ({@link #writeDossier(Dossier)}) does not carry it.
 *   <li><b>Applicant.</b> {@code LoaiDoiTuong} is {@link Applicant#type()}, {@code ChuHoSo} its name, {@code
 *       SoGiayToChuHoSo} its document number and {@code DinhDanhCHS} its identity documents ({@code LoaiDinhDanh}: 1
 *       personal ID, 2 old ID card, others kept), {@code MaDoiTuong} its portal account, {@code Email}, {@code Fax}
 *       and {@code SoDienThoai} its contact details, each kept as written: whether the numbers fit the type is a
 *       validation rule, not a reading error, and neither list is derived from the other.
 *   <li><b>Channel.</b> {@code KenhThucHien} absent, {@code null} or empty is read as {@code null} and written as
 *       absent; the model counts it as direct ({@link DossierSubmission#effectiveChannel()}).
 *   <li><b>{@code NoiNopHoSo}</b> (meaning UNCERTAIN) is kept as written in {@link DossierSubmission#place()}.
 *   <li><b>Status and history.</b> The payload carries the current status ({@code TrangThaiHoSo}) and the instants
 *       of submission, receipt, due date, end of processing, return and refusal, which the lifecycle methods set as
 *       they move a dossier; it carries no status history. A dossier read has an empty {@link
 *       DossierProcessing#statusHistory()} (the model allows it for data from elsewhere) and no steps: steps travel in {@code
 *       CapNhatTienDoHoSoMC} ({@link DossierStep}), and the supplement requests ({@code DanhSachHoSoBoSung}) carry
 *       their own instants and due dates before and after ({@code NgayHenTraTruoc}, {@code NgayHenTraMoi}).
 *   <li><b>Not in the payload</b>: the representative, the online level, the applicant's address, the
 *       financial-obligation waits, the status history and the steps. {@link #portalView(Dossier)} is a dossier as
 *       the payload carries it.
 *   <li><b>{@code isUpdating}</b> is read and written in the envelope (its place in the payload is UNCERTAIN); {@code
 *       DanhSachGiayToBoSung}, whose shape is not documented, is a list of the requested papers' names.
 * </ul>
 *
 * <h2>Answers</h2>
 * A failure answer is data: {@link #decodeAnswer} reads any {@code error_code}, string or number, and {@link #outcome}
 * classifies it. Success codes differ between gateways (UNCERTAIN), so they are configured ({@link
 * Builder#successCodes}; by default {@code 0}, {@code "0"} and {@code "00"}). "Already exists" is {@code error_code}
 * {@code "3"} or {@code "-3"} (configurable) with a message containing "đã tồn tại", compared in Unicode NFC and
 * ignoring case: the caller sends the dossier again with {@code isUpdating} {@code "True"}.
 *
 * <h2>Sharing and secrets</h2>
 * Immutable and thread-safe; build one per gateway configuration and share it ({@link #get()} for the defaults).
 * Progress updates are split explicitly ({@link #progressRequests}), never truncated: writing a call with more steps
 * than {@link #maxStepsPerCall()} fails. The adapter session travels in the JSON body and is a secret: no {@code
 * toString()}, log line or exception of egov shows it.
 *
 * @since 0.1.0
 */
public final class PortalJson {

  private static final PortalJson DEFAULTS = builder().build();

  /** "đã tồn tại" ("already exists"), NFC. */
  private static final String ALREADY_EXISTS_MARK = "\u0111\u00e3 t\u1ed3n t\u1ea1i";

  private final Set<String> successCodes;
  private final Set<String> alreadyExistsCodes;
  private final int maxStepsPerCall;
  private final ReadLimits readLimits;
  private final PortalReader reader;
  private final PortalWriter writer;

  private PortalJson(Builder b) {
    this.successCodes = Set.copyOf(b.successCodes);
    this.alreadyExistsCodes = Set.copyOf(b.alreadyExistsCodes);
    this.maxStepsPerCall = b.maxStepsPerCall;
    this.readLimits = b.readLimits;
    ReadGuard guard = new ReadGuard(b.readLimits);
    ObjectMapper mapper = JsonMapper.builder(guard.jsonFactory())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
        .build();
    this.reader = new PortalReader(mapper.getFactory(), guard);
    this.writer = new PortalWriter(mapper);
  }

  /**
   * Returns the shared instance with the default codes: success {@code 0}, {@code "0"}, {@code "00"}; already exists
   * {@code "3"}, {@code "-3"}; at most 10 steps per progress call.
   *
   * @return the default mapping
   */
  public static PortalJson get() {
    return DEFAULTS;
  }

  /**
   * Starts a configuration, with the defaults of {@link #get()}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  // ---- DongBoHoSoMC ----

  /**
   * Reads a {@code DongBoHoSoMC} call: the envelope and its dossiers.
   *
   * @param json UTF-8 JSON
   * @return the request and the fields not mapped
   * @throws JsonDecodingException if the JSON is malformed, a required field is missing or a value is unusable
   */
  public Decoded<PortalRequest<Dossier>> decodeDossierRequest(byte[] json) {
    return reader.dossierRequest(Objects.requireNonNull(json, "json"));
  }

  /**
   * Writes a {@code DongBoHoSoMC} call.
   *
   * @param request the call
   * @return UTF-8 JSON
   * @throws IllegalArgumentException if a dossier's receiving agency is not the request's, or a required name is
   *     blank
   */
  public byte[] writeDossierRequest(PortalRequest<Dossier> request) {
    return writer.dossierRequest(Objects.requireNonNull(request, "request"), List.of());
  }

  /**
   * Writes a {@code DongBoHoSoMC} call read earlier, with the fields not mapped put back where they were read.
   *
   * @param request the call and its unknown fields
   * @return UTF-8 JSON
   * @throws IllegalArgumentException as {@link #writeDossierRequest(PortalRequest)}, or if an unknown field does not
   *     hold JSON
   */
  public byte[] writeDossierRequest(Decoded<PortalRequest<Dossier>> request) {
    return writer.dossierRequest(request.value(), request.unknownFields());
  }

  /**
   * Reads one dossier payload ({@code HoSoDongBoDVC}) without an envelope, as some provincial systems post them.
   * Its receiving agency is {@code null}: only the envelope names it.
   *
   * @param json UTF-8 JSON of one object
   * @return the dossier and the fields not mapped, with pointers from the object ({@code /TaiLieuNop/0/Extra})
   * @throws JsonDecodingException if the JSON is malformed, a required field is missing or a value is unusable
   */
  public Decoded<Dossier> decodeDossier(byte[] json) {
    return reader.dossier(Objects.requireNonNull(json, "json"));
  }

  /**
   * Writes one dossier payload without an envelope (and so without its receiving agency).
   *
   * @param dossier the dossier
   * @return UTF-8 JSON
   */
  public byte[] writeDossier(Dossier dossier) {
    return writer.dossier(Objects.requireNonNull(dossier, "dossier"), List.of());
  }

  /**
   * Writes one dossier payload read earlier, with the fields not mapped put back.
   *
   * @param dossier the dossier and its unknown fields
   * @return UTF-8 JSON
   */
  public byte[] writeDossier(Decoded<Dossier> dossier) {
    return writer.dossier(dossier.value(), dossier.unknownFields());
  }

  // ---- CapNhatTienDoHoSoMC ----

  /**
   * Reads a {@code CapNhatTienDoHoSoMC} call. It is not refused for carrying more steps than {@link
   * #maxStepsPerCall()}: a fake portal decides what to answer.
   *
   * @param json UTF-8 JSON
   * @return the request and the fields not mapped
   * @throws JsonDecodingException if the JSON is malformed, a required field is missing or a value is unusable
   */
  public Decoded<PortalRequest<DossierStep>> decodeProgressRequest(byte[] json) {
    return reader.progressRequest(Objects.requireNonNull(json, "json"));
  }

  /**
   * Splits steps into {@code CapNhatTienDoHoSoMC} calls of at most {@link #maxStepsPerCall()} steps each, in order.
   *
   * @param session the adapter session
   * @param agency the agency the calls are made for ({@code madonvi})
   * @param steps the steps, of one dossier or several
   * @return the calls; none for no steps
   */
  public List<PortalRequest<DossierStep>> progressRequests(String session, AgencyCode agency, List<DossierStep> steps) {
    List<PortalRequest<DossierStep>> calls = new ArrayList<>(steps.size() / maxStepsPerCall + 1);
    for (int from = 0; from < steps.size(); from += maxStepsPerCall) {
      calls.add(PortalRequest.progress(session, agency, steps.subList(from, Math.min(steps.size(),
          from + maxStepsPerCall))));
    }
    return List.copyOf(calls);
  }

  /**
   * Writes one {@code CapNhatTienDoHoSoMC} call.
   *
   * @param request the call
   * @return UTF-8 JSON
   * @throws IllegalArgumentException if it carries more than {@link #maxStepsPerCall()} steps (split them with
   *     {@link #progressRequests}; nothing is dropped silently)
   */
  public byte[] writeProgressRequest(PortalRequest<DossierStep> request) {
    checkBatch(request);
    return writer.progressRequest(request, List.of());
  }

  /**
   * Writes a {@code CapNhatTienDoHoSoMC} call read earlier, with the fields not mapped put back.
   *
   * @param request the call and its unknown fields
   * @return UTF-8 JSON
   * @throws IllegalArgumentException if it carries more than {@link #maxStepsPerCall()} steps
   */
  public byte[] writeProgressRequest(Decoded<PortalRequest<DossierStep>> request) {
    checkBatch(request.value());
    return writer.progressRequest(request.value(), request.unknownFields());
  }

  private void checkBatch(PortalRequest<DossierStep> request) {
    if (request.data().size() > maxStepsPerCall) {
      throw new IllegalArgumentException("A progress update carries at most " + maxStepsPerCall
          + " steps per call, this one " + request.data().size() + ": split them with progressRequests(...)");
    }
  }

  // ---- answers ----

  /**
   * Reads the adapter's answer. Any code is an answer: a failure is not a decoding error.
   *
   * @param json UTF-8 JSON
   * @return the answer and the fields not mapped
   * @throws JsonDecodingException if the JSON is malformed or has no {@code error_code}
   */
  public Decoded<PortalAnswer> decodeAnswer(byte[] json) {
    return reader.answer(Objects.requireNonNull(json, "json"));
  }

  /**
   * Writes an answer, as a fake portal does.
   *
   * @param answer the answer
   * @return UTF-8 JSON
   * @throws IllegalArgumentException if its payload is not JSON
   */
  public byte[] writeAnswer(PortalAnswer answer) {
    return writer.answer(Objects.requireNonNull(answer, "answer"), List.of());
  }

  /**
   * Writes an answer read earlier, with the fields not mapped put back.
   *
   * @param answer the answer and its unknown fields
   * @return UTF-8 JSON
   */
  public byte[] writeAnswer(Decoded<PortalAnswer> answer) {
    return writer.answer(answer.value(), answer.unknownFields());
  }

  /**
   * Classifies an answer with this instance's codes: "already exists" first (an already-exists code and a message
   * containing "đã tồn tại"), then success, else failure.
   *
   * @param answer the answer
   * @return what it means
   */
  public PortalOutcome outcome(PortalAnswer answer) {
    String code = answer.errorCode();
    if (alreadyExistsCodes.contains(code) && answer.message() != null && saysAlreadyExists(answer.message())) {
      return PortalOutcome.ALREADY_EXISTS;
    }
    return successCodes.contains(code) ? PortalOutcome.SUCCESS : PortalOutcome.FAILURE;
  }

  /**
   * Whether the message contains "đã tồn tại", in any Unicode form. A message beyond egov's {@linkplain
   * TextLimits#defaults() text limits} (a stack trace, an HTML error page, a run of combining marks) is not normalised,
   * whose cost grows with the square of a run of marks: it is searched as it is, which finds the mark in the composed
   * form every portal writes. The answer is never refused for its message.
   */
  private static boolean saysAlreadyExists(String message) {
    String text = TextLimits.defaults().allows(message) ? Normalizer.normalize(message, Normalizer.Form.NFC) : message;
    return text.toLowerCase(Locale.ROOT).contains(ALREADY_EXISTS_MARK);
  }

  // ---- configuration ----

  /**
   * Returns the codes that mean success.
   *
   * @return the codes as text
   */
  public Set<String> successCodes() {
    return successCodes;
  }

  /**
   * Returns the codes that, with a message containing "đã tồn tại", mean the dossier already exists.
   *
   * @return the codes as text
   */
  public Set<String> alreadyExistsCodes() {
    return alreadyExistsCodes;
  }

  /**
   * Returns how many steps one progress call carries at most.
   *
   * @return the limit
   */
  public int maxStepsPerCall() {
    return maxStepsPerCall;
  }

  /**
   * Returns the safety limits this instance reads with.
   *
   * @return the limits
   */
  public ReadLimits readLimits() {
    return readLimits;
  }

  /** Returns the configuration. */
  @Override
  public String toString() {
    return "PortalJson[successCodes=" + successCodes + ", alreadyExistsCodes=" + alreadyExistsCodes
        + ", maxStepsPerCall=" + maxStepsPerCall + ']';
  }

  // ---- what the payload carries ----

  /**
   * Returns a dossier as the portal's dossier payload carries it: what reading it back after writing it gives, when
   * the request's {@code madonvi} is its {@linkplain Dossier#effectiveReceivingAgency() receiving agency}. Dropped:
   * the status history, the processing steps (sent by {@code CapNhatTienDoHoSoMC}), the financial-obligation waits,
   * the representative, the online level and the applicant's address; instants are cut to the second; blank texts are
   * absent; a receiving agency equal to the dossier code's is {@code null}.
   *
   * @param dossier a dossier
   * @return the dossier as the payload carries it
   */
  public static Dossier portalView(Dossier dossier) {
    Applicant a = dossier.applicant();
    ProcedureRef p = dossier.procedure();
    List<SubmittedDocument> documents = new ArrayList<>(dossier.documents().submitted().size());
    for (SubmittedDocument d : dossier.documents().submitted()) {
      documents.add(new SubmittedDocument(t(d.fileId()), d.name(), d.deleted(), t(d.componentCode()),
          t(d.downloadUrl()), d.digitised(), d.reused(), d.fromDataRepository(), t(d.replacedByResultCode())));
    }
    List<OtherAttachment> attachments = new ArrayList<>(dossier.documents().otherAttachments().size());
    for (OtherAttachment o : dossier.documents().otherAttachments()) {
      attachments.add(new OtherAttachment(o.name(), o.quantity(), t(o.kind())));
    }
    List<SupplementRequest> supplements = new ArrayList<>(dossier.pauses().supplements().size());
    for (SupplementRequest s : dossier.pauses().supplements()) {
      List<String> papers = new ArrayList<>(s.requestedDocuments().size());
      for (String paper : s.requestedDocuments()) {
        if (!paper.isBlank()) {
          papers.add(paper);
        }
      }
      supplements.add(new SupplementRequest(t(s.id()), t(s.requestedBy()), t(s.content()), sec(s.requestedAt()),
          t(s.receivedBy()), t(s.receptionInfo()), sec(s.resubmittedAt()), s.state(), papers, fees(s.fees()),
          sec(s.dueBefore()), sec(s.dueAfter())));
    }
    List<DossierResultDocument> results = new ArrayList<>(dossier.documents().results().size());
    for (DossierResultDocument r : dossier.documents().results()) {
      results.add(new DossierResultDocument(r.name(), t(r.componentCode()), t(r.documentId()), t(r.downloadUrl()),
          t(r.resultCode())));
    }
    DossierSubmission in = dossier.submission();
    AgencyCode receiving = in.receivingAgency();
    DossierTimeline at = dossier.timeline();
    return dossier.toBuilder()
        .procedure(new ProcedureRef(p.code(), t(p.name()), t(p.fieldCode()), t(p.fieldName())))
        .applicant(new Applicant(a.type(), a.name(), t(a.documentNumber()), a.identifiers(), t(a.portalAccountId()),
            t(a.email()), t(a.fax()), t(a.phone()), null))
        .representative(null)
        .submission(new DossierSubmission(in.channel(), null,
            receiving == null || receiving.equals(dossier.code().agency()) ? null : receiving, t(in.place()),
            t(in.summary()), t(in.note()), t(in.otherInfo())))
        .timeline(new DossierTimeline(sec(at.submittedAt()), sec(at.receivedAt()), sec(at.dueAt()),
            sec(at.finishedAt()), sec(at.returnedAt()), sec(at.refusedAt())))
        .processing(new DossierProcessing(t(dossier.processing().agencyName()), List.of(), List.of()))
        .documents(new DossierDocuments(documents, attachments, results, dossier.documents().resultDelivery()))
        .payment(new DossierPayment(fees(dossier.payment().fees()), dossier.payment().onlinePayment()))
        .pauses(new DossierPauses(supplements, List.of()))
        .build();
  }

  private static List<Fee> fees(List<Fee> fees) {
    List<Fee> out = new ArrayList<>(fees.size());
    for (Fee f : fees) {
      out.add(new Fee(f.name(), t(f.code()), f.collectionMethod(), f.amount(), f.type()));
    }
    return out;
  }

  private static @Nullable String t(@Nullable String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private static @Nullable Instant sec(@Nullable Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * Configures a {@link PortalJson}: the answer codes of one gateway and the progress batch size.
   *
   * <pre>{@code
   * PortalJson portal = PortalJson.builder().successCodes("0").maxStepsPerCall(10).build();
   * }</pre>
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private Set<String> successCodes = Set.of("0", "00");
    private Set<String> alreadyExistsCodes = Set.of("3", "-3");
    private int maxStepsPerCall = 10;
    private ReadLimits readLimits = ReadLimits.defaults();

    private Builder() {}

    /**
     * Sets the safety limits of reading ({@link ReadLimits#defaults()} by default): a payload beyond them is refused
     * with {@link JsonDecodingException.Reason#LIMIT_EXCEEDED}.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder readLimits(ReadLimits limits) {
      this.readLimits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets the codes that mean success, replacing the defaults ({@code 0}, {@code "0"}, {@code "00"}). A numeric
     * {@code error_code} is compared by its text, so {@code "0"} covers both {@code 0} and {@code "0"}.
     *
     * @param codes the codes, at least one
     * @return this builder
     * @throws IllegalArgumentException if there is none, or one is blank or has surrounding white space
     */
    public Builder successCodes(String... codes) {
      return successCodes(List.of(codes));
    }

    /**
     * Sets the codes that mean success, replacing the defaults.
     *
     * @param codes the codes, at least one
     * @return this builder
     * @throws IllegalArgumentException if there is none, or one is blank or has surrounding white space
     */
    public Builder successCodes(Collection<String> codes) {
      this.successCodes = codes(codes, true);
      return this;
    }

    /**
     * Sets the codes that, with a message containing "đã tồn tại", mean the dossier already exists, replacing the
     * defaults ({@code "3"}, {@code "-3"}). None turns the recognition off.
     *
     * @param codes the codes
     * @return this builder
     * @throws IllegalArgumentException if one is blank or has surrounding white space
     */
    public Builder alreadyExistsCodes(String... codes) {
      this.alreadyExistsCodes = codes(List.of(codes), false);
      return this;
    }

    /**
     * Sets how many steps one progress call carries at most (10 by default, as one province sends; the portal's own
     * limit is not published).
     *
     * @param max the limit, 1 or more
     * @return this builder
     * @throws IllegalArgumentException if {@code max} is less than 1
     */
    public Builder maxStepsPerCall(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("A progress call carries at least one step, got a limit of " + max);
      }
      this.maxStepsPerCall = max;
      return this;
    }

    private static Set<String> codes(Collection<String> codes, boolean atLeastOne) {
      Set<String> set = new LinkedHashSet<>();
      for (String code : codes) {
        Objects.requireNonNull(code, "code");
        if (code.isEmpty() || !code.equals(code.strip())) {
          throw new IllegalArgumentException("An answer code is non-empty and has no surrounding white space");
        }
        set.add(code);
      }
      if (atLeastOne && set.isEmpty()) {
        throw new IllegalArgumentException("At least one code means success");
      }
      return Set.copyOf(set);
    }

    /**
     * Builds the mapping.
     *
     * @return an immutable, thread-safe mapping
     */
    public PortalJson build() {
      return new PortalJson(this);
    }
  }
}
