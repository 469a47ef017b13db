package dev.egov.json.population;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import dev.egov.json.AnswerStatus;
import dev.egov.json.Decoded;
import dev.egov.json.GatewayFault;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.json.ResultCode;
import dev.egov.json.UnknownField;
import dev.egov.json.internal.ReadGuard;
import dev.egov.json.internal.WireScalars;
import dev.egov.json.internal.wire.GatewayFaults;
import dev.egov.json.internal.wire.MessageTable;
import dev.egov.json.internal.wire.Wire;
import dev.egov.json.internal.wire.WireReader;
import dev.egov.json.internal.wire.WireWriter;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.person.Citizen;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The population database's messages in their three forms, on the wire kernel: the SOAP envelope, the gateway's JSON
 * envelopes and the JSON form's {@code {error_code, message, data}} around the structures of {@link
 * PopulationTables}.
 */
final class PopulationMessages {

  static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
  static final String OPERATIONS = "http://dancuquocgia.bca";
  static final String CITIZENS = "http://www.mic.gov.vn/dancu/1.0";

  static final String LOOKUP = "TraCuuThongTinCongDan";
  static final String VERIFICATION = "XacThucThongTinCongDan";

  /** What each answer reader expects, for {@link Reason#WRONG_MESSAGE}'s message. */
  static final String LOOKUP_JSON = "a look-up answer in the JSON form (error_code, data)";
  static final String VERIFICATION_JSON = "a verification answer in the JSON form (error_code, data)";
  static final String LOOKUP_ENVELOPE = "a look-up answer in a SOAP-in-JSON envelope (error_code, message)";
  static final String VERIFICATION_ENVELOPE = "a verification answer in a SOAP-in-JSON envelope (error_code, message)";
  static final String LOOKUP_SOAP = "a look-up answer (CongdanCollection)";
  static final String VERIFICATION_SOAP = "a verification answer (XacThucThongTinCongDanResponse)";

  private static final SerializableString BODY = new SerializedString("Body");
  private static final SerializableString CONG_DAN = new SerializedString("CongDan");
  private static final SerializableString COLLECTION = new SerializedString("CongdanCollection");
  private static final SerializableString DATA = new SerializedString("data");
  private static final SerializableString ERROR_CODE = new SerializedString("error_code");
  private static final SerializableString FAULT = new SerializedString("Fault");
  private static final SerializableString FAULT_CODE = new SerializedString("faultcode");
  private static final SerializableString FAULT_STRING = new SerializedString("faultstring");
  private static final SerializableString KET_QUA = new SerializedString("KetQuaXacThuc");
  private static final SerializableString MESSAGE = new SerializedString("message");
  private static final SerializableString TON_TAI = new SerializedString("TonTai");
  private static final SerializableString LOOKUP_RESPONSE = new SerializedString("TraCuuThongTinCongDanResponse");
  private static final SerializableString VERIFICATION_RESPONSE =
      new SerializedString("XacThucThongTinCongDanResponse");

  private static final Set<String> ENVELOPE = Set.of("error_code", "message", "data");
  private static final Set<String> NONE = Set.of();

  private final JsonMapper json;
  private final XmlMapper xml;
  private final ReadGuard guard;
  private final Set<String> successCodes;
  private final String firstSuccessCode;
  private final MessageTable<PopulationTables.Request> lookupJson;
  private final MessageTable<PopulationTables.Request> lookupSoap;
  private final MessageTable<PopulationTables.Request> verificationJson;
  private final MessageTable<PopulationTables.Request> verificationSoap;

  PopulationMessages(JsonMapper json, XmlMapper xml, ReadGuard guard, Set<String> successCodes,
      String firstSuccessCode) {
    this.json = json;
    this.xml = xml;
    this.guard = guard;
    this.successCodes = successCodes;
    this.firstSuccessCode = firstSuccessCode;
    this.lookupJson = PopulationTables.request(requestWhat(LOOKUP), true);
    this.lookupSoap = PopulationTables.request(requestWhat(LOOKUP), false);
    this.verificationJson = PopulationTables.request(requestWhat(VERIFICATION), true);
    this.verificationSoap = PopulationTables.request(requestWhat(VERIFICATION), false);
  }

  /** What a message's reader does with the fields of an object it understands. */
  interface Fields {
    /** Reads the field just entered (the reader on its value); returns false if not one of its own. */
    boolean read(WireReader r, String name) throws IOException;
  }

