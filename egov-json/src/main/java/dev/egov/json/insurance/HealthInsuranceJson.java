package dev.egov.json.insurance;

import static dev.egov.json.internal.wire.Forms.RESULT_CODE;
import static dev.egov.json.internal.wire.Forms.TEXT;

import dev.egov.json.AnswerStatus;
import dev.egov.json.Decoded;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.ReadLimits;
import dev.egov.json.ResultCode;
import dev.egov.json.internal.JsonMessages;
import dev.egov.json.internal.wire.Field;
import dev.egov.json.internal.wire.Form;
import dev.egov.json.internal.wire.Forms;
import dev.egov.json.internal.wire.MessageTable;
import dev.egov.json.internal.wire.WireReader;
import dev.egov.json.internal.wire.WireWriter;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The health-insurance gateway's card check (docs/health-insurance.md): the token call and its answer, the {@code
 * KQNhanLichSuKCB2024} check and its answer, read tolerantly and written exactly.
 *
 * <pre>{@code
 * HealthInsuranceJson insurance = HealthInsuranceJson.get();
 * byte[] tokenCall = insurance.writeTokenRequest(CardCheckTokenRequest.of("benhvien_01", password));
 * CardCheckTokenAnswer token = insurance.decodeTokenAnswer(tokenBody).value();
 * CardCheckUrl url = CardCheckUrl.of(base, CardCheckTokenRequest.of("benhvien_01", password), token.apiKey());
 * CardCheckAnswer answer = insurance.decodeCardCheckAnswer(checkBody).value();
 * answer.result().map(CardCheckCode::cardUsable);   // 000 to 004: the card may be used
 * }</pre>
 *
 * <h2>Privacy</h2>
 * The answer's visit history ({@code dsLichSuKCB2018}: clinics, dates and diagnoses) is health data, sensitive personal
 * data under Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15. It is dropped by default: read past, neither mapped nor kept as
 * an unknown field. A caller whose purpose needs it asks for it ({@link Builder#visitHistory(boolean)}); even then no
 * {@code toString} shows it. The tokens and the password's hash are never printed; the check's address, which
 * carries them, prints redacted ({@link CardCheckUrl}).
 *
 * <h2>Answers</h2>
 * {@code maKetQua} is kept as written, and classified: a card check succeeds with the codes {@code 000} to {@code
 * 004} (the card was found and may be used; {@link Builder#successCodes}), the token call with {@code 200}
 * ({@link Builder#tokenSuccessCodes}); every other code is a failure whose meaning {@link CardCheckCode} gives. A
 * gateway's fault in any form is an answer whose status is {@link AnswerStatus.Outcome#GATEWAY_FAULT}; another message
 * is {@link JsonDecodingException.Reason#WRONG_MESSAGE}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HealthInsuranceJson {

  /** {@code {username, password}}. */
  static final MessageTable<CardCheckTokenRequest> TOKEN_REQUEST;

  static {
    MessageTable.Builder<CardCheckTokenRequest> t =
        MessageTable.<CardCheckTokenRequest>builder("a token request (username, password)")
        .foreign("maKetQua", "an answer (maKetQua)")
        .foreign("maThe", "a card check (maThe)")
        .foreign("service", "a portal call (service)");
    Field<CardCheckTokenRequest, String> user =
        t.field("username", TEXT, CardCheckTokenRequest::username).required().identifies();
    Field<CardCheckTokenRequest, String> password =
        t.field("password", TEXT, CardCheckTokenRequest::passwordMd5).required();
    TOKEN_REQUEST = t.build(v -> new CardCheckTokenRequest(v.need(user), v.need(password)));
  }

  /** {@code APIKey}. */
  static final MessageTable<ApiKey> API_KEY;

  static {
    MessageTable.Builder<ApiKey> t = MessageTable.builder("the tokens (APIKey)");
    Field<ApiKey, String> access = t.field("access_token", TEXT, ApiKey::accessToken);
    Field<ApiKey, String> id = t.field("id_token", TEXT, ApiKey::idToken);
    Field<ApiKey, String> type = t.field("token_type", TEXT, ApiKey::tokenType);
    Field<ApiKey, String> user = t.field("username", TEXT, ApiKey::username);
    Field<ApiKey, String> expires = t.field("expires_in", TEXT, ApiKey::expiresIn);
    API_KEY = t.build(v -> new ApiKey(v.get(access), v.get(id), v.get(type), v.get(user), v.get(expires)));
  }

  /** {@code {maThe, hoTen, ngaySinh, hoTenCb, cccdCb}}. */
  static final MessageTable<CardCheckRequest> CARD_REQUEST;

  static {
    MessageTable.Builder<CardCheckRequest> t = MessageTable.<CardCheckRequest>builder("a card check (maThe)")
        .foreign("maKetQua", "an answer (maKetQua)")
        .foreign("password", "a token request (password)")
        .foreign("service", "a portal call (service)");
    Field<CardCheckRequest, String> card = t.field("maThe", TEXT, CardCheckRequest::cardCode).required().identifies();
    Field<CardCheckRequest, String> name = t.field("hoTen", TEXT, CardCheckRequest::name).required();
    Field<CardCheckRequest, String> born = t.field("ngaySinh", TEXT, CardCheckRequest::birthDate).required();
    Field<CardCheckRequest, String> officer = t.field("hoTenCb", TEXT, CardCheckRequest::officerName);
    Field<CardCheckRequest, String> officerId = t.field("cccdCb", TEXT, CardCheckRequest::officerPersonalId);
    CARD_REQUEST = t.build(v -> new CardCheckRequest(v.need(card), v.need(name), v.need(born), v.get(officer),
        v.get(officerId)));
  }

  /** An item of {@code dsLichSuKCB2018}. */
  static final MessageTable<Visit> VISIT;

  static {
    MessageTable.Builder<Visit> t = MessageTable.builder("a visit (dsLichSuKCB2018)");
    Field<Visit, String> record = t.field("maHoSo", TEXT, Visit::recordId);
    Field<Visit, String> facility = t.field("maCSKCB", TEXT, Visit::facilityCode);
    Field<Visit, String> facilityName = t.field("tenCSKCB", TEXT, Visit::facilityName);
    Field<Visit, String> in = t.field("ngayVao", TEXT, Visit::admittedAt);
    Field<Visit, String> out = t.field("ngayRa", TEXT, Visit::dischargedAt);
    Field<Visit, String> diagnosis = t.field("tenBenh", TEXT, Visit::diagnosis);
    Field<Visit, String> condition = t.field("tinhTrang", TEXT, Visit::condition);
    Field<Visit, String> result = t.field("kqDieuTri", TEXT, Visit::treatmentResult);
    VISIT = t.build(v -> new Visit(v.get(record), v.get(facility), v.get(facilityName), v.get(in), v.get(out),
        v.get(diagnosis), v.get(condition), v.get(result)));
  }

  /** An item of {@code dsLichSuKT2018}. */
  static final MessageTable<CheckLog> CHECK;

  static {
    MessageTable.Builder<CheckLog> t = MessageTable.builder("a check (dsLichSuKT2018)");
    Field<CheckLog, String> user = t.field("userKT", TEXT, CheckLog::checkedBy);
    Field<CheckLog, String> at = t.field("thoiGianKT", TEXT, CheckLog::checkedAt);
    Field<CheckLog, String> notice = t.field("thongBao", TEXT, CheckLog::notice);
    Field<CheckLog, String> error = t.field("maLoi", TEXT, CheckLog::errorCode);
    CHECK = t.build(v -> new CheckLog(v.get(user), v.get(at), v.get(notice), v.get(error)));
  }

  /** The visit history read past: neither mapped nor kept. */
  private static final Form<List<Visit>> VISITS_DROPPED = new Form<>() {
    @Override
    public @Nullable List<Visit> read(WireReader r) throws IOException {
      r.skip();
      return null;
    }

    @Override
    public void write(WireWriter w, List<Visit> value, @Nullable String pointer) throws IOException {
      Forms.list(VISIT).write(w, value, pointer);
    }
  };

  /** The defaults; after the tables, which it needs. */
  private static final HealthInsuranceJson DEFAULTS = builder().build();

  private final Set<String> successCodes;
  private final Set<String> tokenSuccessCodes;
  private final boolean visitHistory;
  private final ReadLimits readLimits;
  private final JsonMessages messages;
  private final MessageTable<CardCheckTokenAnswer> tokenAnswers;
  private final MessageTable<CardCheckAnswer> cardAnswers;

  private HealthInsuranceJson(Builder b) {
    this.successCodes = b.successCodes;
    this.tokenSuccessCodes = b.tokenSuccessCodes;
    this.visitHistory = b.visitHistory;
    this.readLimits = b.readLimits;
    this.messages = new JsonMessages(b.readLimits);
    this.tokenAnswers = tokenAnswerTable();
    this.cardAnswers = cardAnswerTable();
  }

  /**
   * Returns the shared instance with the defaults: card-check success {@code 000} to {@code 004}, token success
   * {@code 200}, the visit history dropped.
   *
   * @return the default mapping
   */
  public static HealthInsuranceJson get() {
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

  private AnswerStatus classify(Set<String> success, ResultCode code, @Nullable String message) {
    return success.contains(code.value()) ? AnswerStatus.success(code, message) : AnswerStatus.failure(code, message);
  }

  private MessageTable<CardCheckTokenAnswer> tokenAnswerTable() {
    MessageTable.Builder<CardCheckTokenAnswer> t =
        MessageTable.<CardCheckTokenAnswer>builder("a token answer (maKetQua, APIKey)")
        .foreign("maThe", "a card check's answer (maThe)")
        .foreign("hoTen", "a card check's answer (hoTen)")
        .foreign("service", "a portal call (service)");
    Field<CardCheckTokenAnswer, ResultCode> code =
        t.field("maKetQua", RESULT_CODE, a -> a.status().code()).required().identifies();
    Field<CardCheckTokenAnswer, String> message = t.field("ghiChu", TEXT, a -> a.status().message());
    Field<CardCheckTokenAnswer, ApiKey> key = t.field("APIKey", API_KEY, CardCheckTokenAnswer::apiKey);
    return t.build(
        v -> new CardCheckTokenAnswer(classify(tokenSuccessCodes, v.need(code), v.get(message)), v.get(key)));
  }

  private MessageTable<CardCheckAnswer> cardAnswerTable() {
    MessageTable.Builder<CardCheckAnswer> t = MessageTable.<CardCheckAnswer>builder("a card check's answer (maKetQua)")
        .foreign("APIKey", "a token answer (APIKey)")
        .foreign("service", "a portal call (service)");
    Field<CardCheckAnswer, ResultCode> code =
        t.field("maKetQua", RESULT_CODE, a -> a.status().code()).required().identifies();
    Field<CardCheckAnswer, String> note = t.field("ghiChu", TEXT, a -> a.status().message());
    Field<CardCheckAnswer, String> card = t.field("maThe", TEXT, CardCheckAnswer::cardCode);
    Field<CardCheckAnswer, String> name = t.field("hoTen", TEXT, CardCheckAnswer::name);
    Field<CardCheckAnswer, String> born = t.field("ngaySinh", TEXT, CardCheckAnswer::birthDate);
    Field<CardCheckAnswer, String> address = t.field("diaChi", TEXT, CardCheckAnswer::address);
    Field<CardCheckAnswer, String> sex = t.field("gioiTinh", TEXT, CardCheckAnswer::sex);
    Field<CardCheckAnswer, String> clinic = t.field("maDKBD", TEXT, CardCheckAnswer::initialClinic);
    Field<CardCheckAnswer, String> office = t.field("cqBHXH", TEXT, CardCheckAnswer::insuranceOffice);
    Field<CardCheckAnswer, String> from = t.field("gtTheTu", TEXT, CardCheckAnswer::validFrom);
    Field<CardCheckAnswer, String> to = t.field("gtTheDen", TEXT, CardCheckAnswer::validTo);
    Field<CardCheckAnswer, String> area = t.field("maKV", TEXT, CardCheckAnswer::areaCode);
    Field<CardCheckAnswer, String> five = t.field("ngayDu5Nam", TEXT, CardCheckAnswer::fiveYearsFrom);
    Field<CardCheckAnswer, String> social = t.field("maSoBHXH", TEXT, CardCheckAnswer::socialInsuranceNumber);
    Field<CardCheckAnswer, String> oldCard = t.field("maTheCu", TEXT, CardCheckAnswer::oldCardCode);
    Field<CardCheckAnswer, String> newCard = t.field("maTheMoi", TEXT, CardCheckAnswer::newCardCode);
    Field<CardCheckAnswer, String> newFrom = t.field("gtTheTuMoi", TEXT, CardCheckAnswer::newValidFrom);
    Field<CardCheckAnswer, String> newTo = t.field("gtTheDenMoi", TEXT, CardCheckAnswer::newValidTo);
    Field<CardCheckAnswer, List<Visit>> visits = t.field("dsLichSuKCB2018",
        visitHistory ? Forms.list(VISIT) : VISITS_DROPPED, CardCheckAnswer::visits);
    Field<CardCheckAnswer, List<CheckLog>> checks = t.field("dsLichSuKT2018", Forms.list(CHECK),
        CardCheckAnswer::checks);
    return t.build(v -> new CardCheckAnswer(classify(successCodes, v.need(code), v.get(note)), v.get(card),
        v.get(name), v.get(born), v.get(address), v.get(sex), v.get(clinic), v.get(office), v.get(from), v.get(to),
        v.get(area), v.get(five), v.get(social), v.get(oldCard), v.get(newCard), v.get(newFrom), v.get(newTo),
        v.get(visits), v.get(checks, List.of())));
  }

  // ---- the token call ----

  /**
   * Reads a token call, as a fake gateway does.
   *
   * @param json UTF-8 JSON
   * @return the call and the fields not mapped
   * @throws JsonDecodingException if the JSON is malformed, is another message ({@link
   *     JsonDecodingException.Reason#WRONG_MESSAGE}) or {@code username} or {@code password} is missing
   */
  public Decoded<CardCheckTokenRequest> decodeTokenRequest(byte[] json) {
    return messages.request(json, TOKEN_REQUEST);
  }

  /**
   * Writes a token call.
   *
   * @param request the call
   * @return UTF-8 JSON
   */
  public byte[] writeTokenRequest(CardCheckTokenRequest request) {
    return messages.write(Decoded.of(Objects.requireNonNull(request, "request")), TOKEN_REQUEST);
  }

  /**
   * Reads the gateway's answer to the token call.
   *
   * @param json UTF-8 JSON (or a gateway's XML fault)
   * @return the answer and the fields not mapped
   * @throws JsonDecodingException if the JSON is malformed, is another message or {@code maKetQua} is missing
   */
  public Decoded<CardCheckTokenAnswer> decodeTokenAnswer(byte[] json) {
    return messages.answer(json, tokenAnswers, f -> new CardCheckTokenAnswer(AnswerStatus.of(f), null));
  }

  /**
   * Writes a token answer, as a fake gateway does.
   *
   * @param answer the answer and its unknown fields
   * @return UTF-8 JSON
   * @throws IllegalArgumentException if it is a gateway's fault (which has no {@code maKetQua})
   */
  public byte[] writeTokenAnswer(Decoded<CardCheckTokenAnswer> answer) {
    return messages.write(answer, tokenAnswers);
  }

  /**
   * Writes a token answer, as a fake gateway does.
   *
   * @param answer the answer
   * @return UTF-8 JSON
   * @throws IllegalArgumentException if it is a gateway's fault (which has no {@code maKetQua})
   */
  public byte[] writeTokenAnswer(CardCheckTokenAnswer answer) {
    return writeTokenAnswer(Decoded.of(Objects.requireNonNull(answer, "answer")));
  }

  // ---- the card check ----

  /**
   * Reads a card check, as a fake gateway does.
   *
   * @param json UTF-8 JSON
   * @return the check and the fields not mapped
   * @throws JsonDecodingException if the JSON is malformed, is another message or {@code maThe}, {@code hoTen} or
   *     {@code ngaySinh} is missing
   */
  public Decoded<CardCheckRequest> decodeCardCheckRequest(byte[] json) {
    return messages.request(json, CARD_REQUEST);
  }

  /**
   * Writes a card check.
   *
   * @param request the check and its unknown fields
   * @return UTF-8 JSON
   */
  public byte[] writeCardCheckRequest(Decoded<CardCheckRequest> request) {
    return messages.write(request, CARD_REQUEST);
  }

  /**
   * Writes a card check.
   *
   * @param request the check
   * @return UTF-8 JSON
   */
  public byte[] writeCardCheckRequest(CardCheckRequest request) {
    return writeCardCheckRequest(Decoded.of(Objects.requireNonNull(request, "request")));
  }

  /**
   * Reads the gateway's answer to a card check. The visit history is read past unless this instance was built with
   * {@link Builder#visitHistory(boolean) visitHistory(true)}.
   *
   * @param json UTF-8 JSON (or a gateway's XML fault)
   * @return the answer and the fields not mapped
   * @throws JsonDecodingException if the JSON is malformed, is another message or {@code maKetQua} is missing
   */
  public Decoded<CardCheckAnswer> decodeCardCheckAnswer(byte[] json) {
    return messages.answer(json, cardAnswers, f -> CardCheckAnswer.fault(AnswerStatus.of(f)));
  }

  /**
   * Writes a card check's answer, as a fake gateway does; its visits are written when it has them.
   *
   * @param answer the answer and its unknown fields
   * @return UTF-8 JSON
   * @throws IllegalArgumentException if it is a gateway's fault (which has no {@code maKetQua})
   */
  public byte[] writeCardCheckAnswer(Decoded<CardCheckAnswer> answer) {
    return messages.write(answer, cardAnswers);
  }

  /**
   * Writes a card check's answer, as a fake gateway does.
   *
   * @param answer the answer
   * @return UTF-8 JSON
   * @throws IllegalArgumentException if it is a gateway's fault (which has no {@code maKetQua})
   */
  public byte[] writeCardCheckAnswer(CardCheckAnswer answer) {
    return writeCardCheckAnswer(Decoded.of(Objects.requireNonNull(answer, "answer")));
  }

  // ---- configuration ----

  /**
   * Returns whether the visit history is mapped.
   *
   * @return {@code false} by default
   */
  public boolean visitHistory() {
    return visitHistory;
  }

  /**
   * Returns the card-check codes that mean success.
   *
   * @return the codes as text
   */
  public Set<String> successCodes() {
    return successCodes;
  }

  /**
   * Returns the token-call codes that mean success.
   *
   * @return the codes as text
   */
  public Set<String> tokenSuccessCodes() {
    return tokenSuccessCodes;
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
    return "HealthInsuranceJson[successCodes=" + successCodes + ", tokenSuccessCodes=" + tokenSuccessCodes
        + ", visitHistory=" + visitHistory + ']';
  }

  /**
   * Configures a {@link HealthInsuranceJson}.
   *
   * <pre>{@code
   * HealthInsuranceJson clinic = HealthInsuranceJson.builder().visitHistory(true).build();
   * }</pre>
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private Set<String> successCodes = Set.of("000", "001", "002", "003", "004");
    private Set<String> tokenSuccessCodes = Set.of("200");
    private boolean visitHistory;
    private ReadLimits readLimits = ReadLimits.defaults();

    private Builder() {}

    /**
     * Sets the safety limits of reading ({@link ReadLimits#defaults()} by default).
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder readLimits(ReadLimits limits) {
      this.readLimits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets whether the card check's visit history ({@code dsLichSuKCB2018}, with diagnoses) is mapped: {@code false}
     * by default, when it is read past and kept nowhere. Ask for it only when the purpose of the processing needs
     * it: it is sensitive personal data.
     *
     * @param map whether to map it
     * @return this builder
     */
    public Builder visitHistory(boolean map) {
      this.visitHistory = map;
      return this;
    }

    /**
     * Sets the card-check codes that mean success ({@code 000} to {@code 004} by default).
     *
     * @param codes the codes, at least one
     * @return this builder
     * @throws IllegalArgumentException if there is none, or one is blank or has surrounding white space
     */
    public Builder successCodes(String... codes) {
      this.successCodes = JsonMessages.codes(List.of(codes), true);
      return this;
    }

    /**
     * Sets the token-call codes that mean success ({@code 200} by default).
     *
     * @param codes the codes, at least one
     * @return this builder
     * @throws IllegalArgumentException if there is none, or one is blank or has surrounding white space
     */
    public Builder tokenSuccessCodes(String... codes) {
      this.tokenSuccessCodes = JsonMessages.codes(List.of(codes), true);
      return this;
    }

    /**
     * Builds the mapping.
     *
     * @return an immutable, thread-safe mapping
     */
    public HealthInsuranceJson build() {
      return new HealthInsuranceJson(this);
    }
  }
}
