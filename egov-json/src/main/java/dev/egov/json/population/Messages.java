package dev.egov.json.population;

import dev.egov.json.AnswerStatus;
import dev.egov.json.GatewayFault;
import dev.egov.json.internal.wire.GatewayFaults;
import dev.egov.json.internal.wire.WireReader;
import dev.egov.json.ResultCode;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import dev.egov.json.Decoded;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.json.UnknownField;
import dev.egov.json.internal.ReadGuard;
import dev.egov.json.internal.WireScalars;
import dev.egov.model.PartialDate;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.person.Citizen;
import dev.egov.model.person.PersonName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The population database's messages in their three forms: structure around the {@code CongDan} records. */
final class Messages {

  static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
  static final String OPERATIONS = "http://dancuquocgia.bca";
  static final String CITIZENS = "http://www.mic.gov.vn/dancu/1.0";

  static final String LOOKUP = "TraCuuThongTinCongDan";
  static final String VERIFICATION = "XacThucThongTinCongDan";

  private final JsonMapper json;
  private final XmlMapper xml;
  private final ReadGuard guard;
  private final Set<String> successCodes;
  private final String firstSuccessCode;

  Messages(JsonMapper json, XmlMapper xml, ReadGuard guard, Set<String> successCodes, String firstSuccessCode) {
    this.json = json;
    this.xml = xml;
    this.guard = guard;
    this.successCodes = successCodes;
    this.firstSuccessCode = firstSuccessCode;
  }

  /** What a message's reader does with the fields of an object it understands. */
  interface Fields {
    /** Reads the field just entered (its name pushed, the parser on its value); returns false if not one of its own. */
    boolean read(WireIn in, String name) throws IOException;
  }

  /** Reads one message from a payload. */
  interface Body<T> {
    T read(WireIn in) throws IOException;
  }

  // ================================================================ reading: entry

  <T> Decoded<T> decode(byte[] payload, boolean isXml, AdministrativeEra era, Body<T> body) {
    List<WireIn.Unknown> unknowns = new ArrayList<>(0);
    T value = parse(payload, isXml, era, "", unknowns, body);
    return new Decoded<>(value, WireIn.toUnknownFields(unknowns));
  }

  private <T> T parse(
      byte[] payload, boolean isXml, AdministrativeEra era, String prefix, List<WireIn.Unknown> unknowns, Body<T> body) {
    try (JsonParser parser = guard.parser(isXml ? xml.getFactory() : json.getFactory(), payload, prefix)) {
      WireIn in = new WireIn(parser, isXml, era, prefix, unknowns);
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw new JsonDecodingException(first == null ? Reason.MALFORMED : Reason.UNEXPECTED_TYPE, prefix,
            first == null ? "the payload is empty" : "expected an object");
      }
      T value;
      try {
        value = body.read(in);
      } catch (IllegalArgumentException | DateTimeException e) {
        // A rule of the model that the reader did not check first: report where, never the model's message.
        throw new JsonDecodingException(Reason.INVALID_VALUE, in.pointer(), "a value egov's records cannot hold");
      }
      if (!isXml && parser.nextToken() != null) {
        throw new JsonDecodingException(Reason.MALFORMED, prefix, "content after the end of the payload");
      }
      return value;
    } catch (IOException e) {
      throw WireReader.malformed(e, isXml, prefix);
    }
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