  // ================================================================ reading: entry

  /** Reads a whole payload (its root must be an object), addresses without a district of {@code era}. */
  <T> Decoded<T> decode(byte[] payload, boolean isXml, AdministrativeEra era, Wire.Body<T> body) {
    return parse(payload, isXml, era, "", body);
  }

  private <T> Decoded<T> parse(byte[] payload, boolean isXml, AdministrativeEra era, String prefix,
      Wire.Body<T> body) {
    return Wire.decode(guard, isXml ? xml.getFactory() : json.getFactory(), payload, isXml, prefix,
        r -> r.context(era).dropEmptyUnknowns().keepEmptyNames(), r -> {
          if (r.token() != JsonToken.START_OBJECT) {
            throw new JsonDecodingException(Reason.UNEXPECTED_TYPE, prefix, "expected an object");
          }
          return body.read(r);
        });
  }

  // ================================================================ reading: what a payload is

  /**
   * Recognises a gateway's fault in any form (WSO2's JSON, legacy JSON and XML, X-Road, OAuth), whatever form the
   * reader expected: a gateway answers in its own form.
   *
   * @return the fault, or {@code null} if the payload is not one
   */
  @Nullable GatewayFault gatewayFault(byte[] payload) {
    int first = GatewayFaults.leading(payload);
    if (first == '<') {
      return GatewayFaults.inXml(xml.getFactory().getXMLInputFactory(), payload);
    }
    return first == '{' ? GatewayFaults.sniffJson(json.getFactory(), payload).fault() : null;
  }

  /**
   * Refines a reader's error for a payload in the other form: JSON given to the SOAP reader, XML to a JSON one, is
   * another message ({@link Reason#WRONG_MESSAGE}, naming what was found); any other error stands.
   */
  JsonDecodingException refine(JsonDecodingException e, byte[] payload, boolean xmlExpected, String expected) {
    if (e.reason() != Reason.MALFORMED && e.reason() != Reason.UNEXPECTED_TYPE) {
      return e;
    }
    int first = GatewayFaults.leading(payload);
    if (xmlExpected && (first == '{' || first == '[')) {
      GatewayFaults.Sniff sniff = GatewayFaults.sniffJson(json.getFactory(), payload);
      return new JsonDecodingException(Reason.WRONG_MESSAGE, "", "expected " + expected + ", found JSON ("
          + sniff.describe() + ")");
    }
    if (!xmlExpected && first == '<') {
      return new JsonDecodingException(Reason.WRONG_MESSAGE, "", "expected " + expected + ", found XML");
    }
    if (!xmlExpected && first == '[' && e.field().isEmpty()) {
      return new JsonDecodingException(Reason.WRONG_MESSAGE, "", "expected " + expected
          + ", found a list (a portal body without envelope?)");
    }
    return e;
  }

  // ================================================================ reading: answers

  Wire.Body<LookupAnswer> lookupAnswer(WireForm form, AdministrativeEra era) {
    switch (form) {
      case SOAP:
        return this::soapLookupAnswer;
      case SOAP_IN_JSON:
        return r -> envelope(r, LOOKUP_ENVELOPE, null, (code, message, at, data) -> {
          if (!isSuccess(code)) {
            return LookupAnswer.failed(AnswerStatus.failure(code, message));
          }
          LookupAnswer inner = nested(r, at, soapText(message, LOOKUP_ENVELOPE), era, this::soapLookupAnswer);
          return inner.status().success()
              ? new LookupAnswer(AnswerStatus.success(code, null), inner.citizens()) : inner;
        });
      default:
        return r -> {
          List<Citizen> citizens = new ArrayList<>(1);
          return envelope(r, LOOKUP_JSON, (w, name) -> {
            if (!name.equals("data") && !name.equals("result")) {
              return false;
            }
            citizens(w, citizens);
            return true;
          }, (code, message, at, data) -> {
            AnswerStatus status = status(code, message);
            if (status.success() && !data) {
              throw withoutData(LOOKUP_JSON, message);
            }
            return new LookupAnswer(status, citizens);
          });
        };
    }
  }

