package dev.egov.json.gateway;

import static dev.egov.json.internal.wire.Forms.CODE;
import static dev.egov.json.internal.wire.Forms.TEXT;

import com.fasterxml.jackson.core.JsonToken;
import dev.egov.json.AnswerStatus;
import dev.egov.json.Decoded;
import dev.egov.json.GatewayFault;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.json.ReadLimits;
import dev.egov.json.ResultCode;
import dev.egov.json.internal.JsonMessages;
import dev.egov.json.internal.wire.Field;
import dev.egov.json.internal.wire.Form;
import dev.egov.json.internal.wire.GatewayFaults;
import dev.egov.json.internal.wire.MessageTable;
import dev.egov.json.internal.wire.WireReader;
import dev.egov.json.internal.wire.WireWriter;
import java.io.IOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The JSON bodies of the gateways in front of the national systems (docs/gateways.md): a token endpoint's answer
 * (WSO2 API Manager, an LGSP built by VNPT), the JSON inside the {@code lgspaccesstoken} header, and an X-Road
 * security server's error; read tolerantly and written exactly. The headers themselves are value types of this
 * package: {@link TokenRequest}, {@link LgspAccessToken}, {@link XRoadRequestHeaders}, {@link XRoadResponseHeaders},
 * {@link PopulationCallSigner}.
 *
 * <pre>{@code
 * GatewayJson gateways = GatewayJson.get();
 * TokenAnswer token = gateways.decodeTokenAnswer(tokenBody).value();
 * switch (token.status().outcome()) {
 *   case SUCCESS -> useToken(token.authorization());                      // "Bearer …"
 *   case FAILURE -> alertOperator(token.error().orElseThrow());           // invalid_client: wrong key or secret
 *   case GATEWAY_FAULT -> handle(token.status().gatewayFault());          // 900800: wait until nextAccess()
 *   default -> throw new IllegalStateException();
 * }
 * }</pre>
 *
 * <h2>Messages and refusals</h2>
 * Each reader reads its own message and refuses every other with {@link Reason#WRONG_MESSAGE}, naming what it
 * found (a field's name, never a value). The token answer is an answer: a WSO2 fault in any form (JSON, legacy JSON,
 * XML) or an X-Road error given to it is an answer whose outcome is {@link AnswerStatus.Outcome#GATEWAY_FAULT},
 * while the token endpoint's own refusal {@code {error, error_description}} is a {@link
 * AnswerStatus.Outcome#FAILURE} whose code is {@code error}. The LGSP token's JSON and the X-Road error are not
 * answers: a gateway fault given to them is {@code WRONG_MESSAGE}.
 *
 * <p>No reader, writer or {@code toString} shows a token, a key or a secret. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class GatewayJson {

  /** A number of seconds: a JSON number or a string of digits in, a JSON number out (as token endpoints write it). */
  private static final Form<Long> SECONDS = new Form<>() {
    @Override
    public @Nullable Long read(WireReader r) throws IOException {
      return r.amount();
    }

    @Override
    public void write(WireWriter w, Long value, @Nullable String pointer) throws IOException {
      w.generator().writeNumber(value.longValue());
    }
  };

  /** A text kept exactly as written, the empty text included: the fields of the LGSP token are all always sent. */
  private static final Form<String> EXACT = new Form<>() {
    @Override
    public @Nullable String read(WireReader r) throws IOException {
      if (r.token() != JsonToken.VALUE_STRING && r.token() != JsonToken.VALUE_NULL) {
        throw r.error(Reason.UNEXPECTED_TYPE, "expected a text");
      }
      return r.raw();
    }

    @Override
    public void write(WireWriter w, String value, @Nullable String pointer) throws IOException {
      w.string(value);
    }

    @Override
    public boolean absent(@Nullable String value) {
      return value == null;
    }
  };

  /** {@code {access_token, token_type, expires_in, scope}} or {@code {error, error_description}}. */
  static final MessageTable<TokenAnswer> TOKEN_ANSWER;

  static {
    MessageTable.Builder<TokenAnswer> t =
        MessageTable.<TokenAnswer>builder("a token answer (access_token or error)")
            .foreign("maKetQua", "a health-insurance answer (maKetQua)")
            .foreign("AccessKey", "an LGSP access token (AccessKey)")
            .foreign("service", "a portal call (service)")
            .foreign("grant_type", "a token call (grant_type)");
    Field<TokenAnswer, String> access = t.field("access_token", TEXT, TokenAnswer::accessToken).identifies();
    Field<TokenAnswer, String> type = t.field("token_type", TEXT, TokenAnswer::tokenType);
    Field<TokenAnswer, Long> expires = t.field("expires_in", SECONDS, TokenAnswer::expiresIn);
    Field<TokenAnswer, String> scope = t.field("scope", TEXT, TokenAnswer::scope);
    Field<TokenAnswer, String> error = t.field("error", CODE,
        a -> a.status().outcome() == AnswerStatus.Outcome.FAILURE ? a.error().orElse(null) : null).identifies();
    Field<TokenAnswer, String> description = t.field("error_description", TEXT,
        a -> a.status().outcome() == AnswerStatus.Outcome.FAILURE ? a.status().message() : null);
    TOKEN_ANSWER = t.build(v -> {
      String code = v.get(error);
      if (code != null) {
        return new TokenAnswer(AnswerStatus.failure(ResultCode.of(code), v.get(description)), v.get(access),
            v.get(type), v.get(expires), v.get(scope));
      }
      String token = v.get(access);
      if (token == null) {
        throw v.invalid(access, Reason.MISSING_FIELD, "required when there is no error");
      }
      return new TokenAnswer(AnswerStatus.ok(), token, v.get(type), v.get(expires), v.get(scope));
    });
  }

  /** {@code {AccessKey, SecretKey, AppName, PartnerCode, PartnerCodeCus}}, in that order. */
  static final MessageTable<LgspAccessToken> LGSP_TOKEN;

  static {
    MessageTable.Builder<LgspAccessToken> t =
        MessageTable.<LgspAccessToken>builder("an LGSP access token (AccessKey, SecretKey, …)")
            .foreign("access_token", "a token answer (access_token)")
            .foreign("service", "a portal call (service)");
    Field<LgspAccessToken, String> access = t.field("AccessKey", EXACT, LgspAccessToken::accessKey).identifies();
    Field<LgspAccessToken, String> secret = t.field("SecretKey", EXACT, LgspAccessToken::secretKey);
    Field<LgspAccessToken, String> app = t.field("AppName", EXACT, LgspAccessToken::appName);
    Field<LgspAccessToken, String> partner = t.field("PartnerCode", EXACT, LgspAccessToken::partnerCode);
    Field<LgspAccessToken, String> cus = t.field("PartnerCodeCus", EXACT, LgspAccessToken::partnerCodeCus);
    LGSP_TOKEN = t.build(v -> {
      for (Field<LgspAccessToken, String> f : java.util.List.of(access, secret, app, partner, cus)) {
        if (v.get(f) == null) {
          throw v.invalid(f, Reason.MISSING_FIELD, "always sent (empty when the LGSP issued none)");
        }
      }
      if (v.need(access).isBlank()) {
        throw v.invalid(access, Reason.MISSING_FIELD, "not blank");
      }
      if (v.need(secret).isBlank()) {
        throw v.invalid(secret, Reason.MISSING_FIELD, "not blank");
      }
      return new LgspAccessToken(v.need(access), v.need(secret), v.need(app), v.need(partner), v.need(cus));
    });
  }

  /** {@code {type, message, detail}}. */
  static final MessageTable<XRoadError> XROAD_ERROR;

  static {
    MessageTable.Builder<XRoadError> t = MessageTable.<XRoadError>builder("an X-Road error (type, message, detail)")
        .foreign("error_code", "a portal answer (error_code)")
        .foreign("access_token", "a token answer (access_token)")
        .foreign("service", "a portal call (service)");
    Field<XRoadError, String> type = t.field("type", CODE, XRoadError::type).required().identifies();
    Field<XRoadError, String> message = t.field("message", TEXT, XRoadError::message);
    Field<XRoadError, String> detail = t.field("detail", TEXT, XRoadError::detail);
    XROAD_ERROR = t.build(v -> {
      String code = v.need(type);
      if (!XRoadError.isXRoadType(code)) {
        throw new JsonDecodingException(Reason.WRONG_MESSAGE, "", "expected an X-Road error (type Client… or "
            + "Server…), found another type: the provider's own answer");
      }
      return new XRoadError(code, v.get(message), v.get(detail));
    });
  }

  /** The defaults; after the tables, which it needs. */
  private static final GatewayJson DEFAULTS = builder().build();

  private final ReadLimits readLimits;
  private final JsonMessages messages;

  private GatewayJson(Builder b) {
    this.readLimits = b.readLimits;
    this.messages = new JsonMessages(b.readLimits);
  }

  /**
   * Returns the shared instance, reading with {@link ReadLimits#defaults()}.
   *
   * @return the default mapping
   */
  public static GatewayJson get() {
    return DEFAULTS;
  }

  /**
   * Starts a configuration.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Reads a message that is not an answer; WSO2's XML fault is another message, not malformed JSON. */
  private <T> Decoded<T> request(byte[] json, MessageTable<T> table) {
    Objects.requireNonNull(json, "json");
    try {
      return messages.request(json, table);
    } catch (JsonDecodingException e) {
      if (e.reason() == Reason.MALFORMED) {
        GatewayFault xml = GatewayFaults.inXml(json);
        if (xml != null) {
          throw new JsonDecodingException(Reason.WRONG_MESSAGE, "", "expected " + table.what()
              + ", found a gateway fault (" + xml.form() + (xml.code() == null ? "" : " " + xml.code()) + ')');
        }
      }
      throw e;
    }
  }

  // ---- token endpoints ----

  /**
   * Reads a token endpoint's answer (WSO2 API Manager's {@code /token}, an LGSP's).
   *
   * @param json UTF-8 JSON (or a gateway's XML fault)
   * @return the answer and the fields not mapped ({@code refresh_token}, {@code id_token}: kept, never printed)
   * @throws JsonDecodingException if the JSON is malformed, is another message ({@link Reason#WRONG_MESSAGE}) or
   *     has {@code access_token} absent without {@code error}
   */
  public Decoded<TokenAnswer> decodeTokenAnswer(byte[] json) {
    return messages.answer(json, TOKEN_ANSWER, f -> new TokenAnswer(AnswerStatus.of(f), null, null, null, null));
  }

  /**
   * Writes a token endpoint's answer, as a fake gateway does.
   *
   * @param answer the answer and its unknown fields
   * @return UTF-8 JSON
   * @throws IllegalArgumentException if it is a gateway's fault (which is not the token endpoint's to write)
   */
  public byte[] writeTokenAnswer(Decoded<TokenAnswer> answer) {
    if (answer.value().status().outcome() == AnswerStatus.Outcome.GATEWAY_FAULT) {
      throw new IllegalArgumentException("A gateway fault is not a token answer");
    }
    return messages.write(answer, TOKEN_ANSWER);
  }

  /**
   * Writes a token endpoint's answer, as a fake gateway does.
   *
   * @param answer the answer
   * @return UTF-8 JSON
   * @throws IllegalArgumentException if it is a gateway's fault
   */
  public byte[] writeTokenAnswer(TokenAnswer answer) {
    return writeTokenAnswer(Decoded.of(Objects.requireNonNull(answer, "answer")));
  }

  // ---- the LGSP access token ----

  /**
   * Reads the JSON an {@code lgspaccesstoken} header encodes (after Base64: {@link LgspAccessToken#decode(String)}
   * does both).
   *
   * @param json UTF-8 JSON
   * @return the token and the fields not mapped (never printed: see {@link dev.egov.json.UnknownField})
   * @throws JsonDecodingException if the JSON is malformed, is another message or one of the five fields is absent
   *     ({@link Reason#MISSING_FIELD}; the keys also when blank)
   */
  public Decoded<LgspAccessToken> decodeLgspAccessToken(byte[] json) {
    return request(json, LGSP_TOKEN);
  }

  /**
   * Writes the JSON of an {@code lgspaccesstoken} header: compact, the five fields in their order, all of them always.
   *
   * @param token the token
   * @return UTF-8 JSON, before Base64
   */
  public byte[] writeLgspAccessToken(LgspAccessToken token) {
    return messages.write(Decoded.of(Objects.requireNonNull(token, "token")), LGSP_TOKEN);
  }

  // ---- X-Road errors ----

  /**
   * Reads an X-Road security server's error.
   *
   * @param header the {@code X-Road-Error} header's value, or {@code null} if the answer had none
   * @param json the body, UTF-8 JSON
   * @return the error and the fields not mapped
   * @throws JsonDecodingException if the JSON is malformed; is another message, a gateway fault of another form or a
   *     provider's error whose {@code type} is not X-Road's ({@link Reason#WRONG_MESSAGE}); has no {@code type}
   *     ({@link Reason#MISSING_FIELD}); or names another type than the header ({@link Reason#INVALID_VALUE})
   */
  public Decoded<XRoadError> decodeXRoadError(@Nullable String header, byte[] json) {
    Decoded<XRoadError> read = request(json, XROAD_ERROR);
    if (header != null && !header.isBlank() && !header.strip().equals(read.value().type())) {
      throw new JsonDecodingException(Reason.INVALID_VALUE, "/type", "the X-Road-Error header names another type");
    }
    return read;
  }

  /**
   * Writes an X-Road error's body, as a fake security server does ({@link XRoadError#headers()} gives its headers).
   *
   * @param error the error and its unknown fields
   * @return UTF-8 JSON
   */
  public byte[] writeXRoadError(Decoded<XRoadError> error) {
    return messages.write(error, XROAD_ERROR);
  }

  /**
   * Writes an X-Road error's body, as a fake security server does.
   *
   * @param error the error
   * @return UTF-8 JSON
   */
  public byte[] writeXRoadError(XRoadError error) {
    return writeXRoadError(Decoded.of(Objects.requireNonNull(error, "error")));
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
    return "GatewayJson[readLimits=" + readLimits + ']';
  }

  /**
   * Configures a {@link GatewayJson}.
   *
   * <pre>{@code
   * GatewayJson strict = GatewayJson.builder().readLimits(ReadLimits.defaults()).build();
   * }</pre>
   *
   * @since 0.1.0
   */
  public static final class Builder {
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
     * Builds the mapping.
     *
     * @return an immutable, thread-safe mapping
     */
    public GatewayJson build() {
      return new GatewayJson(this);
    }
  }
}
