package dev.egov.json.catalog;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import dev.egov.json.AnswerStatus;
import dev.egov.json.Decoded;
import dev.egov.json.GatewayFault;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.json.ReadLimits;
import dev.egov.json.ResultCode;
import dev.egov.json.internal.ReadGuard;
import dev.egov.json.internal.wire.GatewayFaults;
import dev.egov.json.internal.wire.Wire;
import dev.egov.json.internal.wire.WireReader;
import dev.egov.json.internal.wire.WireWriter;
import dev.egov.json.internal.wire.WireXml;
import dev.egov.model.catalog.AdministrativeUnitCatalog;
import dev.egov.model.catalog.CatalogLoadException;
import dev.egov.model.catalog.CatalogVersion;
import dev.egov.model.catalog.StatisticsOfficeCatalog;
import dev.egov.model.catalog.StatisticsOfficeCatalog.CommuneRow;
import dev.egov.model.catalog.StatisticsOfficeCatalog.ProvinceRow;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The statistics office's administrative-unit catalogue service ({@code DMDVHC.asmx}, SOAP 1.1; see
 * docs/administrative-units.md): the {@code DanhMucTinh} and {@code DanhMucPhuongXa} requests and their answers, read
 * tolerantly and written exactly, and the rows loaded into an {@link AdministrativeUnitCatalog} of the era of their
 * date.
 *
 * <pre>{@code
 * CatalogServiceXml service = CatalogServiceXml.get();
 * LocalDate asOf = LocalDate.of(2025, 7, 1);
 * byte[] request = service.writeRequest(CatalogRequest.communes(asOf));   // POST with SOAPAction:
 * String action = CatalogOperation.COMMUNES.soapAction(service.namespace());
 * CatalogAnswer<StatisticsOfficeCatalog.CommuneRow> communes = service.decodeCommunes(body).value();
 * if (communes.status().success()) {
 *   AdministrativeUnitCatalog units = CatalogServiceXml.catalog(CatalogServiceXml.version(asOf), communes);
 *   units.find(AdministrativeUnitCode.commune(AdministrativeEra.REFORM_2025, "00004"));  // Phường Ba Đình
 * }
 * }</pre>
 *
 * <h2>Reading</h2>
 * The SOAP envelope's {@code Body} holds {@code DanhMucTinhResponse} (or {@code DanhMucPhuongXaResponse}), its {@code
 * …Result}, and in it the DataSet: an inline schema (read past: it only declares the columns) and a {@code
 * diffgr:diffgram} whose one element (named {@code DocumentElement} or {@code NewDataSet}, kept) holds one {@code TABLE}
 * element per row. The rows' {@code diffgr:id} and {@code msdata:rowOrder} only number them: the order is the
 * document's. A column or element egov does not map is kept as an unknown field and written back. A SOAP {@code Fault}
 * is an answer whose status is a failure; a gateway's fault (JSON, legacy JSON, or WSO2's XML {@code <ams:fault>}) is
 * an answer whose status is {@link AnswerStatus.Outcome#GATEWAY_FAULT}; anything else, such as the other operation's
 * answer, a request or {@code DanhMucQuanHuyen}'s districts, is {@link Reason#WRONG_MESSAGE}. Element names are
 * matched by local name, whatever their prefix or namespace.
 *
 * <h2>Writing</h2>
 * As the service writes: the envelope with the {@code soap} prefix, the operation's elements in the service's
 * namespace ({@link Builder#namespace}, {@code http://tempuri.org/} by default), the diffgram with the {@code diffgr}
 * and {@code msdata} prefixes, rows numbered {@code TABLE1}, {@code TABLE2}… from row order {@code 0}, columns in the
 * service's order, an absent ({@code null}) column not written and an empty one written empty. No inline schema is
 * written. {@code DenNgay} is written {@code dd/MM/yyyy}; read also as {@code d/M/yyyy}, {@code dd-MM-yyyy} and {@code
 * yyyy-MM-dd}.
 *
 * <h2>Loading</h2>
 * {@link #catalog(CatalogVersion, CatalogAnswer, CatalogAnswer)} hands the rows to egov-model's {@link
 * StatisticsOfficeCatalog}: the version's date decides the era (from 1 July 2025: provinces and communes, no
 * district), codes are checked (digits, their level's length; leading zeros put back), types are known words, rows
 * repeating a code agree; anything else is a {@link CatalogLoadException} naming the row, the column and the reason.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CatalogServiceXml {

  /** The service's namespace as published ({@code http://tempuri.org/}, the .NET default). */
  public static final String DEFAULT_NAMESPACE = "http://tempuri.org/";

  /** The source named by {@link #version}: the statistics office's catalogue. */
  public static final String SOURCE = "Danh mục đơn vị hành chính (Cục Thống kê)";

  static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
  static final String DIFFGRAM = "urn:schemas-microsoft-com:xml-diffgram-v1";
  static final String MSDATA = "urn:schemas-microsoft-com:xml-msdata";
  private static final String DEN_NGAY = "DenNgay";
  private static final DateTimeFormatter DEN_NGAY_FORM = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);
  private static final Set<String> ENVELOPE = Set.of("Header", "Body");
  private static final Set<String> BODY_ANSWER = Set.of();
  private static final Set<String> TABLE = Set.of(CatalogRows.TABLE);

  private static final CatalogServiceXml DEFAULT = builder().build();

  private final ReadLimits limits;
  private final String namespace;
  private final ReadGuard guard;
  private final XmlFactory xml;
  private final JsonMapper json;

  private CatalogServiceXml(Builder b) {
    this.limits = b.limits;
    this.namespace = b.namespace;
    this.guard = new ReadGuard(limits);
    this.xml = guard.xmlFactory(XmlFactory.builder().enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION));
    new XmlMapper(xml); // the factory's codec: unknown elements are read as trees and written back from them
    this.json = JsonMapper.builder(guard.jsonFactory()).build();
  }

  /**
   * Returns the service with the default limits and namespace.
   *
   * @return the shared instance
   */
  public static CatalogServiceXml get() {
    return DEFAULT;
  }

  /**
   * Starts a configuration.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the namespace of the operations' elements written.
   *
   * @return the namespace
   */
  public String namespace() {
    return namespace;
  }

  /**
   * Returns the read limits.
   *
   * @return the limits
   */
  public ReadLimits readLimits() {
    return limits;
  }

  /**
   * Returns the version of a list read from the service as of a date, to load its rows with.
   *
   * @param asOf the request's {@code DenNgay}
   * @return {@link #SOURCE} as of that day, release {@code DMDVHC.asmx}
   */
  public static CatalogVersion version(LocalDate asOf) {
    return new CatalogVersion(SOURCE, "DMDVHC.asmx", asOf);
  }

  // ================================================================ requests

  /**
   * Reads a request, either operation.
   *
   * @param xml the SOAP document
   * @return the request and the elements not mapped
   * @throws JsonDecodingException if the document is malformed, is another message ({@link Reason#WRONG_MESSAGE}),
   *     or {@code DenNgay} is missing ({@link Reason#MISSING_FIELD}) or not a date ({@link Reason#INVALID_VALUE})
   */
  public Decoded<CatalogRequest> decodeRequest(byte[] xml) {
    Objects.requireNonNull(xml, "xml");
    notJson(xml, "a catalogue request (DanhMucTinh, DanhMucPhuongXa)", false);
    return WireXml.decode(guard, this.xml, xml, this::readRequest);
  }

  /**
   * Writes a request, as a client sends it.
   *
   * @param request the request
   * @return the SOAP document
   */
  public byte[] writeRequest(CatalogRequest request) {
    return writeRequest(Decoded.of(Objects.requireNonNull(request, "request")));
  }

  /**
   * Writes a request read earlier, with the elements not mapped put back.
   *
   * @param request the request and its unknown fields
   * @return the SOAP document
   */
  public byte[] writeRequest(Decoded<CatalogRequest> request) {
    CatalogRequest value = request.value();
    return WireXml.encode(xml, json, request.unknownFields(), w -> {
      String root = w.root();
      String body = WireWriter.child(root, "Body");
      String op = WireWriter.child(body, value.operation().wireName());
      startEnvelope(w);
      WireXml.bind(w, "", namespace);
      WireXml.start(w, namespace, value.operation().wireName());
      w.name(CatalogRows.name(DEN_NGAY));
      w.string(DEN_NGAY_FORM.format(value.asOf()));
      w.endObject(op, Set.of(DEN_NGAY));
      WireXml.next(w, SOAP, "Body");
      w.endObject(body, BODY_ANSWER);
      w.endObject(root, ENVELOPE);
    });
  }

  // ================================================================ answers

  /**
   * Reads a {@code DanhMucTinh} answer.
   *
   * @param xml the SOAP document (or a gateway's fault, JSON or XML)
   * @return the answer and the elements not mapped
   * @throws JsonDecodingException if the document is malformed or is another message ({@link Reason#WRONG_MESSAGE})
   */
  public Decoded<CatalogAnswer<ProvinceRow>> decodeProvinces(byte[] xml) {
    return answer(xml, CatalogOperation.PROVINCES, CatalogRows.PROVINCE);
  }

  /**
   * Reads a {@code DanhMucPhuongXa} answer.
   *
   * @param xml the SOAP document (or a gateway's fault, JSON or XML)
   * @return the answer and the elements not mapped
   * @throws JsonDecodingException if the document is malformed or is another message ({@link Reason#WRONG_MESSAGE})
   */
  public Decoded<CatalogAnswer<CommuneRow>> decodeCommunes(byte[] xml) {
    return answer(xml, CatalogOperation.COMMUNES, CatalogRows.COMMUNE);
  }

  /**
   * Writes a {@code DanhMucTinh} answer, as a fake service does.
   *
   * @param answer the answer
   * @return the SOAP document
   * @throws IllegalArgumentException if it is a gateway's fault or an "already exists"
   */
  public byte[] writeProvinces(CatalogAnswer<ProvinceRow> answer) {
    return writeProvinces(Decoded.of(Objects.requireNonNull(answer, "answer")));
  }

  /**
   * Writes a {@code DanhMucTinh} answer read earlier, with the elements not mapped put back.
   *
   * @param answer the answer and its unknown fields
   * @return the SOAP document
   * @throws IllegalArgumentException if it is a gateway's fault or an "already exists"
   */
  public byte[] writeProvinces(Decoded<CatalogAnswer<ProvinceRow>> answer) {
    return writeAnswer(answer, CatalogOperation.PROVINCES, CatalogRows.PROVINCE);
  }

  /**
   * Writes a {@code DanhMucPhuongXa} answer, as a fake service does.
   *
   * @param answer the answer
   * @return the SOAP document
   * @throws IllegalArgumentException if it is a gateway's fault or an "already exists"
   */
  public byte[] writeCommunes(CatalogAnswer<CommuneRow> answer) {
    return writeCommunes(Decoded.of(Objects.requireNonNull(answer, "answer")));
  }

  /**
   * Writes a {@code DanhMucPhuongXa} answer read earlier, with the elements not mapped put back.
   *
   * @param answer the answer and its unknown fields
   * @return the SOAP document
   * @throws IllegalArgumentException if it is a gateway's fault or an "already exists"
   */
  public byte[] writeCommunes(Decoded<CatalogAnswer<CommuneRow>> answer) {
    return writeAnswer(answer, CatalogOperation.COMMUNES, CatalogRows.COMMUNE);
  }

  // ================================================================ loading

  /**
   * Loads a {@code DanhMucTinh} and a {@code DanhMucPhuongXa} answer of the same date into a catalogue of that
   * date's era.
   *
   * @param version the list's version, such as {@link #version(LocalDate)} of the requests' date
   * @param provinces the provinces' answer
   * @param communes the communes' answer
   * @return a catalogue of one era
   * @throws IllegalArgumentException if an answer is not a success
   * @throws CatalogLoadException if a row is refused (a malformed code, an unknown type, a district in a list from 1
   *     July 2025, a commune of a province not listed…), naming the row (its index plus one) and the column
   */
  public static AdministrativeUnitCatalog catalog(CatalogVersion version, CatalogAnswer<ProvinceRow> provinces,
      CatalogAnswer<CommuneRow> communes) {
    return StatisticsOfficeCatalog.fromRows(version, rows(provinces, "provinces"), rows(communes, "communes"));
  }

  /**
   * Loads a {@code DanhMucPhuongXa} answer alone, the provinces taken from its rows.
   *
   * @param version the list's version, such as {@link #version(LocalDate)} of the request's date
   * @param communes the communes' answer
   * @return a catalogue of one era
   * @throws IllegalArgumentException if the answer is not a success
   * @throws CatalogLoadException if a row is refused, naming the row (its index plus one) and the column
   */
  public static AdministrativeUnitCatalog catalog(CatalogVersion version, CatalogAnswer<CommuneRow> communes) {
    return StatisticsOfficeCatalog.fromRows(version, rows(communes, "communes"));
  }

  private static <R> List<R> rows(CatalogAnswer<R> answer, String what) {
    Objects.requireNonNull(answer, what);
    if (!answer.status().success()) {
      throw new IllegalArgumentException(what + ": the answer is a " + answer.status().outcome() + ", without rows");
    }
    return answer.rows();
  }

  @Override
  public String toString() {
    return "CatalogServiceXml[namespace=" + namespace + ", " + limits + ']';
  }

  // ================================================================ reading

  /** A JSON payload is never a catalogue message: a gateway's fault (answers only) or another system's JSON. */
  private @Nullable GatewayFault notJson(byte[] payload, String expected, boolean answer) {
    int first = GatewayFaults.leading(payload);
    if (first != '{' && first != '[') {
      return null;
    }
    GatewayFaults.Sniff sniff = GatewayFaults.sniffJson(json.getFactory(), payload);
    if (answer && sniff.fault() != null) {
      return sniff.fault();
    }
    throw new JsonDecodingException(Reason.WRONG_MESSAGE, "", "expected " + expected + ", found JSON ("
        + sniff.describe() + ')');
  }

  private <R> Decoded<CatalogAnswer<R>> answer(byte[] payload, CatalogOperation op,
      CatalogRows.Kind<R> row) {
    Objects.requireNonNull(payload, "xml");
    GatewayFault fault = notJson(payload, op.what(), true);
    if (fault != null) {
      return Decoded.of(CatalogAnswer.fault(AnswerStatus.of(fault)));
    }
    try {
      return WireXml.decode(guard, xml, payload, r -> readAnswer(r, op, row));
    } catch (JsonDecodingException e) {
      if (e.reason() == Reason.LIMIT_EXCEEDED) {
        throw e;
      }
      GatewayFault inXml = GatewayFaults.inXml(xml.getXMLInputFactory(), payload);
      if (inXml != null) {
        return Decoded.of(CatalogAnswer.fault(AnswerStatus.of(inXml)));
      }
      throw e;
    }
  }

  private static boolean element(WireReader r) {
    return r.token() == JsonToken.START_OBJECT;
  }

  private static JsonDecodingException wrong(WireReader r, String expected, String found) {
    return r.error(Reason.WRONG_MESSAGE, "expected " + expected + ", found " + found);
  }

  /** Says what an element of a SOAP body shows the document to be, by its name only. */
  private static String describe(String element) {
    switch (element) {
      case "DanhMucTinh":
      case "DanhMucPhuongXa":
      case "DanhMucQuanHuyen":
        return "a catalogue request (" + element + ")";
      case "DanhMucTinhResponse":
        return "a province list (" + element + ")";
      case "DanhMucPhuongXaResponse":
        return "a commune list (" + element + ")";
      case "DanhMucQuanHuyenResponse":
        return "a district list (" + element + ")";
      default:
        return "element " + (element.length() <= 40 ? element : element.substring(0, 40) + "…");
    }
  }

  /** Reads the envelope around a body: the body's reader runs at the {@code Body} element's {@code START_OBJECT}. */
  private static <T> T envelope(WireReader r, String expected, Wire.Body<T> body) throws IOException {
    if (!element(r)) {
      throw wrong(r, expected, "no element of a message");
    }
    T value = null;
    String name;
    while ((name = r.nextField()) != null) {
      r.next();
      if (name.equals("Body") && value == null) {
        if (!element(r)) {
          throw wrong(r, expected, "an empty SOAP Body");
        }
        value = body.read(r);
      } else if (name.equals("Header")) {
        r.skip();
      } else {
        r.unknown(name);
      }
    }
    if (value == null) {
      throw wrong(r, expected, "no SOAP Body");
    }
    return value;
  }

  private CatalogRequest readRequest(WireReader r) throws IOException {
    String expected = "a catalogue request (DanhMucTinh, DanhMucPhuongXa)";
    return envelope(r, expected, b -> {
      CatalogRequest request = null;
      String name;
      while ((name = b.nextField()) != null) {
        b.next();
        CatalogOperation op = CatalogOperation.ofRequest(name);
        if (op == null || request != null) {
          throw wrong(b, expected, describe(name));
        }
        if (!element(b)) {
          throw b.missing(DEN_NGAY);
        }
        LocalDate asOf = null;
        String field;
        while ((field = b.nextField()) != null) {
          b.next();
          if (field.equals(DEN_NGAY)) {
            asOf = date(b);
          } else {
            b.unknown(field);
          }
        }
        if (asOf == null) {
          throw b.missing(DEN_NGAY);
        }
        request = new CatalogRequest(op, asOf);
      }
      if (request == null) {
        throw wrong(b, expected, "an empty SOAP Body");
      }
      return request;
    });
  }

  /** {@code DenNgay}: {@code dd/MM/yyyy} (one-digit day and month too), {@code dd-MM-yyyy} or {@code yyyy-MM-dd}. */
  private static @Nullable LocalDate date(WireReader r) throws IOException {
    String text = r.code();
    if (text == null) {
      return null;
    }
    String[] parts = text.split("[/-]", -1);
    try {
      if (parts.length == 3 && parts[0].length() == 4 && parts[1].length() == 2 && parts[2].length() == 2
          && text.indexOf('/') < 0) {
        return LocalDate.of(number(parts[0]), number(parts[1]), number(parts[2]));
      }
      if (parts.length == 3 && parts[0].length() <= 2 && parts[1].length() <= 2 && parts[2].length() == 4) {
        return LocalDate.of(number(parts[2]), number(parts[1]), number(parts[0]));
      }
    } catch (DateTimeException | NumberFormatException e) {
      // falls through
    }
    throw r.error(Reason.INVALID_VALUE, "expected a date dd/MM/yyyy");
  }

  private static int number(String digits) {
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        throw new NumberFormatException();
      }
    }
    return Integer.parseInt(digits);
  }

  private static <R> CatalogAnswer<R> readAnswer(WireReader r, CatalogOperation op,
      CatalogRows.Kind<R> row) throws IOException {
    String expected = op.what();
    return envelope(r, expected, b -> {
      CatalogAnswer<R> answer = null;
      String name;
      while ((name = b.nextField()) != null) {
        b.next();
        if (answer != null) {
          b.unknown(name);
        } else if (name.equals(op.responseName())) {
          answer = element(b) ? response(b, op, row) : CatalogAnswer.of(List.of());
        } else if (name.equals("Fault")) {
          answer = fault(b);
        } else {
          throw wrong(b, expected, describe(name));
        }
      }
      if (answer == null) {
        throw wrong(b, expected, "an empty SOAP Body");
      }
      return answer;
    });
  }

  /** {@code …Response}, {@code …Result}, the diffgram, the DataSet, its rows. */
  private static <R> CatalogAnswer<R> response(WireReader r, CatalogOperation op,
      CatalogRows.Kind<R> row) throws IOException {
    List<R> rows = new ArrayList<>();
    String dataSet = null;
    String name;
    while ((name = r.nextField()) != null) {
      r.next();
      if (!name.equals(op.resultName()) || !element(r)) {
        r.unknown(name);
        continue;
      }
      String inResult;
      while ((inResult = r.nextField()) != null) {
        r.next();
        if (inResult.equals("schema")) {
          r.skip();
        } else if (inResult.equals("diffgram") && element(r)) {
          String inDiffgram;
          while ((inDiffgram = r.nextField()) != null) {
            r.next();
            if (dataSet == null) {
              dataSet = inDiffgram;
              if (element(r)) {
                dataSet(r, row, rows);
              } else if (r.text() != null) {
                throw r.error(Reason.UNEXPECTED_TYPE, "expected rows, not text");
              }
            } else {
              r.unknown(inDiffgram);
            }
          }
        } else {
          r.unknown(inResult);
        }
      }
    }
    return new CatalogAnswer<>(AnswerStatus.ok(), rows, dataSet == null ? CatalogAnswer.DEFAULT_DATA_SET : dataSet);
  }

  private static <R> void dataSet(WireReader r, CatalogRows.Kind<R> row, List<R> rows)
      throws IOException {
    WireXml.repeated(r, TABLE);
    String name;
    while ((name = r.nextField()) != null) {
      r.next();
      if (!name.equals(CatalogRows.TABLE)) {
        r.unknown(name);
      } else if (WireXml.list(r)) {
        while (r.next() != JsonToken.END_ARRAY) {
          rows.add(oneRow(r, row));
        }
      } else {
        rows.add(oneRow(r, row));
      }
    }
  }

  private static <R> R oneRow(WireReader r, CatalogRows.Kind<R> row) throws IOException {
    if (element(r)) {
      return row.table().readObject(r).row();
    }
    if (r.text() != null) {
      throw r.error(Reason.UNEXPECTED_TYPE, "expected a row's columns, not text");
    }
    return row.empty(); // <TABLE/>: a row without columns, kept for the loader to refuse
  }

  private static <R> CatalogAnswer<R> fault(WireReader r) throws IOException {
    String code = null;
    String message = null;
    if (element(r)) {
      String name;
      while ((name = r.nextField()) != null) {
        r.next();
        if (name.equals("faultcode")) {
          code = r.code();
        } else if (name.equals("faultstring")) {
          message = r.text();
        } else {
          r.unknown(name);
        }
      }
    }
    return CatalogAnswer.fault(AnswerStatus.failure(code == null ? null : ResultCode.of(code), message));
  }

  // ================================================================ writing

  private static void startEnvelope(WireWriter w) throws IOException {
    WireXml.bind(w, "soap", SOAP);
    WireXml.root(w, SOAP, "Envelope");
    WireXml.start(w, SOAP, "Body");
  }

  private <R> byte[] writeAnswer(Decoded<CatalogAnswer<R>> decoded, CatalogOperation op,
      CatalogRows.Kind<R> row) {
    CatalogAnswer<R> answer = decoded.value();
    AnswerStatus.Outcome outcome = answer.status().outcome();
    if (outcome == AnswerStatus.Outcome.GATEWAY_FAULT || outcome == AnswerStatus.Outcome.ALREADY_EXISTS) {
      throw new IllegalArgumentException("A " + outcome + " is not an answer of the catalogue service");
    }
    return WireXml.encode(xml, json, decoded.unknownFields(), w -> {
      String root = w.root();
      String body = WireWriter.child(root, "Body");
      startEnvelope(w);
      if (outcome == AnswerStatus.Outcome.FAILURE) {
        String fault = WireWriter.child(body, "Fault");
        WireXml.start(w, SOAP, "Fault");
        ResultCode code = answer.status().code();
        String message = answer.status().message();
        WireXml.next(w, "", "faultcode");
        if (code != null) {
          w.name(CatalogRows.name("faultcode"));
          w.string(code.value());
        }
        if (message != null) {
          w.name(CatalogRows.name("faultstring"));
          w.string(message);
        }
        w.endObject(fault, Set.of("faultcode", "faultstring"));
      } else {
        String response = WireWriter.child(body, op.responseName());
        String result = WireWriter.child(response, op.resultName());
        String diffgram = WireWriter.child(result, "diffgram");
        String dataSet = WireWriter.child(diffgram, answer.dataSet());
        String tables = WireWriter.child(dataSet, CatalogRows.TABLE);
        WireXml.bind(w, "", namespace);
        WireXml.start(w, namespace, op.responseName());
        WireXml.start(w, namespace, op.resultName());
        WireXml.bind(w, "diffgr", DIFFGRAM);
        WireXml.bind(w, "msdata", MSDATA);
        WireXml.start(w, DIFFGRAM, "diffgram");
        WireXml.declare(w, "msdata", MSDATA);
        WireXml.bind(w, "", "");
        WireXml.start(w, "", answer.dataSet());
        List<R> rows = answer.rows();
        for (int i = 0; i < rows.size(); i++) {
          w.name(CatalogRows.name(CatalogRows.TABLE));
          WireXml.next(w, "", CatalogRows.TABLE);
          row.table().write(w, new CatalogRows.Numbered<>(i, rows.get(i)), WireWriter.child(tables, i));
        }
        w.endObject(dataSet, TABLE);
        WireXml.next(w, DIFFGRAM, "diffgram");
        w.endObject(diffgram, Set.of(answer.dataSet()));
        WireXml.next(w, namespace, op.resultName());
        w.endObject(result, Set.of("schema", "diffgram"));
        w.endObject(response, Set.of(op.resultName()));
      }
      WireXml.next(w, SOAP, "Body");
      w.endObject(body, BODY_ANSWER);
      w.endObject(root, ENVELOPE);
    });
  }

  /**
   * Configures a {@link CatalogServiceXml}.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private ReadLimits limits = ReadLimits.builder().maxDocumentBytes(16 * 1024 * 1024).maxTokenCount(2_000_000)
        .build();
    private String namespace = DEFAULT_NAMESPACE;

    private Builder() {}

    /**
     * Sets the read limits. By default those of {@link ReadLimits#defaults()} but for documents of up to 16 MiB and
     * 2,000,000 tokens: the legacy commune list (10,035 rows) is about 4 MB.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder readLimits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets the namespace of the operations' elements and of the {@code SOAPAction}: {@code http://tempuri.org/} as
     * published (the .NET default, which a redeployment may change).
     *
     * @param namespace an absolute URI
     * @return this builder
     * @throws IllegalArgumentException if it is blank or has white space
     */
    public Builder namespace(String namespace) {
      Objects.requireNonNull(namespace, "namespace");
      if (namespace.isBlank() || namespace.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("The namespace is a URI without white space");
      }
      this.namespace = namespace;
      return this;
    }

    /**
     * Builds the service.
     *
     * @return the service
     */
    public CatalogServiceXml build() {
      return new CatalogServiceXml(this);
    }
  }
}