  Wire.Body<VerificationAnswer> verificationAnswer(WireForm form, AdministrativeEra era) {
    switch (form) {
      case SOAP:
        return this::soapVerificationAnswer;
      case SOAP_IN_JSON:
        return r -> envelope(r, VERIFICATION_ENVELOPE, null, (code, message, at, data) -> {
          if (!isSuccess(code)) {
            return new VerificationAnswer(AnswerStatus.failure(code, message), null);
          }
          VerificationAnswer inner =
              nested(r, at, soapText(message, VERIFICATION_ENVELOPE), era, this::soapVerificationAnswer);
          return inner.status().success()
              ? new VerificationAnswer(AnswerStatus.success(code, null), inner.exists()) : inner;
        });
      default:
        return r -> {
          Boolean[] exists = new Boolean[1];
          return envelope(r, VERIFICATION_JSON, (w, name) -> {
            if (!name.equals("data") && !name.equals("result")) {
              return false;
            }
            if (w.token() == JsonToken.START_ARRAY) {
              throw w.error(Reason.WRONG_MESSAGE,
                  "expected " + VERIFICATION_JSON + ", found a list in " + name + " (a look-up answer's citizens)");
            }
            if (w.object()) {
              int mark = w.mark();
              descend(w, verificationFields(exists));
              if (exists[0] == null && w.mark() > mark) {
                throw w.error(Reason.WRONG_MESSAGE, "expected " + VERIFICATION_JSON + ", found fields in " + name
                    + " and no TonTai");
              }
            }
            return true;
          }, (code, message, at, data) -> {
            AnswerStatus status = status(code, message);
            if (status.success() && !data) {
              throw withoutData(VERIFICATION_JSON, message);
            }
            if (status.success() && exists[0] == null) {
              throw new JsonDecodingException(Reason.MISSING_FIELD, "/data/TonTai", "a value is required");
            }
            return new VerificationAnswer(status, status.success() ? exists[0] : null);
          });
        };
    }
  }

  /** Reads the SOAP document of an envelope's {@code message}; its unknown fields join the envelope's at {@code at}. */
  private <T> T nested(WireReader r, int at, byte[] soap, AdministrativeEra era, Wire.Body<T> body) {
    Decoded<T> inner = parse(soap, true, era, "/message", body);
    r.keep(at, inner.unknownFields());
    return inner.value();
  }

  private interface Envelope<T> {
    /**
     * Makes the answer.
     *
     * @param at where the message's unknown fields belong among the envelope's, to keep document order
     * @param data whether the payload fields ({@code data}) were present
     */
    T answer(ResultCode code, @Nullable String message, int at, boolean data) throws IOException;
  }

  /**
   * Names that, at the top level of a JSON payload, prove it is another message: the portal's calls and answers, a
   * gateway's request envelope, a request of this dialect.
   */
  static @Nullable String foreignJson(String name) {
    switch (name) {
      case "session":
        return "a log-in answer or a portal call (session)";
      case "service":
      case "madonvi":
        return "a portal call (" + name + ")";
      case "accessToken":
      case "lgspAccessToken":
        return "a request in a gateway's envelope (" + name + ")";
      case "MaYeuCau":
      case "maYeuCau":
        return "a request (" + name + ")";
      default:
        return null;
    }
  }

  /** The error for a successful envelope without its payload: another message that happens to carry a code. */
  private static JsonDecodingException withoutData(String expected, @Nullable String message) {
    boolean soap = message != null && message.stripLeading().startsWith("<");
    return new JsonDecodingException(Reason.WRONG_MESSAGE, "/data", "expected " + expected + ", found "
        + (soap ? "a SOAP-in-JSON envelope (message holds a SOAP document)" : "a success without data"));
  }