  Body<LookupAnswer> lookupAnswer(WireForm form, AdministrativeEra era) {
    switch (form) {
      case SOAP:
        return this::soapLookupAnswer;
      case SOAP_IN_JSON:
        return in -> envelope(in, LOOKUP_ENVELOPE, null, (code, message, at, data) -> {
          if (!isSuccess(code)) {
            return LookupAnswer.failed(AnswerStatus.failure(code, message));
          }
          LookupAnswer inner =
              parse(soapText(message, LOOKUP_ENVELOPE), true, era, "/message", in.unknownsAt(at), this::soapLookupAnswer);
          return inner.status().success()
              ? new LookupAnswer(AnswerStatus.success(code, null), inner.citizens()) : inner;
        });
      default: {
        return in -> {
          List<Citizen> citizens = new ArrayList<>(1);
          return envelope(in, LOOKUP_JSON, (w, name) -> {
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
  }

  Body<VerificationAnswer> verificationAnswer(WireForm form, AdministrativeEra era) {
    switch (form) {
      case SOAP:
        return this::soapVerificationAnswer;
      case SOAP_IN_JSON:
        return in -> envelope(in, VERIFICATION_ENVELOPE, null, (code, message, at, data) -> {
          if (!isSuccess(code)) {
            return new VerificationAnswer(AnswerStatus.failure(code, message), null);
          }
          VerificationAnswer inner = parse(soapText(message, VERIFICATION_ENVELOPE), true, era, "/message",
              in.unknownsAt(at), this::soapVerificationAnswer);
          return inner.status().success()
              ? new VerificationAnswer(AnswerStatus.success(code, null), inner.exists()) : inner;
        });
      default: {
        return in -> {
          Boolean[] exists = new Boolean[1];
          return envelope(in, VERIFICATION_JSON, (w, name) -> {
            if (!name.equals("data") && !name.equals("result")) {
              return false;
            }
            if (w.parser.currentToken() == JsonToken.START_ARRAY) {
              throw new JsonDecodingException(Reason.WRONG_MESSAGE, w.pointer(),
                  "expected " + VERIFICATION_JSON + ", found a list in " + name + " (a look-up answer's citizens)");
            }
            if (w.object()) {
              int mark = w.mark();
              descend(w, verificationFields(exists));
              if (exists[0] == null && w.mark() > mark) {
                throw new JsonDecodingException(Reason.WRONG_MESSAGE, w.pointer(), "expected " + VERIFICATION_JSON
                    + ", found fields in " + name + " and no TonTai");
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

  /** What each answer reader expects, for {@link Reason#WRONG_MESSAGE}'s message. */
  static final String LOOKUP_JSON = "a look-up answer in the JSON form (error_code, data)";
  static final String VERIFICATION_JSON = "a verification answer in the JSON form (error_code, data)";
  static final String LOOKUP_ENVELOPE = "a look-up answer in a SOAP-in-JSON envelope (error_code, message)";
  static final String VERIFICATION_ENVELOPE = "a verification answer in a SOAP-in-JSON envelope (error_code, message)";
  static final String LOOKUP_SOAP = "a look-up answer (CongdanCollection)";
  static final String VERIFICATION_SOAP = "a verification answer (XacThucThongTinCongDanResponse)";

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
  private <T> T envelope(WireIn in, String expected, @Nullable Fields more, Envelope<T> answer) throws IOException {
    ResultCode code = null;
    String message = null;
    boolean data = false;
    String first = null;
    int at = 0;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      in.value();
      in.push(field);
      if (field.equals("error_code")) {
        code = resultCode(in);
      } else if (field.equals("message")) {
        message = in.text();
        at = in.mark();
      } else if (more != null && more.read(in, field)) {
        data = true;
      } else {
        String other = foreignJson(field);
        if (other != null) {
          throw new JsonDecodingException(Reason.WRONG_MESSAGE, in.pointer(), "expected " + expected + ", found " + other);
        }
        if (first == null) {
          first = field;
        }
        in.unknown();
      }
      in.pop();
    }
    if (code == null) {
      if (!data && message == null) {
        throw new JsonDecodingException(Reason.WRONG_MESSAGE, "", "expected " + expected + ", found "
            + (first == null ? "no field of an answer" : "field " + shortName(first) + " and no error_code"));
      }
      throw in.missing("error_code");
    }
    return answer.answer(code, message, at, data);
  }

  /** A name for a message: at most 40 characters (a name is not a value, but may be long). */
  static String shortName(String name) {
    return name.length() <= 40 ? name : name.substring(0, 40) + "…";
  }

  private static @Nullable ResultCode resultCode(WireIn in) throws IOException {
    JsonToken token = in.parser.currentToken();
    String text = in.text();
    if (text == null) {
      return null;
    }
    return new ResultCode(text, token == JsonToken.VALUE_NUMBER_INT);
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
    if (!message.stripLeading().startsWith("<")) {
      throw new JsonDecodingException(Reason.WRONG_MESSAGE, "/message",
          "expected " + expected + ", found a success whose message is text, not a SOAP document");
    }
    return message.getBytes(StandardCharsets.UTF_8);
  }

  /** Reads {@code data}: an array of citizens or, tolerantly, one citizen. */
  private static void citizens(WireIn in, List<Citizen> into) throws IOException {
    JsonToken token = in.parser.currentToken();
    if (token == JsonToken.START_ARRAY) {
      int index = 0;
      for (JsonToken t = in.parser.nextToken(); t != JsonToken.END_ARRAY; t = in.parser.nextToken()) {
        in.pushIndex(index++);
        if (t != JsonToken.VALUE_NULL) {
          into.add(CitizenMapping.readCitizen(in));
        }
        in.pop();
      }
    } else if (in.object()) {
      into.add(CitizenMapping.readCitizen(in));
    }
  }

  /**
   * Reads the fields of an object with {@code fields}; descends into the SOAP wrappers ({@code Body}, and elements
   * named {@code ...Response} or {@code ...Result}); keeps every other field as unknown.
   */
  private static void descend(WireIn in, Fields fields) throws IOException {
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      in.value();
      in.push(field);
      if (!fields.read(in, field)) {
        boolean wrapper = field.equals("Body") || field.endsWith("Response") || field.endsWith("Result");
        if (wrapper && in.parser.currentToken() == JsonToken.START_OBJECT) {
          descend(in, fields);
        } else {
          in.unknown();
        }
      }
      in.pop();
    }
  }

  /** The first element of a SOAP document that is not the expected message's, and where it is. */
  private static final class Found {
    boolean own;
    @Nullable String name;
    @Nullable String where;

    /** Notes an element that the reader did not claim (the SOAP {@code Header} and {@code Body} excepted). */
    void other(WireIn in, String element) {
      if (name == null && !element.equals("Header") && !element.equals("Body")) {
        name = element;
        where = in.pointer();
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
  private LookupAnswer soapLookupAnswer(WireIn in) throws IOException {
    List<Citizen> citizens = new ArrayList<>(1);
    AnswerStatus[] fault = new AnswerStatus[1];
    Found found = new Found();
    Fields collection = new Fields() {
      int index;

      @Override
      public boolean read(WireIn w, String name) throws IOException {
        if (!name.equals("CongDan")) {
          return false;
        }
        w.indexTop(index++);
        citizens.add(CitizenMapping.readCitizen(w));
        return true;
      }
    };
    descend(in, (w, name) -> {
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

  private VerificationAnswer soapVerificationAnswer(WireIn in) throws IOException {
    Boolean[] exists = new Boolean[1];
    AnswerStatus[] fault = new AnswerStatus[1];
    Found found = new Found();
    Fields verification = verificationFields(exists);
    descend(in, (w, name) -> {
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
      public boolean read(WireIn w, String name) throws IOException {
        if (name.equals("KetQuaXacThuc")) {
          if (w.object()) {
            descend(w, this);
          }
          return true;
        }
        if (name.equals("TonTai")) {
          String text = w.text();
          exists[0] = text == null ? null : WireScalars.bool(text, w.pointer());
          return true;
        }
        if (!w.xml && (name.equals("SoDinhDanh") || name.equals("HoVaTen") || name.equals("CongDan"))) {
          throw new JsonDecodingException(Reason.WRONG_MESSAGE, w.pointer(),
              "expected " + VERIFICATION_JSON + ", found a citizen (" + name + ")");
        }
        return false;
      }
    };
  }

  /** Reads a SOAP 1.1 {@code Fault}: {@code faultcode} and {@code faultstring}; the rest is unknown. */
  private static AnswerStatus fault(WireIn in) throws IOException {
    ResultCode code = null;
    String message = null;
    if (in.object()) {
      for (String field = in.nextField(); field != null; field = in.nextField()) {
        in.value();
        in.push(field);
        if (field.equals("faultcode")) {
          String text = in.text();
          code = text == null ? null : ResultCode.of(text);
        } else if (field.equals("faultstring")) {
          message = in.text();
        } else {
          in.unknown();
        }
        in.pop();
      }
    }
    return AnswerStatus.failure(code, message);
  }

  // ================================================================ reading: requests

  /** The fields of a request, as read. */
  static final class RequestFields implements Fields {
    @Nullable String requestId;
    @Nullable String procedureCode;
    @Nullable String integrationCode;
    @Nullable String officer;
    @Nullable String agencyCode;
    @Nullable PersonalIdNumber personalId;
    @Nullable LegacyIdCardNumber legacyIdCard;
    @Nullable PersonName name;
    PartialDate birthDate = PartialDate.unknown();
    /** A top-level {@code ngayThangNam} and {@code nam} (camelCase JSON), used when there is no {@code NgayThangNamSinh}. */
    PartialDate topDate = PartialDate.unknown();
    PartialDate topYear = PartialDate.unknown();
    boolean any;
    @Nullable String where;

    /**
     * Reads a field of the request, under its PascalCase name or the camelCase one .NET and JavaScript clients write
     * ({@code maYeuCau}, {@code soDinhDanh}, {@code hoVaTen}; docs/population-database.md, Variants read).
     */
    @Override
    public boolean read(WireIn in, String field) throws IOException {
      switch (field) {
        case "MaYeuCau":
        case "maYeuCau":
          requestId = metadata(in, false);
          break;
        case "MaDVC":
        case "maDVC":
        case "maDvc":
          procedureCode = metadata(in, false);
          break;
        case "MaTichHop":
        case "maTichHop":
          integrationCode = metadata(in, true);
          break;
        case "MaCanBo":
        case "maCanBo":
          officer = metadata(in, false);
          break;
        case "MaDonVi":
        case "maDonVi":
          agencyCode = metadata(in, false);
          break;
        case "SoDinhDanh":
        case "soDinhDanh":
          personalId = CitizenMapping.subjectPersonalId(in);
          break;
        case "SoCMND":
        case "soCMND":
        case "soCmnd":
          legacyIdCard = CitizenMapping.subjectLegacyId(in);
          break;
        case "HoVaTen":
        case "hoVaTen":
          name = CitizenMapping.personName(in);
          break;
        case "NgayThangNamSinh":
        case "ngayThangNamSinh":
          birthDate = CitizenMapping.birthDate(in);
          break;
        case "NgayThangNam":
        case "ngayThangNam":
          topDate = CitizenMapping.dateText(in);
          break;
        case "Nam":
        case "nam":
          topYear = CitizenMapping.dateText(in);
          break;
        case "AuthHash":
          // An officer credential some gateways add (docs/gateways.md, Officer credentials): never kept, so never logged.
          in.parser.skipChildren();
          return true;
        default:
          return false;
      }
      any = true;
      return true;
    }

    /** Reads a metadata text as sent: its length is the writer's and validation's concern, not the reader's. */
    private static @Nullable String metadata(WireIn in, boolean digits) throws IOException {
      String text = in.text();
      if (text == null) {
        return null;
      }
      for (int i = 0; digits && i < text.length(); i++) {
        if (text.charAt(i) < '0' || text.charAt(i) > '9') {
          throw in.error(Reason.INVALID_VALUE, "expected digits");
        }
      }
      return text;
    }

    /** Reads a request's fields in the object the reader is in, and remembers where it is for errors. */
    void readAll(WireIn in, String expected) throws IOException {
      for (String field = in.nextField(); field != null; field = in.nextField()) {
        in.value();
        in.push(field);
        if (!read(in, field)) {
          String other = in.xml ? null : field.equals("error_code") ? "an answer (error_code)" : foreignJson(field);
          if (other != null && !other.startsWith("a request (")) {
            throw new JsonDecodingException(Reason.WRONG_MESSAGE, in.pointer(), "expected " + expected + ", found "
                + other);
          }
          in.unknown();
        }
        in.pop();
      }
      where = in.pointer();
      if (!any) {
        throw new JsonDecodingException(Reason.WRONG_MESSAGE, where, "expected " + expected
            + ", found no field of a request");
      }
      if (!birthDate.isKnown()) {
        birthDate = CitizenMapping.birthDate(in, topDate, topYear, "Nam");
      }
    }

    RequestMetadata metadata() {
      return new RequestMetadata(require(requestId, "MaYeuCau"), require(procedureCode, "MaDVC"),
          require(integrationCode, "MaTichHop"), require(officer, "MaCanBo"), agencyCode);
    }

    CitizenIdentity identity() {
      if (personalId == null && legacyIdCard == null) {
        require(null, "SoDinhDanh");
      }
      return new CitizenIdentity(personalId, legacyIdCard, require(name, "HoVaTen"), birthDate);
    }

    private <V> V require(@Nullable V value, String field) {
      if (value == null) {
        throw new JsonDecodingException(Reason.MISSING_FIELD, where + '/' + field, "a value is required");
      }
      return value;
    }
  }

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

  Body<RequestFields> request(WireForm form, String operation, AdministrativeEra era) {
    String expected = requestWhat(operation);
    if (form == WireForm.JSON) {
      return in -> {
        RequestFields fields = new RequestFields();
        fields.readAll(in, expected);
        return fields;
      };
    }
    Body<RequestFields> soap = in -> {
      RequestFields fields = new RequestFields();
      Found found = new Found();
      descend(in, (w, name) -> {
        if (!name.equals(operation) || !w.object()) {
          found.other(w, name);
          return false;
        }
        fields.readAll(w, expected);
        return true;
      });
      if (fields.where == null) {
        if (found.name != null) {
          throw found.wrong(expected);
        }
        throw new JsonDecodingException(Reason.MISSING_FIELD, "/Body/" + operation, "the operation element is required");
      }
      return fields;
    };
    if (form == WireForm.SOAP) {
      return soap;
    }
    // SOAP_IN_JSON: a gateway's request envelope {accessToken, lgspAccessToken, AuthHash, data: "<SOAP>"}.
    return in -> {
      RequestFields fields = null;
      String first = null;
      for (String field = in.nextField(); field != null; field = in.nextField()) {
        in.value();
        in.push(field);
        if (field.equals("data")) {
          if (in.parser.currentToken().isStructStart()) {
            throw in.error(Reason.WRONG_MESSAGE, "expected " + expected
                + " in a gateway's envelope, found data holding JSON, not a SOAP document");
          }
          String text = in.text();
          if (text != null) {
            if (!text.stripLeading().startsWith("<")) {
              throw in.error(Reason.WRONG_MESSAGE, "expected " + expected
                  + " in a gateway's envelope, found data that is not a SOAP document");
            }
            fields = parse(text.getBytes(StandardCharsets.UTF_8), true, era, "/data", in.unknownsAt(in.mark()), soap);
          }
        } else if (secret(field)) {
          in.parser.skipChildren();
        } else {
          String other = field.equals("error_code") ? "an answer (error_code)" : foreignJson(field);
          if (other != null) {
            throw in.error(Reason.WRONG_MESSAGE, "expected " + expected + " in a gateway's envelope, found " + other);
          }
          if (first == null) {
            first = field;
          }
          in.unknown();
        }
        in.pop();
      }
      if (fields == null) {
        if (first != null) {
          throw new JsonDecodingException(Reason.WRONG_MESSAGE, "", "expected " + expected
              + " in a gateway's envelope, found field " + shortName(first) + " and no data");
        }
        throw in.missing("data");
      }
      return fields;
    };
  }

  static LookupRequest lookupRequest(RequestFields fields) {
    return new LookupRequest(fields.metadata(), fields.identity());
  }

  static VerificationRequest verificationRequest(RequestFields fields) {
    return new VerificationRequest(fields.metadata(), fields.identity());
  }

  // ================================================================ writing

  /** Writes one message. */
  interface Writer {
    void write(WireOut out) throws IOException;
  }

  byte[] write(boolean isXml, List<UnknownField> unknown, String root, Writer writer) {
    JsonFactory factory = isXml ? xml.getFactory() : json.getFactory();
    BufferRecycler buffers = factory._getBufferRecycler(); // as ObjectMapper.writeValueAsBytes does
    try (ByteArrayBuilder bytes = new ByteArrayBuilder(buffers)) {
      try (JsonGenerator gen = factory.createGenerator(bytes, JsonEncoding.UTF8)) {
        if (gen instanceof ToXmlGenerator) {
          ((ToXmlGenerator) gen).initGenerator(); // the XML declaration
        }
        writer.write(new WireOut(gen, json, unknown, root));
      }
      return bytes.getClearAndRelease();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot write the message", e);
    } finally {
      buffers.releaseToPool();
    }
  }

  private static void soapStart(WireOut out) throws IOException {
    out.prefix("soap", SOAP);
    out.prefix("dan", OPERATIONS);
    out.namespace(SOAP);
    out.root(W.Envelope);
    out.startRoot();
    out.early(W.Header);
    out.startObject(W.Body);
  }

  private static void soapEnd(WireOut out) throws IOException {
    out.namespace(SOAP);
    out.endObject();
    out.endObject();
  }

  private static void soapFault(WireOut out, AnswerStatus status) throws IOException {
    out.startObject(W.Fault);
    out.namespace("");
    out.text(W.faultcode, status.code() == null ? null : status.code().value());
    out.text(W.faultstring, status.message());
    out.endObject();
  }

  Writer lookupAnswer(WireForm form, LookupAnswer answer, List<UnknownField> unknown) {
    switch (form) {
      case SOAP:
        return out -> soapLookupAnswer(out, answer);
      case SOAP_IN_JSON:
        return out -> envelopeOut(out, answer.status(), () -> new String(
            write(true, unknown, "/message", inner -> soapLookupAnswer(inner, answer)), StandardCharsets.UTF_8));
      default:
        return out -> {
          out.startRoot();
          writeCode(out, answer.status());
          out.text(W.message, answer.status().message());
          if (answer.status().success() || !answer.citizens().isEmpty()) {
            out.name(W.data);
            out.gen.writeStartArray();
            for (int i = 0; i < answer.citizens().size(); i++) {
              out.startElement(W.data, i);
              CitizenMapping.writeCitizenFields(out, answer.citizens().get(i));
              out.endObject();
            }
            out.gen.writeEndArray();
          } else {
            out.absent(W.data);
          }
          out.endObject();
        };
    }
  }

  private static void soapLookupAnswer(WireOut out, LookupAnswer answer) throws IOException {
    soapStart(out);
    if (answer.status().success()) {
      // Directly under Body, as the population database answers; inside TraCuuThongTinCongDanResponse only when the
      // answer was read in that shape and has unknown fields there to put back.
      boolean wrapped = out.unknownUnder("/TraCuuThongTinCongDanResponse");
      if (wrapped) {
        out.namespace(OPERATIONS);
        out.startObject(W.TraCuuThongTinCongDanResponse);
      }
      out.defaultNamespace(CITIZENS);
      out.startObject(W.CongdanCollection);
      for (int i = 0; i < answer.citizens().size(); i++) {
        out.startElement(W.CongDan, i);
        CitizenMapping.writeCitizenFields(out, answer.citizens().get(i));
        out.endObject();
      }
      out.endObject();
      if (wrapped) {
        out.namespace(OPERATIONS);
        out.endObject();
      }
      out.namespace(SOAP);
    } else {
      soapFault(out, answer.status());
    }
    soapEnd(out);
  }

  Writer verificationAnswer(WireForm form, VerificationAnswer answer, List<UnknownField> unknown) {
    switch (form) {
      case SOAP:
        return out -> soapVerificationAnswer(out, answer);
      case SOAP_IN_JSON:
        return out -> envelopeOut(out, answer.status(), () -> new String(
            write(true, unknown, "/message", inner -> soapVerificationAnswer(inner, answer)), StandardCharsets.UTF_8));
      default:
        return out -> {
          out.startRoot();
          writeCode(out, answer.status());
          out.text(W.message, answer.status().message());
          if (answer.exists() != null) {
            out.startObject(W.data);
            out.bool(W.TonTai, answer.exists());
            out.endObject();
          } else {
            out.absent(W.data);
          }
          out.endObject();
        };
    }
  }

  private static void soapVerificationAnswer(WireOut out, VerificationAnswer answer) throws IOException {
    soapStart(out);
    if (answer.status().success()) {
      out.namespace(OPERATIONS);
      out.startObject(W.XacThucThongTinCongDanResponse);
      out.startObject(W.KetQuaXacThuc);
      out.bool(W.TonTai, answer.exists());
      out.endObject();
      out.endObject();
    } else {
      soapFault(out, answer.status());
    }
    soapEnd(out);
  }

  private interface Text {
    String get() throws IOException;
  }

  /** Writes the gateway envelope around a SOAP document: a success's message is the document, a failure's its text. */
  private void envelopeOut(WireOut out, AnswerStatus status, Text soap) throws IOException {
    out.startRoot();
    writeCode(out, status);
    if (status.success()) {
      out.text(W.message, soap.get());
    } else {
      out.text(W.message, status.message());
    }
    out.endObject();
  }

  private void writeCode(WireOut out, AnswerStatus status) throws IOException {
    ResultCode code = status.code();
    if (code == null) {
      if (!status.success()) {
        throw new IllegalArgumentException("A failure answer needs a result code in the JSON forms");
      }
      code = ResultCode.of(firstSuccessCode);
    }
    out.name(W.error_code);
    if (code.number()) {
      out.gen.writeNumber(code.value());
    } else {
      out.gen.writeString(code.value());
    }
  }

  Writer request(WireForm form, String operation, RequestMetadata metadata, CitizenIdentity identity,
      List<UnknownField> unknown) {
    SerializableString element = operation.equals(LOOKUP) ? W.TraCuuThongTinCongDan : W.XacThucThongTinCongDan;
    metadata.checkLengths();
    if (form == WireForm.JSON) {
      return out -> {
        out.startRoot();
        requestFields(out, metadata, identity);
        out.endObject();
      };
    }
    Writer soap = out -> {
      soapStart(out);
      out.namespace(OPERATIONS);
      out.startObject(element);
      requestFields(out, metadata, identity);
      out.endObject();
      soapEnd(out);
    };
    if (form == WireForm.SOAP) {
      return soap;
    }
    // SOAP_IN_JSON: the gateway's request envelope, without credentials (the client adds its own).
    return out -> {
      out.startRoot();
      out.text(W.data, new String(write(true, unknown, "/data", soap), StandardCharsets.UTF_8));
      out.endObject();
    };
  }

  /** Writes a request's fields in the order of docs/population-database.md, Request metadata, which some implementations require. */
  private static void requestFields(WireOut out, RequestMetadata m, CitizenIdentity id) throws IOException {
    out.text(W.MaYeuCau, m.requestId());
    out.text(W.MaDVC, m.procedureCode());
    out.text(W.MaTichHop, m.integrationCode());
    out.text(W.MaCanBo, m.officer());
    out.text(W.MaDonVi, m.agencyCode());
    out.text(W.SoDinhDanh, id.personalId() == null ? null : id.personalId().format());
    out.text(W.SoCMND, id.legacyIdCard() == null ? null : id.legacyIdCard().format());
    out.text(W.HoVaTen, id.name().fullName());
    CitizenMapping.writeBirthDate(out, W.NgayThangNamSinh, id.birthDate(), false);
  }
}
