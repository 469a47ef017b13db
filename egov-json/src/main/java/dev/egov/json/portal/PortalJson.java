package dev.egov.json.portal;

import dev.egov.json.AnswerStatus;
import dev.egov.json.Decoded;
import dev.egov.json.GatewayFault;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.ReadLimits;
import dev.egov.json.ResultCode;
import dev.egov.json.internal.JsonMessages;
import dev.egov.json.internal.wire.Field;
import dev.egov.json.internal.wire.Forms;
import dev.egov.json.internal.wire.MessageTable;
import dev.egov.model.TextLimits;
import dev.egov.model.dossier.Applicant;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.dossier.DossierProcessing;
import dev.egov.model.dossier.DossierSubmission;
import dev.egov.model.id.AgencyCode;
import dev.egov.model.procedure.Procedure;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
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
 * AnswerStatus status = portal.decodeAnswer(answerBody).value().status(); // SUCCESS, …, GATEWAY_FAULT
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
 * <p>What real systems send besides the documented envelope is read too: a {@code DongBoHoSoMC} or {@code
 * CapNhatTienDoHoSoMC} body posted as a bare list, or a single dossier or step alone ({@link #decodeDossiers}, {@link
 * #decodeSteps}). What is not the message asked for is refused with {@link JsonDecodingException.Reason#WRONG_MESSAGE},
 * naming what was found (a name, never a value): a call of another {@code service} ({@code TraCuuHoSo}, {@code
 * LayThuTuc}) given to a sync reader, an answer given to a request reader, a progress step given to a dossier reader,
 * a log-in answer or a gateway's fault given to a request reader.
 *
 * <h2>Writing</h2>
 * Exactly one form: fields in the order of docs/dossiers-and-portal.md's table; date-times as {@code yyyyMMddHHmmss} local time,
 * and every date-time field written even when unknown, as {@code ""} (docs/dossiers-and-portal.md: ""
 * when unknown); numbers and codes as strings ({@code "Gia": "50000"}, {@code "TrangThaiHoSo": "10"}); {@code
 * isUpdating} as {@code "True"}/{@code "False"}; the dossier's and documents' flags ({@code
 * HoSoCoThanhPhanSoHoa}, {@code TaiKhoanDuocXacThucVoiVNeID}, {@code IsDeleted}, {@code DuocSoHoa}, {@code
 * DuocTaiSuDung}, {@code DuocLayTuKhoDMQG}) as {@code "1"}/{@code "0"} when stated and left out when not (an absent
 * flag reads as {@code null}, "not stated": writing {@code "0"} would assert a "no" that the QĐ 766 formulas count,
 * docs/indicators.md); the five lists every sender writes ({@code TaiLieuNop}, {@code DanhSachLePhi}, {@code
 * DanhSachTepDinhKemKhac}, {@code DanhSachHoSoBoSung}, {@code DanhSachGiayToKetQua}) always, {@code []} when empty;
 * other absent fields, blank texts and empty lists omitted. Field lengths the portal is seen to accept
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
 * A failure answer is data: {@link #decodeAnswer} reads any {@code error_code}, string or number, and classifies it
 * into {@link PortalAnswer#status()} ({@link AnswerStatus}). A gateway's fault (WSO2 API Manager in its JSON, legacy
 * JSON or XML form, an X-Road security server, an OAuth token endpoint; docs/gateways.md) given to it is returned as
 * {@link AnswerStatus.Outcome#GATEWAY_FAULT}, never as a success or a decoding error; a log-in answer ({@code
 * session}) is not an answer to a call ({@link #decodeLoginAnswer} reads it). Success codes differ between gateways (UNCERTAIN), so they are configured ({@link
 * Builder#successCodes}; by default {@code 0}, {@code "0"} and {@code "00"}). "Already exists" is {@code error_code}
 * {@code "3"} or {@code "-3"} (configurable) with a message containing "đã tồn tại", compared in Unicode NFC and
 * ignoring case: the caller sends the dossier again with {@code isUpdating} {@code "True"}.
 *
 * <h2>Log-in and sharing services</h2>
 * The log-in body ({@link #writeLoginRequest}, with the {@code dstcode} header of {@link PortalDestination}) and the
 * sharing services, each a request and an answer: {@code TraCuuHoSo} ({@link #writeDossierLookupRequest}, {@link
 * #decodeDossierLookupAnswer}: {@link DossierLookup}s, dates written {@code dd/MM/yyyy HH:mm:ss}), {@code LayThuTuc}
 * ({@link #writeProcedureRequest}, {@link #decodeProcedureAnswer}: egov's {@link Procedure}s, numbers as text) and
 * {@code LayDanhMucCoQuan} ({@link #writeAgencyListRequest}, {@link #decodeAgencyListAnswer}: {@link PortalAgency}s).
 * Their answers ({@link SharingAnswer}) follow the rules above: a gateway's fault first, any code an answer, and
 * another message refused with {@link JsonDecodingException.Reason#WRONG_MESSAGE} naming what was found.
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
  private final JsonMessages messages;
  private final MessageTable<PortalAnswer> answers;
  private final MessageTable<PortalLogin> logins;
  private final MessageTable<SharingAnswer<DossierLookup>> lookupAnswers;
  private final MessageTable<SharingAnswer<Procedure>> procedureAnswers;
  private final MessageTable<SharingAnswer<PortalAgency>> agencyAnswers;

  private PortalJson(Builder b) {
    this.successCodes = Set.copyOf(b.successCodes);
    this.alreadyExistsCodes = Set.copyOf(b.alreadyExistsCodes);
    this.maxStepsPerCall = b.maxStepsPerCall;
    this.readLimits = b.readLimits;
    this.messages = new JsonMessages(b.readLimits);
    this.answers = answerTable();
    this.logins = loginTable();
    this.lookupAnswers = SharingTables.answer("an answer to a TraCuuHoSo call (error_code, result)",
        SharingTables.LOOKUP, this::classify);
    this.procedureAnswers = SharingTables.answer("an answer to a LayThuTuc call (error_code, result)",
        SharingTables.PROCEDURE, this::classify);
    this.agencyAnswers = SharingTables.answer("an answer to a LayDanhMucCoQuan call (error_code, result)",
        SharingTables.AGENCY, this::classify);
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
   * @throws JsonDecodingException if the JSON is malformed, is another message ({@link
   *     JsonDecodingException.Reason#WRONG_MESSAGE}: another service, an answer, a bare list), a required field is
   *     missing or a value is unusable
   */
  public Decoded<PortalRequest<Dossier>> decodeDossierRequest(byte[] json) {
    Decoded<PortalRequest<Dossier>> read = request(json, PortalTables.DOSSIER_REQUEST, PortalRequest.DOSSIER_SYNC);
    PortalRequest<Dossier> request = read.value();
    List<Dossier> dossiers = new ArrayList<>(request.data().size());
    for (Dossier d : request.data()) {
      // The envelope names the receiving agency; null in the model means "the agency in the dossier code".
      dossiers.add(request.agency().equals(d.code().agency())
          ? d
          : d.toBuilder().submission(d.submission().withReceivingAgency(request.agency())).build());
    }
    return new Decoded<>(request.withData(dossiers), read.unknownFields());
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
    return writeDossierRequest(Decoded.of(Objects.requireNonNull(request, "request")));
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
    PortalRequest<Dossier> value = request.value();
    for (Dossier d : value.data()) {
      AgencyCode receiving = d.submission().receivingAgency();
      if (receiving != null && !receiving.equals(value.agency())) {
        throw new IllegalArgumentException("Dossier " + d.code() + " is received by " + receiving.format()
            + " but the request is made for " + value.agency().format() + ": send one request per agency");
      }
    }
    return write(request, PortalTables.DOSSIER_REQUEST);
  }

  /**
   * Reads one dossier payload ({@code HoSoDongBoDVC}) without an envelope, as some provincial systems post them.
   * Its receiving agency is {@code null}: only the envelope names it.
   *
   * @param json UTF-8 JSON of one object
   * @return the dossier and the fields not mapped, with pointers from the object ({@code /TaiLieuNop/0/Extra})
   * @throws JsonDecodingException if the JSON is malformed, is another message, a required field is missing or a
   *     value is unusable
   */
  public Decoded<Dossier> decodeDossier(byte[] json) {
    return read(json, PortalTables.DOSSIER, null);
  }

  /**
   * Writes one dossier payload without an envelope (and so without its receiving agency).
   *
   * @param dossier the dossier
   * @return UTF-8 JSON
   */
  public byte[] writeDossier(Dossier dossier) {
    return write(Decoded.of(Objects.requireNonNull(dossier, "dossier")), PortalTables.DOSSIER);
  }

  /**
   * Writes one dossier payload read earlier, with the fields not mapped put back.
   *
   * @param dossier the dossier and its unknown fields
   * @return UTF-8 JSON
   */
  public byte[] writeDossier(Decoded<Dossier> dossier) {
    return write(dossier, PortalTables.DOSSIER);
  }

  /**
   * Reads a {@code DongBoHoSoMC} body posted without the envelope, as newer provincial systems post to separate
   * "add" and "update" addresses: a bare list of dossier payloads, or one payload alone. Their receiving agency is
   * {@code null}.
   *
   * @param json UTF-8 JSON: a list of objects, or one object
   * @return the dossiers, in document order, and the fields not mapped ({@code /0/TaiLieuNop/0/Extra})
   * @throws JsonDecodingException if the JSON is malformed, is another message (an enveloped call, steps), a required
   *     field is missing or a value is unusable
   */
  public Decoded<List<Dossier>> decodeDossiers(byte[] json) {
    return bare(json, PortalTables.DOSSIER);
  }

  /**
   * Writes dossier payloads as a bare list, without the envelope.
   *
   * @param dossiers the dossiers
   * @return UTF-8 JSON
   */
  public byte[] writeDossiers(List<Dossier> dossiers) {
    return writeDossiers(Decoded.of(List.copyOf(dossiers)));
  }

  /**
   * Writes dossier payloads read earlier as a bare list, with the fields not mapped put back.
   *
   * @param dossiers the dossiers and their unknown fields
   * @return UTF-8 JSON
   */
  public byte[] writeDossiers(Decoded<List<Dossier>> dossiers) {
    return writeList(dossiers, PortalTables.DOSSIER);
  }

  // ---- CapNhatTienDoHoSoMC ----

  /**
   * Reads a {@code CapNhatTienDoHoSoMC} call. It is not refused for carrying more steps than {@link
   * #maxStepsPerCall()}: a fake portal decides what to answer.
   *
   * @param json UTF-8 JSON
   * @return the request and the fields not mapped
   * @throws JsonDecodingException if the JSON is malformed, is another message ({@link
   *     JsonDecodingException.Reason#WRONG_MESSAGE}), a required field is missing or a value is unusable
   */
  public Decoded<PortalRequest<DossierStep>> decodeProgressRequest(byte[] json) {
    return request(json, PortalTables.PROGRESS_REQUEST, PortalRequest.PROGRESS_UPDATE);
  }

  /**
   * Reads a {@code CapNhatTienDoHoSoMC} body posted without the envelope: a bare list of steps, or one step alone.
   *
   * @param json UTF-8 JSON: a list of objects, or one object
   * @return the steps, in document order, and the fields not mapped
   * @throws JsonDecodingException if the JSON is malformed, is another message, a required field is missing or a
   *     value is unusable
   */
  public Decoded<List<DossierStep>> decodeSteps(byte[] json) {
    return bare(json, PortalTables.STEP);
  }

  /**
   * Writes steps as a bare list, without the envelope.
   *
   * @param steps the steps
   * @return UTF-8 JSON
   * @throws IllegalArgumentException if there are more than {@link #maxStepsPerCall()}
   */
  public byte[] writeSteps(List<DossierStep> steps) {
    return writeSteps(Decoded.of(List.copyOf(steps)));
  }

  /**
   * Writes steps read earlier as a bare list, with the fields not mapped put back.
   *
   * @param steps the steps and their unknown fields
   * @return UTF-8 JSON
   * @throws IllegalArgumentException if there are more than {@link #maxStepsPerCall()}
   */
  public byte[] writeSteps(Decoded<List<DossierStep>> steps) {
    checkBatch(steps.value().size());
    return writeList(steps, PortalTables.STEP);
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
    return writeProgressRequest(Decoded.of(Objects.requireNonNull(request, "request")));
  }

  /**
   * Writes a {@code CapNhatTienDoHoSoMC} call read earlier, with the fields not mapped put back.
   *
   * @param request the call and its unknown fields
   * @return UTF-8 JSON
   * @throws IllegalArgumentException if it carries more than {@link #maxStepsPerCall()} steps
   */
  public byte[] writeProgressRequest(Decoded<PortalRequest<DossierStep>> request) {
    checkBatch(request.value().data().size());
    return write(request, PortalTables.PROGRESS_REQUEST);
  }

  private void checkBatch(int steps) {
    if (steps > maxStepsPerCall) {
      throw new IllegalArgumentException("A progress update carries at most " + maxStepsPerCall
          + " steps per call, this one " + steps + ": split them with progressRequests(...)");
    }
  }

  // ---- answers ----

  /**
   * Reads the adapter's answer to a call. Any code is an answer: a failure is not a decoding error. A gateway's fault
   * in any of its forms is an answer too, whose status is {@link AnswerStatus.Outcome#GATEWAY_FAULT}.
   *
   * @param json UTF-8 JSON
   * @return the answer and the fields not mapped
   * @throws JsonDecodingException if the JSON is malformed, is another message ({@link
   *     JsonDecodingException.Reason#WRONG_MESSAGE}: a request, a log-in answer, anything without {@code error_code})
   *     or a value is unusable
   */
  public Decoded<PortalAnswer> decodeAnswer(byte[] json) {
    return answer(json, answers, f -> PortalAnswer.of(AnswerStatus.of(f)));
  }

  /**
   * Writes an answer, as a fake portal does.
   *
   * @param answer the answer
   * @return UTF-8 JSON
   * @throws IllegalArgumentException if its payload is not JSON, or it is a gateway's fault (which has no {@code
   *     error_code})
   */
  public byte[] writeAnswer(PortalAnswer answer) {
    return writeAnswer(Decoded.of(Objects.requireNonNull(answer, "answer")));
  }

  /**
   * Writes an answer read earlier, with the fields not mapped put back.
   *
   * @param answer the answer and its unknown fields
   * @return UTF-8 JSON
   * @throws IllegalArgumentException as {@link #writeAnswer(PortalAnswer)}
   */
  public byte[] writeAnswer(Decoded<PortalAnswer> answer) {
    return write(answer, answers);
  }

  /**
   * Reads the adapter's answer to a log-in ({@code {error_code, message, session}}). A gateway's fault is an answer
   * whose status is {@link AnswerStatus.Outcome#GATEWAY_FAULT}, without a session.
   *
   * @param json UTF-8 JSON
   * @return the answer and the fields not mapped
   * @throws JsonDecodingException if the JSON is malformed, is another message or a value is unusable
   */
  public Decoded<PortalLogin> decodeLoginAnswer(byte[] json) {
    return answer(json, logins, f -> new PortalLogin(AnswerStatus.of(f), null));
  }

  /**
   * Writes a log-in answer, as a fake portal does.
   *
   * @param login the answer
   * @return UTF-8 JSON
   * @throws IllegalArgumentException if it is a gateway's fault (which has no {@code error_code})
   */
  public byte[] writeLoginAnswer(PortalLogin login) {
    return write(Decoded.of(Objects.requireNonNull(login, "login")), logins);
  }

  /**
   * Returns an answer to a call with this instance's classification of its code and message, as a fake portal
   * writes it.
   *
   * @param code the code, such as {@code "0"} or {@code "-3"}, written as a JSON string
   * @param message the message, or {@code null}
   * @return the answer, without payload
   * @throws IllegalArgumentException if the code is blank or has surrounding white space
   */
  public PortalAnswer answer(String code, @Nullable String message) {
    return PortalAnswer.of(classify(ResultCode.of(code), message));
  }

  /**
   * Classifies a code and message with this instance's codes: "already exists" first (an already-exists code and a
   * message containing "đã tồn tại"), then success, else failure.
   *
   * @param code the code as written
   * @param message the message, or {@code null}
   * @return the status
   */
  public AnswerStatus classify(ResultCode code, @Nullable String message) {
    String value = code.value();
    if (alreadyExistsCodes.contains(value) && message != null && saysAlreadyExists(message)) {
      return AnswerStatus.alreadyExists(code, message);
    }
    return successCodes.contains(value) ? AnswerStatus.success(code, message) : AnswerStatus.failure(code, message);
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

  private MessageTable<PortalAnswer> answerTable() {
    MessageTable.Builder<PortalAnswer> t = MessageTable.<PortalAnswer>builder("an answer to a call (error_code)")
        .foreign("session", "a log-in answer (session)")
        .foreign("service", "a call (service)");
    Field<PortalAnswer, ResultCode> code =
        t.field("error_code", Forms.RESULT_CODE, PortalAnswer::errorCode).required().identifies();
    Field<PortalAnswer, String> message = t.field("message", Forms.TEXT, a -> a.status().message());
    Field<PortalAnswer, String> result = t.field("result", Forms.JSON, PortalAnswer::result);
    Field<PortalAnswer, String> data = t.field("data", Forms.JSON, PortalAnswer::data);
    return t.build(v -> new PortalAnswer(classify(v.need(code), v.get(message)), v.get(result), v.get(data)));
  }

  private MessageTable<PortalLogin> loginTable() {
    MessageTable.Builder<PortalLogin> t = MessageTable.<PortalLogin>builder("a log-in answer (error_code, session)")
        .foreign("service", "a call (service)");
    Field<PortalLogin, ResultCode> code =
        t.field("error_code", Forms.RESULT_CODE, l -> l.status().code()).required().identifies();
    Field<PortalLogin, String> message = t.field("message", Forms.TEXT, l -> l.status().message());
    Field<PortalLogin, String> session = t.field("session", Forms.TEXT, PortalLogin::session);
    return t.build(v -> {
      AnswerStatus status = classify(v.need(code), v.get(message));
      if (status.success() && v.get(session) == null) {
        throw v.invalid(session, JsonDecodingException.Reason.WRONG_MESSAGE,
            "expected a log-in answer, found a successful answer without session");
      }
      return new PortalLogin(status, v.get(session));
    });
  }

  // ---- log-in and sharing services ----

  /**
   * Reads the body of a log-in ({@code {username, password}}), as a fake adapter does; its {@code dstcode} header is
   * not in the body ({@link PortalLoginRequest#withDestination}).
   *
   * @param json UTF-8 JSON
   * @return the log-in, without destination, and the fields not mapped
   * @throws JsonDecodingException if the JSON is malformed, is another message ({@link
   *     JsonDecodingException.Reason#WRONG_MESSAGE}: a call, an answer) or a field is missing; never quoting the
   *     password
   */
  public Decoded<PortalLoginRequest> decodeLoginRequest(byte[] json) {
    return read(json, SharingTables.LOGIN_REQUEST, null);
  }

  /**
   * Writes the body of a log-in: {@code {"username": …, "password": …}}. The {@code dstcode} header is the caller's to
   * send ({@link PortalDestination#headerName()}, {@link PortalDestination#headerValue()}).
   *
   * @param login the log-in
   * @return UTF-8 JSON
   */
  public byte[] writeLoginRequest(PortalLoginRequest login) {
    return write(Decoded.of(Objects.requireNonNull(login, "login")), SharingTables.LOGIN_REQUEST);
  }

  /**
   * Reads a dossier look-up call ({@code TraCuuHoSo}).
   *
   * @param json UTF-8 JSON
   * @return the call and the fields not mapped
   * @throws JsonDecodingException if the JSON is malformed, is another message ({@link
   *     JsonDecodingException.Reason#WRONG_MESSAGE}: a call of another service, an answer), a required field ({@code
   *     session}, {@code service}, {@code mahoso}) is missing or a value is unusable
   */
  public Decoded<DossierLookupRequest> decodeDossierLookupRequest(byte[] json) {
    return read(json, SharingTables.LOOKUP_REQUEST, DossierLookupRequest.SERVICE);
  }

  /**
   * Writes a dossier look-up call: {@code {session, madonvi, service, mahoso}}.
   *
   * @param request the call
   * @return UTF-8 JSON
   */
  public byte[] writeDossierLookupRequest(DossierLookupRequest request) {
    return write(Decoded.of(Objects.requireNonNull(request, "request")), SharingTables.LOOKUP_REQUEST);
  }

  /**
   * Reads the answer to a dossier look-up: its dates in every form ({@code dd/MM/yyyy HH:mm:ss} as the adapter
   * writes them, {@code yyyyMMddHHmmss}, ISO-8601). A gateway's fault is an answer whose status is {@link
   * AnswerStatus.Outcome#GATEWAY_FAULT}, without items; a success without a list (the adapter found nothing, or the
   * answer to a sync call: the two cannot be told apart) has no items.
   *
   * @param json UTF-8 JSON
   * @return the answer and the fields not mapped
   * @throws JsonDecodingException if the JSON is malformed, is another message ({@link
   *     JsonDecodingException.Reason#WRONG_MESSAGE}: a call, a log-in answer, an answer listing procedures or
   *     agencies) or a value is unusable
   */
  public Decoded<SharingAnswer<DossierLookup>> decodeDossierLookupAnswer(byte[] json) {
    return answer(json, lookupAnswers, f -> SharingAnswer.of(AnswerStatus.of(f), List.of()));
  }

  /**
   * Writes the answer to a dossier look-up, as a fake portal does: dates as {@code dd/MM/yyyy HH:mm:ss}.
   *
   * @param answer the answer
   * @return UTF-8 JSON
   * @throws IllegalArgumentException if it is a gateway's fault (which has no {@code error_code})
   */
  public byte[] writeDossierLookupAnswer(SharingAnswer<DossierLookup> answer) {
    return writeDossierLookupAnswer(Decoded.of(Objects.requireNonNull(answer, "answer")));
  }

  /**
   * Writes the answer to a dossier look-up read earlier, with the fields not mapped put back.
   *
   * @param answer the answer and its unknown fields
   * @return UTF-8 JSON
   * @throws IllegalArgumentException if it is a gateway's fault
   */
  public byte[] writeDossierLookupAnswer(Decoded<SharingAnswer<DossierLookup>> answer) {
    return write(answer, lookupAnswers);
  }

  /**
   * Reads a procedure call ({@code LayThuTuc}).
   *
   * @param json UTF-8 JSON
   * @return the call and the fields not mapped
   * @throws JsonDecodingException if the JSON is malformed, is another message ({@link
   *     JsonDecodingException.Reason#WRONG_MESSAGE}), a required field ({@code session}, {@code service}, {@code
   *     maTTHC}) is missing or a value is unusable
   */
  public Decoded<ProcedureRequest> decodeProcedureRequest(byte[] json) {
    return read(json, SharingTables.PROCEDURE_REQUEST, ProcedureRequest.SERVICE);
  }

  /**
   * Writes a procedure call: {@code {session, madonvi, service, maTTHC}}.
   *
   * @param request the call
   * @return UTF-8 JSON
   */
  public byte[] writeProcedureRequest(ProcedureRequest request) {
    return write(Decoded.of(Objects.requireNonNull(request, "request")), SharingTables.PROCEDURE_REQUEST);
  }

  /**
   * Reads the answer to a procedure call into egov's {@link Procedure}s: upper-case keys, numbers as text ({@code
   * "THOIGIANGIAIQUYET": "5"}, {@code "SOTIEN": "50000"}, {@code "KENH": "1"}), the unit of a processing time as
   * Vietnamese text ({@code "Ngày làm việc"}, {@code "Ngày"}, {@code "Giờ"}, {@code "Tháng"}); a fraction of a working
   * day ({@code "0,5"}) is read as working hours. What the procedure model keeps: {@link #procedureView(Procedure)}.
   *
   * @param json UTF-8 JSON
   * @return the answer and the fields not mapped ({@code TRINHTUTHUCHIEN}, {@code THANHPHANHOSO}, …)
   * @throws JsonDecodingException if the JSON is malformed, is another message ({@link
   *     JsonDecodingException.Reason#WRONG_MESSAGE}) or a value is unusable (an unknown unit of time)
   */
  public Decoded<SharingAnswer<Procedure>> decodeProcedureAnswer(byte[] json) {
    return answer(json, procedureAnswers, f -> SharingAnswer.of(AnswerStatus.of(f), List.of()));
  }

  /**
   * Writes the answer to a procedure call, as a fake portal does.
   *
   * @param answer the answer
   * @return UTF-8 JSON
   * @throws IllegalArgumentException if it is a gateway's fault (which has no {@code error_code})
   */
  public byte[] writeProcedureAnswer(SharingAnswer<Procedure> answer) {
    return writeProcedureAnswer(Decoded.of(Objects.requireNonNull(answer, "answer")));
  }

  /**
   * Writes the answer to a procedure call read earlier, with the fields not mapped put back.
   *
   * @param answer the answer and its unknown fields
   * @return UTF-8 JSON
   * @throws IllegalArgumentException if it is a gateway's fault
   */
  public byte[] writeProcedureAnswer(Decoded<SharingAnswer<Procedure>> answer) {
    return write(answer, procedureAnswers);
  }

  /**
   * Reads an agency-catalogue call ({@code LayDanhMucCoQuan}).
   *
   * @param json UTF-8 JSON
   * @return the call and the fields not mapped
   * @throws JsonDecodingException if the JSON is malformed, is another message ({@link
   *     JsonDecodingException.Reason#WRONG_MESSAGE}) or a required field ({@code session}, {@code service}) is missing
   */
  public Decoded<AgencyListRequest> decodeAgencyListRequest(byte[] json) {
    return read(json, SharingTables.AGENCY_REQUEST, AgencyListRequest.SERVICE);
  }

  /**
   * Writes an agency-catalogue call: {@code {session, madonvi, service}}.
   *
   * @param request the call
   * @return UTF-8 JSON
   */
  public byte[] writeAgencyListRequest(AgencyListRequest request) {
    return write(Decoded.of(Objects.requireNonNull(request, "request")), SharingTables.AGENCY_REQUEST);
  }

  /**
   * Reads the answer to an agency-catalogue call: rows {@code {MADONVI, TENDONVI, CAPDONVI}}.
   *
   * @param json UTF-8 JSON
   * @return the answer and the fields not mapped
   * @throws JsonDecodingException if the JSON is malformed, is another message ({@link
   *     JsonDecodingException.Reason#WRONG_MESSAGE}) or a value is unusable (an agency code that is none)
   */
  public Decoded<SharingAnswer<PortalAgency>> decodeAgencyListAnswer(byte[] json) {
    return answer(json, agencyAnswers, f -> SharingAnswer.of(AnswerStatus.of(f), List.of()));
  }

  /**
   * Writes the answer to an agency-catalogue call, as a fake portal does.
   *
   * @param answer the answer
   * @return UTF-8 JSON
   * @throws IllegalArgumentException if it is a gateway's fault (which has no {@code error_code})
   */
  public byte[] writeAgencyListAnswer(SharingAnswer<PortalAgency> answer) {
    return writeAgencyListAnswer(Decoded.of(Objects.requireNonNull(answer, "answer")));
  }

  /**
   * Writes the answer to an agency-catalogue call read earlier, with the fields not mapped put back.
   *
   * @param answer the answer and its unknown fields
   * @return UTF-8 JSON
   * @throws IllegalArgumentException if it is a gateway's fault
   */
  public byte[] writeAgencyListAnswer(Decoded<SharingAnswer<PortalAgency>> answer) {
    return write(answer, agencyAnswers);
  }

  /**
   * Returns a procedure as {@code LayThuTuc}'s item carries it: what reading it back after writing it gives. Dropped:
   * the online level (not in the item). A processing time in working hours is written in {@code "Giờ"}.
   *
   * @param procedure a procedure
   * @return the procedure as the item carries it
   * @throws IllegalArgumentException if it cannot be written (a required name is blank)
   */
  public static Procedure procedureView(Procedure procedure) {
    return SharingTables.PROCEDURE.view(procedure);
  }

  /**
   * Returns a look-up item as the answer carries it: instants cut to the second, blank texts absent.
   *
   * @param lookup a look-up item
   * @return the item as the answer carries it
   */
  public static DossierLookup lookupView(DossierLookup lookup) {
    return SharingTables.LOOKUP.view(lookup);
  }

  // ---- reading and writing through the tables ----

  private <T> Decoded<T> read(byte[] json, MessageTable<T> table, @Nullable String service) {
    return messages.request(json, table, service);
  }

  private <T> Decoded<PortalRequest<T>> request(byte[] json, MessageTable<PortalRequest<T>> table, String service) {
    return messages.request(json, table, service);
  }

  private <T> Decoded<List<T>> bare(byte[] json, MessageTable<T> item) {
    return messages.list(json, item);
  }

  private <T> Decoded<T> answer(byte[] json, MessageTable<T> table, Function<GatewayFault, T> fault) {
    return messages.answer(json, table, fault);
  }

  private <T> byte[] write(Decoded<T> value, MessageTable<T> table) {
    return messages.write(value, table);
  }

  private <T> byte[] writeList(Decoded<List<T>> value, MessageTable<T> item) {
    return messages.writeList(value, item);
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
   * absent; a receiving agency equal to the dossier code's is {@code null}. It derives from the same table as the
   * reader and the writer.
   *
   * @param dossier a dossier
   * @return the dossier as the payload carries it
   * @throws IllegalArgumentException if the dossier cannot be written (a required name is blank)
   */
  public static Dossier portalView(Dossier dossier) {
    Dossier view = PortalTables.DOSSIER.view(dossier);
    AgencyCode receiving = dossier.submission().receivingAgency();
    return receiving == null || receiving.equals(dossier.code().agency())
        ? view
        : view.toBuilder().submission(view.submission().withReceivingAgency(receiving)).build();
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
      this.successCodes = JsonMessages.codes(codes, true);
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
      this.alreadyExistsCodes = JsonMessages.codes(List.of(codes), false);
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