  /**
   * Reads the gateway envelope {@code {error_code, message, ...}}; {@code more} reads the payload fields. A payload
   * that has none of the envelope's fields, or a name that proves another message, is {@link Reason#WRONG_MESSAGE}.
   */
  private <T> T envelope(WireReader r, String expected, @Nullable Fields more, Envelope<T> answer) throws IOException {
    ResultCode code = null;
    String message = null;
    boolean data = false;
    String first = null;
    int at = 0;
    for (String field = r.nextField(); field != null; field = r.nextField()) {
      r.next();
      if (field.equals("error_code")) {
        code = resultCode(r);
      } else if (field.equals("message")) {
        message = r.code();
        at = r.mark();
      } else if (more != null && more.read(r, field)) {
        data = true;
      } else {
        String other = foreignJson(field);
        if (other != null) {
          throw r.error(Reason.WRONG_MESSAGE, "expected " + expected + ", found " + other);
        }
        if (first == null) {
          first = field;
        }
        r.unknown(field);
      }
    }
    if (code == null) {
      // Without error_code, only a payload of this message (its data, or a SOAP document in message) makes the
      // envelope this message's: {message: "Thành công", data: {…}} is another system's answer.
      if (!data && (message == null || !message.startsWith("<"))) {
        throw new JsonDecodingException(Reason.WRONG_MESSAGE, "", "expected " + expected + ", found "
            + (first == null ? (message == null ? "no field of an answer" : "a message and no error_code")
                : "field " + shortName(first) + " and no error_code"));
      }
      throw r.missing("error_code");
    }
    if (more == null && message == null && first != null && isSuccess(code)) {
      // A SOAP-in-JSON success carries its SOAP document in message; {error_code: "0", data: […]} is the JSON form.
      throw new JsonDecodingException(Reason.WRONG_MESSAGE, "", "expected " + expected + ", found a success with "
          + "field " + shortName(first) + " and no message");
    }
    return answer.answer(code, message, at, data);
  }

  /** A name for a message: at most 40 characters (a name is not a value, but may be long). */
  static String shortName(String name) {
    return name.length() <= 40 ? name : name.substring(0, 40) + "…";
  }

  private static @Nullable ResultCode resultCode(WireReader r) throws IOException {
    JsonToken token = r.token();
    String text = r.code();
    return text == null ? null : new ResultCode(text, token == JsonToken.VALUE_NUMBER_INT);
  }

  private boolean isSuccess(ResultCode code) {
    return successCodes.contains(code.value());
  }

  private AnswerStatus status(ResultCode code, @Nullable String message) {
    return isSuccess(code) ? AnswerStatus.success(code, message) : AnswerStatus.failure(code, message);
  }

  private static byte[] soapText(@Nullable String message, String expected) {
    if (message == null) {
      throw new JsonDecodingException(Reason.MISSING_FIELD, "/message",
          "a successful answer carries the SOAP document in message");
    }
    if (!message.startsWith("<")) {
      throw new JsonDecodingException(Reason.WRONG_MESSAGE, "/message",
          "expected " + expected + ", found a success whose message is text, not a SOAP document");
    }
    return message.getBytes(StandardCharsets.UTF_8);
  }

  /** Reads {@code data}: an array of citizens or, tolerantly, one citizen. */
  private static void citizens(WireReader r, List<Citizen> into) throws IOException {
    JsonToken token = r.token();
    if (token == JsonToken.START_ARRAY) {
      for (JsonToken t = r.next(); t != JsonToken.END_ARRAY; t = r.next()) {
        if (t != JsonToken.VALUE_NULL) {
          into.add(citizen(r));
        }
      }
    } else if (r.object()) {
      into.add(citizen(r));
    }
  }

  /** Reads a {@code CongDan}; an absent one (empty element) is an error. */
  private static Citizen citizen(WireReader r) throws IOException {
    Citizen c = PopulationTables.CITIZEN.read(r);
    if (c == null) {
      throw r.error(Reason.MISSING_FIELD, "a citizen is required");
    }
    return c;
  }

  /**
   * Reads the fields of an object with {@code fields}; descends into the SOAP wrappers ({@code Body}, and elements
   * named {@code ...Response} or {@code ...Result}); keeps every other field as unknown.
   */
  private static void descend(WireReader r, Fields fields) throws IOException {
    for (String field = r.nextField(); field != null; field = r.nextField()) {
      r.next();
      if (!fields.read(r, field)) {
        boolean wrapper = field.equals("Body") || field.endsWith("Response") || field.endsWith("Result");
        if (wrapper && r.token() == JsonToken.START_OBJECT) {
          descend(r, fields);
        } else {
          r.unknown(field);
        }
      }
    }
  }

  /** The first element of a SOAP document that is not the expected message's, and where it is. */
  private static final class Found {
    boolean own;
    @Nullable String name;
    @Nullable String where;

    /** Notes an element that the reader did not claim (the SOAP {@code Header} and {@code Body} excepted). */
    void other(WireReader r, String element) {
      if (name == null && !element.equals("Header") && !element.equals("Body")) {
        name = element;
        where = r.here();
      }
    }

    JsonDecodingException wrong(String expected) {
      return new JsonDecodingException(Reason.WRONG_MESSAGE, where == null ? "/Body" : where,
          "expected " + expected + ", found " + describeSoap(name));
    }
  }

  /** Says what a SOAP element shows the document to be, by its name only. */
  static String describeSoap(@Nullable String element) {
    if (element == null) {
      return "no element of a message";
    }
    switch (element) {
      case LOOKUP:
        return "a look-up request (" + LOOKUP + ")";
      case VERIFICATION:
        return "a verification request (" + VERIFICATION + ")";
      case "TraCuuThongTinCongDanResponse":
      case "CongdanCollection":
      case "CongDan":
        return "a look-up answer (" + element + ")";
      case "XacThucThongTinCongDanResponse":
      case "KetQuaXacThuc":
        return "a verification answer (" + element + ")";
      default:
        return "element " + shortName(element);
    }
  }

  /**
   * Reads a SOAP look-up answer: {@code CongdanCollection} directly under {@code Body}, as the population database
   * writes it, or inside {@code TraCuuThongTinCongDanResponse} (and a {@code …Result}), as egov wrote it before; a
   * {@code Fault}. A document with none of them is another message.
   */
  private LookupAnswer soapLookupAnswer(WireReader r) throws IOException {
    List<Citizen> citizens = new ArrayList<>(1);
    AnswerStatus[] fault = new AnswerStatus[1];
    Found found = new Found();
    Fields collection = new Fields() {
      int index;

      @Override
      public boolean read(WireReader w, String name) throws IOException {
        if (!name.equals("CongDan")) {
          return false;
        }
        w.index(index++);
        citizens.add(citizen(w));
        return true;
      }
    };
    descend(r, (w, name) -> {
      switch (name) {
        case "CongdanCollection":
          found.own = true;
          if (w.object()) {
            descend(w, collection);
          }
          return true;
        case "CongDan":
          found.own = true;
          return collection.read(w, name);
        case "Fault":
          fault[0] = fault(w);
          return true;
        case "TraCuuThongTinCongDanResponse":
          found.own = true;
          return false;
        default:
          found.other(w, name);
          return false;
      }
    });
    if (fault[0] != null) {
      return LookupAnswer.failed(fault[0]);
    }
    if (!found.own) {
      throw found.wrong(LOOKUP_SOAP);
    }
    return new LookupAnswer(AnswerStatus.ok(), citizens);
  }

  private VerificationAnswer soapVerificationAnswer(WireReader r) throws IOException {
    Boolean[] exists = new Boolean[1];
    AnswerStatus[] fault = new AnswerStatus[1];
    Found found = new Found();
    Fields verification = verificationFields(exists);
    descend(r, (w, name) -> {
      if (name.equals("Fault")) {
        fault[0] = fault(w);
        return true;
      }
      if (name.equals("XacThucThongTinCongDanResponse") || name.equals("KetQuaXacThuc") || name.equals("TonTai")) {
        found.own = true;
      } else {
        found.other(w, name);
      }
      return verification.read(w, name);
    });
    if (fault[0] != null) {
      return new VerificationAnswer(fault[0], null);
    }
    if (!found.own) {
      throw found.wrong(VERIFICATION_SOAP);
    }
    if (exists[0] == null) {
      throw new JsonDecodingException(Reason.MISSING_FIELD,
          "/Body/XacThucThongTinCongDanResponse/KetQuaXacThuc/TonTai", "a value is required");
    }
    return new VerificationAnswer(AnswerStatus.ok(), exists[0]);
  }

  private static Fields verificationFields(Boolean[] exists) {
    return new Fields() {
      @Override
      public boolean read(WireReader w, String name) throws IOException {
        if (name.equals("KetQuaXacThuc")) {
          if (w.object()) {
            descend(w, this);
          }
          return true;
        }
        if (name.equals("TonTai")) {
          String text = w.code();
          exists[0] = text == null ? null : WireScalars.bool(text, w.here());
          return true;
        }
        if (!w.xml() && (name.equals("SoDinhDanh") || name.equals("HoVaTen") || name.equals("CongDan"))) {
          throw w.error(Reason.WRONG_MESSAGE, "expected " + VERIFICATION_JSON + ", found a citizen (" + name + ")");
        }
        return false;
      }
    };
  }

  /** Reads a SOAP 1.1 {@code Fault}: {@code faultcode} and {@code faultstring}; the rest is unknown. */
  private static AnswerStatus fault(WireReader r) throws IOException {
    ResultCode code = null;
    String message = null;
    if (r.object()) {
      for (String field = r.nextField(); field != null; field = r.nextField()) {
        r.next();
        if (field.equals("faultcode")) {
          String text = r.code();
          code = text == null ? null : ResultCode.of(text);
        } else if (field.equals("faultstring")) {
          message = r.code();
        } else {
          r.unknown(field);
        }
      }
    }
    return AnswerStatus.failure(code, message);
  }

  // ================================================================ reading: requests

  /** What a request reader expects, for {@link Reason#WRONG_MESSAGE}'s message. */
  static String requestWhat(String operation) {
    return (operation.equals(LOOKUP) ? "a look-up request (" : "a verification request (") + operation + ')';
  }

  /**
   * Whether a field of a gateway's request envelope is a credential: {@code accessToken}, {@code lgspAccessToken},
   * {@code AuthHash}, and anything named like a token, key, password, secret, hash or session. Never kept.
   */
  static boolean secret(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    return n.contains("token") || n.contains("key") || n.contains("pass") || n.contains("secret") || n.contains("hash")
        || n.contains("session") || n.equals("authorization");
  }

  Wire.Body<PopulationTables.Request> request(WireForm form, String operation, AdministrativeEra era) {
    String expected = requestWhat(operation);
    boolean lookup = operation.equals(LOOKUP);
    if (form == WireForm.JSON) {
      MessageTable<PopulationTables.Request> table = lookup ? lookupJson : verificationJson;
      return table::readObject;
    }
    MessageTable<PopulationTables.Request> table = lookup ? lookupSoap : verificationSoap;
    Wire.Body<PopulationTables.Request> soap = r -> {
      PopulationTables.Request[] request = new PopulationTables.Request[1];
      Found found = new Found();
      descend(r, (w, name) -> {
        if (!name.equals(operation) || !w.object()) {
          found.other(w, name);
          return false;
        }
        request[0] = table.readObject(w);
        return true;
      });
      if (request[0] == null) {
        if (found.name != null) {
          throw found.wrong(expected);
        }
        throw new JsonDecodingException(Reason.MISSING_FIELD, "/Body/" + operation,
            "the operation element is required");
      }
      return request[0];
    };
    if (form == WireForm.SOAP) {
      return soap;
    }
    // SOAP_IN_JSON: a gateway's request envelope {accessToken, lgspAccessToken, AuthHash, data: "<SOAP>"}.
    return r -> {
      PopulationTables.Request request = null;
      String first = null;
      for (String field = r.nextField(); field != null; field = r.nextField()) {
        r.next();
        if (field.equals("data")) {
          if (r.token().isStructStart()) {
            throw r.error(Reason.WRONG_MESSAGE, "expected " + expected
                + " in a gateway's envelope, found data holding JSON, not a SOAP document");
          }
          String text = r.code();
          if (text != null) {
            if (!text.startsWith("<")) {
              throw r.error(Reason.WRONG_MESSAGE, "expected " + expected
                  + " in a gateway's envelope, found data that is not a SOAP document");
            }
            Decoded<PopulationTables.Request> inner =
                parse(text.getBytes(StandardCharsets.UTF_8), true, era, "/data", soap);
            r.keep(r.mark(), inner.unknownFields());
            request = inner.value();
          }
        } else if (secret(field)) {
          r.skip();
        } else {
          String other = field.equals("error_code") ? "an answer (error_code)" : foreignJson(field);
          if (other != null) {
            throw r.error(Reason.WRONG_MESSAGE, "expected " + expected + " in a gateway's envelope, found " + other);
          }
          if (first == null) {
            first = field;
          }
          r.unknown(field);
        }
      }
      if (request == null) {
        if (first != null) {
          throw new JsonDecodingException(Reason.WRONG_MESSAGE, "", "expected " + expected
              + " in a gateway's envelope, found field " + shortName(first) + " and no data");
        }
        throw r.missing("data");
      }
      return request;
    };
  }

  // ================================================================ writing

  /** Writes one payload: JSON, or XML (the SOAP form) with its declaration. */
  byte[] write(boolean isXml, List<UnknownField> unknown, Wire.Out out) {
    return Wire.encode(isXml ? xml.getFactory() : json.getFactory(), json, unknown, out);
  }

  /** Returns the root pointer of a document nested at {@code at}, or {@code null} when pointers are not tracked. */
  private static @Nullable String root(WireWriter w, String at) {
    return w.tracking() ? at : null;
  }

  /** Starts the SOAP envelope; returns the pointer of {@code Body}. */
  private static @Nullable String soapStart(WireWriter w, @Nullable String root) throws IOException {
    w.prefix("soap", SOAP);
    w.prefix("dan", OPERATIONS);
    w.namespace(SOAP);
    w.rootName("Envelope");
    w.startObject();
    w.putBack(root, "Header"); // first, as SOAP requires
    w.name(BODY);
    w.startObject();
    return WireWriter.child(root, "Body");
  }

  private static void soapEnd(WireWriter w, @Nullable String root, @Nullable String body) throws IOException {
    w.namespace(SOAP);
    w.endObject(body, NONE);
    w.endObject(root, NONE);
  }

  private static void soapFault(WireWriter w, @Nullable String body, AnswerStatus status) throws IOException {
    String at = WireWriter.child(body, "Fault");
    w.name(FAULT);
    w.startObject();
    w.namespace("");
    text(w, at, FAULT_CODE, status.code() == null ? null : status.code().value());
    text(w, at, FAULT_STRING, status.message());
    w.endObject(at, Set.of("faultcode", "faultstring"));
  }

  /** Writes a text field, or, when there is no value, the unknown field of that name put back in place. */
  private static void text(WireWriter w, @Nullable String at, SerializableString name, @Nullable String value)
      throws IOException {
    if (value == null) {
      w.putBack(at, name.getValue());
    } else {
      w.name(name);
      w.string(value);
    }
  }

  /** Writes an answer's SOAP document, whose root is at {@code root}. */
  private interface SoapAnswer {
    void write(WireWriter w, @Nullable String root) throws IOException;
  }

  /** Writes the JSON form's {@code data} under the root at {@code root}; returns false when there is none. */
  private interface JsonData {
    boolean write(WireWriter w, @Nullable String root) throws IOException;
  }

  /** Writes an answer in a form: its SOAP document, that document in the gateway's envelope, or the JSON form. */
  private Wire.Out answer(WireForm form, AnswerStatus status, List<UnknownField> unknown, SoapAnswer soap,
      JsonData data) {
    switch (form) {
      case SOAP:
        return w -> soap.write(w, w.root());
      case SOAP_IN_JSON:
        return w -> envelopeOut(w, status, () -> new String(
            write(true, unknown, inner -> soap.write(inner, root(inner, "/message"))), StandardCharsets.UTF_8));
      default:
        return w -> {
          String root = w.root();
          w.startObject();
          writeCode(w, status);
          text(w, root, MESSAGE, status.message());
          if (!data.write(w, root)) {
            w.putBack(root, "data");
          }
          w.endObject(root, ENVELOPE);
        };
    }
  }

  Wire.Out lookupAnswer(WireForm form, LookupAnswer answer, List<UnknownField> unknown) {
    return answer(form, answer.status(), unknown, (w, root) -> soapLookupAnswer(w, root, answer), (w, root) -> {
      if (!answer.status().success() && answer.citizens().isEmpty()) {
        return false;
      }
      String data = WireWriter.child(root, "data");
      w.name(DATA);
      w.generator().writeStartArray();
      for (int i = 0; i < answer.citizens().size(); i++) {
        PopulationTables.CITIZEN.write(w, answer.citizens().get(i), WireWriter.child(data, i));
      }
      w.generator().writeEndArray();
      return true;
    });
  }

  private static void soapLookupAnswer(WireWriter w, @Nullable String root, LookupAnswer answer) throws IOException {
    String body = soapStart(w, root);
    if (answer.status().success()) {
      // Directly under Body, as the population database answers; inside TraCuuThongTinCongDanResponse only when the
      // answer was read in that shape and has unknown fields there to put back.
      String response = WireWriter.child(body, "TraCuuThongTinCongDanResponse");
      boolean wrapped = w.unknownUnder(response);
      if (wrapped) {
        w.namespace(OPERATIONS);
        w.name(LOOKUP_RESPONSE);
        w.startObject();
      }
      String collection = WireWriter.child(wrapped ? response : body, "CongdanCollection");
      String element = WireWriter.child(collection, "CongDan");
      w.defaultNamespace(CITIZENS);
      w.name(COLLECTION);
      w.startObject();
      for (int i = 0; i < answer.citizens().size(); i++) {
        w.name(CONG_DAN);
        PopulationTables.CITIZEN.write(w, answer.citizens().get(i), WireWriter.child(element, i));
      }
      w.endObject(collection, Set.of("CongDan"));
      if (wrapped) {
        w.namespace(OPERATIONS);
        w.endObject(response, Set.of("CongdanCollection"));
      }
    } else {
      soapFault(w, body, answer.status());
    }
    soapEnd(w, root, body);
  }

  Wire.Out verificationAnswer(WireForm form, VerificationAnswer answer, List<UnknownField> unknown) {
    return answer(form, answer.status(), unknown, (w, root) -> soapVerificationAnswer(w, root, answer), (w, root) -> {
      if (answer.exists() == null) {
        return false;
      }
      String data = WireWriter.child(root, "data");
      w.name(DATA);
      w.startObject();
      w.name(TON_TAI);
      w.bool(answer.exists());
      w.endObject(data, Set.of("TonTai", "KetQuaXacThuc"));
      return true;
    });
  }

  private static void soapVerificationAnswer(WireWriter w, @Nullable String root, VerificationAnswer answer)
      throws IOException {
    String body = soapStart(w, root);
    if (answer.status().success()) {
      String response = WireWriter.child(body, "XacThucThongTinCongDanResponse");
      String result = WireWriter.child(response, "KetQuaXacThuc");
      w.namespace(OPERATIONS);
      w.name(VERIFICATION_RESPONSE);
      w.startObject();
      w.name(KET_QUA);
      w.startObject();
      w.name(TON_TAI);
      w.bool(answer.exists());
      w.endObject(result, Set.of("TonTai"));
      w.endObject(response, Set.of("KetQuaXacThuc"));
    } else {
      soapFault(w, body, answer.status());
    }
    soapEnd(w, root, body);
  }

  private interface Text {
    String get() throws IOException;
  }

  /** Writes the gateway envelope around a SOAP document: a success's message is the document, a failure's its text. */
  private void envelopeOut(WireWriter w, AnswerStatus status, Text soap) throws IOException {
    String root = w.root();
    w.startObject();
    writeCode(w, status);
    text(w, root, MESSAGE, status.success() ? soap.get() : status.message());
    w.endObject(root, ENVELOPE);
  }

  private void writeCode(WireWriter w, AnswerStatus status) throws IOException {
    ResultCode code = status.code();
    if (code == null) {
      if (!status.success()) {
        throw new IllegalArgumentException("A failure answer needs a result code in the JSON forms");
      }
      code = ResultCode.of(firstSuccessCode);
    }
    w.name(ERROR_CODE);
    if (code.number()) {
      w.generator().writeNumber(code.value());
    } else {
      w.string(code.value());
    }
  }

  Wire.Out request(WireForm form, String operation, RequestMetadata metadata, CitizenIdentity identity,
      List<UnknownField> unknown) {
    metadata.checkLengths();
    PopulationTables.Request request = new PopulationTables.Request(metadata, identity);
    boolean lookup = operation.equals(LOOKUP);
    if (form == WireForm.JSON) {
      MessageTable<PopulationTables.Request> table = lookup ? lookupJson : verificationJson;
      return w -> table.write(w, request, w.root());
    }
    MessageTable<PopulationTables.Request> table = lookup ? lookupSoap : verificationSoap;
    SerializableString element = new SerializedString(operation);
    if (form == WireForm.SOAP) {
      return w -> soapRequest(w, w.root(), element, table, request);
    }
    // SOAP_IN_JSON: the gateway's request envelope, without credentials (the client adds its own).
    return w -> {
      String root = w.root();
      w.startObject();
      w.name(DATA);
      w.string(new String(write(true, unknown, inner -> soapRequest(inner, root(inner, "/data"), element, table,
          request)), StandardCharsets.UTF_8));
      w.endObject(root, Set.of("data"));
    };
  }

  private static void soapRequest(WireWriter w, @Nullable String root, SerializableString element,
      MessageTable<PopulationTables.Request> table, PopulationTables.Request request) throws IOException {
    String body = soapStart(w, root);
    w.namespace(OPERATIONS);
    w.name(element);
    table.write(w, request, WireWriter.child(body, element.getValue()));
    soapEnd(w, root, body);
  }
}
