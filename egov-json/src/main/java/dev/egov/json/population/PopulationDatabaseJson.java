package dev.egov.json.population;

import dev.egov.json.ResultCode;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import dev.egov.json.AnswerStatus;
import dev.egov.json.Decoded;
import dev.egov.json.GatewayFault;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.ReadLimits;
import dev.egov.json.UnknownField;
import dev.egov.json.internal.ReadGuard;
import dev.egov.model.catalog.AdministrativeEra;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The population database's wire dialect (CSDL quốc gia về dân cư; docs/population-database.md): egov's {@link
 * dev.egov.model.person.Citizen} and the look-up and verification messages, to and from the SOAP form, the SOAP form
 * inside a gateway's JSON envelope, and the JSON form of the national data-exchange platform ({@link WireForm}).
 *
 * <pre>{@code
 * PopulationDatabaseJson db = PopulationDatabaseJson.get();
 * byte[] request = db.writeLookupRequest(new LookupRequest(metadata, identity), WireForm.SOAP);
 * Decoded<LookupAnswer> answer = db.decodeLookupAnswer(responseBytes, WireForm.SOAP_IN_JSON, responseDate);
 * if (answer.value().status().success()) {
 *   List<Citizen> citizens = answer.value().citizens();
 * }
 * byte[] again = db.writeLookupAnswer(answer, WireForm.SOAP_IN_JSON);   // with the unknown fields put back
 * }</pre>
 *
 * <p><b>Readers are tolerant.</b> Numbers and booleans may be strings or numbers; empty text, empty elements and nulls
 * are absent; surrounding white space is insignificant; birth dates are read in every form the population database
 * and provincial systems write ({@code yyyyMMdd}, {@code yyyy-MM-dd}, {@code yyyy}, {@code dd/MM/yyyy}, with {@code
 * 00} fillers), as text or as the SOAP structure; code-list values egov does not know are kept (see {@link
 * PopulationCodes}); XML is read by local names, whatever the namespaces and prefixes. Fields egov has no home for
 * are reported as {@link UnknownField}s: JSON Pointers for JSON; for XML, pointer-like paths of element names below
 * the root element ({@code /Body/CongdanCollection/CongDan/0/MaMoi}), a repeated
 * {@code CongDan} with its index; in the envelope form, paths inside the SOAP document start with {@code /message}.
 * An unusable payload throws {@link JsonDecodingException} naming the field, never quoting its value.
 *
 * <p><b>Writers are strict</b> and write exactly the dialect: the element order of docs/population-database.md, absent values left out
 * (never written as empty elements), the name {@code HoVaTen} always with its three parts, {@code GioiTinh} always.
 * Given a {@link Decoded}, they put the unknown fields back: in place of a field the record has no value for, or at the
 * end of their object; a field whose object the writer does not write is dropped. In XML, unknown fields are written
 * as elements in their parent's namespace; attributes of unknown elements are not kept.
 *
 * <p><b>Address era.</b> An address with a district ({@code MaQuanHuyen} or {@code TenQuanHuyen}) is of the legacy
 * three-level catalogue. One without a district is of the era in force on the answer's date when the caller gives
 * it ({@link #decodeLookupAnswer(byte[], WireForm, LocalDate)}), otherwise of the {@linkplain Builder#defaultEra
 * configured default} ({@link AdministrativeEra#REFORM_2025}: the database is expected to send new-structure addresses
 * without a district after 1 July 2025, docs/population-database.md, Addresses: UNCERTAIN). An address is never converted between eras.
 *
 * <p><b>Identifiers.</b> The citizen's own {@code SoDinhDanh} and {@code SoCMND}, and a request's, must be valid
 * ({@link JsonDecodingException.Reason#INVALID_VALUE} otherwise). Relatives' and the head of household's numbers,
 * {@code MaSoThue}, {@code MaBHXH} and a {@code SoDienThoai} that {@link dev.egov.model.id.PhoneNumber#parseInbound}
 * rejects are kept as unknown fields instead, so that one bad secondary value does not make a citizen unreadable.
 *
 * <p><b>Only the message asked for.</b> A reader requires its own message's element or fields ({@code
 * CongdanCollection} or {@code TraCuuThongTinCongDanResponse}; {@code XacThucThongTinCongDanResponse}; the JSON form's
 * {@code error_code} and, for a success, {@code data}; a request's fields) and refuses anything else with {@link
 * JsonDecodingException.Reason#WRONG_MESSAGE}, naming what it found by name, never by value. A gateway's fault (WSO2's
 * JSON, legacy JSON or XML {@code <ams:fault>}, an X-Road error, an OAuth token error; docs/gateways.md) is recognised
 * by every answer reader in every form and returned as {@link AnswerStatus.Outcome#GATEWAY_FAULT}: a refused
 * credential never reads as "citizen not found". Real clients' variants are read (docs/population-database.md,
 * Variants read): camelCase JSON requests, requests in a gateway's JSON envelope, values longer than the
 * specification allows (the writers check lengths).
 *
 * <p><b>Credentials.</b> A request's {@code AuthHash} (an officer credential some gateways add, docs/gateways.md,
 * Officer credentials), and a gateway envelope's {@code accessToken} and {@code lgspAccessToken}, are skipped when a
 * request is read: they are neither part of the record nor reported as unknown fields, so they cannot reach a log;
 * adding them is the client's authentication, not this mapping's.
 *
 * <p><b>Sharing.</b> Immutable and thread-safe; the mappers are built once. Use {@link #get()} or build one per
 * gateway with {@link #builder()}.
 *
 * @since 0.1.0
 */
public final class PopulationDatabaseJson {

  private static final PopulationDatabaseJson SHARED = builder().build();

  private final Set<String> successCodes;
  private final AdministrativeEra defaultEra;
  private final ReadLimits readLimits;
  private final PopulationMessages messages;

  private PopulationDatabaseJson(Builder builder) {
    this.successCodes = Set.copyOf(builder.successCodes);
    this.defaultEra = builder.defaultEra;
    this.readLimits = builder.readLimits;
    ReadGuard guard = new ReadGuard(builder.readLimits);
    // No DTDs, hence no external entities (XXE) and no entity expansion; the read limits (ReadGuard).
    XmlFactory xmlFactory =
        guard.xmlFactory(XmlFactory.builder().enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION));
    this.messages = new PopulationMessages(JsonMapper.builder(guard.jsonFactory()).build(), new XmlMapper(xmlFactory), guard,
        successCodes, builder.successCodes.iterator().next());
  }

  /**
   * Returns the shared instance: success codes {@code 0} and {@code 00} (as numbers or strings), addresses without a
   * district of the {@link AdministrativeEra#REFORM_2025} era unless an answer date is given.
   *
   * @return the shared instance
   */
  public static PopulationDatabaseJson get() {
    return SHARED;
  }

  /**
   * Starts a configuration, for a gateway whose success codes differ.
   *
   * @return a builder with the defaults of {@link #get()}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the result codes read as success.
   *
   * @return the codes' text
   */
  public Set<String> successCodes() {
    return successCodes;
  }

  /**
   * Returns the era of addresses without a district when no answer date is given.
   *
   * @return the default era
   */
  public AdministrativeEra defaultEra() {
    return defaultEra;
  }

  /**
   * Returns the safety limits this instance reads with, in every form (the SOAP document inside a gateway's JSON
   * envelope included).
   *
   * @return the limits
   */
  public ReadLimits readLimits() {
    return readLimits;
  }

  // ---------------------------------------------------------------- look-up answers

  /**
   * Reads the answer to {@code TraCuuThongTinCongDan}, with addresses without a district of the {@linkplain
   * #defaultEra() default era}.
   *
   * @param payload the payload, UTF-8 (XML may declare another encoding)
   * @param form its form
   * @return the answer (a failure answer, and a gateway's fault as {@link AnswerStatus.Outcome#GATEWAY_FAULT}, are
   *     returned, not thrown) and the fields egov has no home for
   * @throws JsonDecodingException if the payload is malformed, another message ({@link
   *     JsonDecodingException.Reason#WRONG_MESSAGE}) or a value is unusable
   */
  public Decoded<LookupAnswer> decodeLookupAnswer(byte[] payload, WireForm form) {
    return decodeLookupAnswer(payload, form, defaultEra);
  }

  /**
   * Reads the answer to {@code TraCuuThongTinCongDan}, with addresses without a district of the era in force on the
   * answer's date.
   *
   * @param payload the payload
   * @param form its form
   * @param asOf the date of the answer (such as the HTTP response's {@code Date}, in Vietnamese time)
   * @return the answer (a gateway's fault as {@link AnswerStatus.Outcome#GATEWAY_FAULT}) and the fields egov has no
   *     home for
   * @throws JsonDecodingException if the payload is malformed, another message ({@link
   *     JsonDecodingException.Reason#WRONG_MESSAGE}) or a value is unusable
   */
  public Decoded<LookupAnswer> decodeLookupAnswer(byte[] payload, WireForm form, LocalDate asOf) {
    return decodeLookupAnswer(payload, form, AdministrativeEra.asOf(Objects.requireNonNull(asOf, "asOf")));
  }

  private Decoded<LookupAnswer> decodeLookupAnswer(byte[] payload, WireForm form, AdministrativeEra era) {
    Objects.requireNonNull(payload, "payload");
    try {
      return messages.decode(payload, isXml(form), era, messages.lookupAnswer(form, era));
    } catch (JsonDecodingException e) {
      GatewayFault fault = messages.gatewayFault(payload);
      if (fault != null) {
        return Decoded.of(LookupAnswer.failed(AnswerStatus.of(fault)));
      }
      throw messages.refine(e, payload, isXml(form), expected(form, PopulationMessages.LOOKUP_SOAP,
          PopulationMessages.LOOKUP_ENVELOPE, PopulationMessages.LOOKUP_JSON));
    }
  }

  private static String expected(WireForm form, String soap, String envelope, String json) {
    return form == WireForm.SOAP ? soap : form == WireForm.SOAP_IN_JSON ? envelope : json;
  }

  /**
   * Writes the answer to {@code TraCuuThongTinCongDan}. A success without a code (read from plain SOAP) is written in
   * the JSON forms with the first configured success code.
   *
   * @param answer the answer
   * @param form the form to write
   * @return the payload, UTF-8
   * @throws IllegalArgumentException if a failure answer without a code is written in a JSON form
   */
  public byte[] writeLookupAnswer(LookupAnswer answer, WireForm form) {
    return writeLookupAnswer(Decoded.of(answer), form);
  }

  /**
   * Writes the answer to {@code TraCuuThongTinCongDan} with its unknown fields put back.
   *
   * @param answer the answer, as decoded
   * @param form the form to write (the form it was read in, for a faithful round trip)
   * @return the payload, UTF-8
   * @throws IllegalArgumentException if a failure answer without a code is written in a JSON form
   */
  public byte[] writeLookupAnswer(Decoded<LookupAnswer> answer, WireForm form) {
    List<UnknownField> unknown = answer.unknownFields();
    return messages.write(isXml(form), unknown, messages.lookupAnswer(form, answer.value(), unknown));
  }

  // ---------------------------------------------------------------- verification answers

  /**
   * Reads the answer to {@code XacThucThongTinCongDan}.
   *
   * @param payload the payload
   * @param form its form
   * @return the answer (a failure answer, and a gateway's fault as {@link AnswerStatus.Outcome#GATEWAY_FAULT}, are
   *     returned, not thrown) and the fields egov has no home for
   * @throws JsonDecodingException if the payload is malformed, another message ({@link
   *     JsonDecodingException.Reason#WRONG_MESSAGE}), a value is unusable, or a success has no {@code TonTai}
   */
  public Decoded<VerificationAnswer> decodeVerificationAnswer(byte[] payload, WireForm form) {
    Objects.requireNonNull(payload, "payload");
    try {
      return messages.decode(payload, isXml(form), defaultEra, messages.verificationAnswer(form, defaultEra));
    } catch (JsonDecodingException e) {
      GatewayFault fault = messages.gatewayFault(payload);
      if (fault != null) {
        return Decoded.of(new VerificationAnswer(AnswerStatus.of(fault), null));
      }
      throw messages.refine(e, payload, isXml(form), expected(form, PopulationMessages.VERIFICATION_SOAP,
          PopulationMessages.VERIFICATION_ENVELOPE, PopulationMessages.VERIFICATION_JSON));
    }
  }

  /**
   * Writes the answer to {@code XacThucThongTinCongDan}.
   *
   * @param answer the answer
   * @param form the form to write
   * @return the payload, UTF-8
   * @throws IllegalArgumentException if a failure answer without a code is written in a JSON form
   */
  public byte[] writeVerificationAnswer(VerificationAnswer answer, WireForm form) {
    return writeVerificationAnswer(Decoded.of(answer), form);
  }

  /**
   * Writes the answer to {@code XacThucThongTinCongDan} with its unknown fields put back.
   *
   * @param answer the answer, as decoded
   * @param form the form to write
   * @return the payload, UTF-8
   * @throws IllegalArgumentException if a failure answer without a code is written in a JSON form
   */
  public byte[] writeVerificationAnswer(Decoded<VerificationAnswer> answer, WireForm form) {
    List<UnknownField> unknown = answer.unknownFields();
    return messages.write(isXml(form), unknown, messages.verificationAnswer(form, answer.value(), unknown));
  }

  // ---------------------------------------------------------------- requests

  /**
   * Reads a {@code TraCuuThongTinCongDan} request (as a fake population database does).
   *
   * @param payload the payload
   * @param form its form; {@link WireForm#SOAP_IN_JSON} is the gateway's request envelope, whose credentials are never
   *     kept and whose other fields are unknown fields
   * @return the request and the fields egov has no home for
   * @throws JsonDecodingException if the payload is malformed, another message ({@link
   *     JsonDecodingException.Reason#WRONG_MESSAGE}), a field is missing or a value is unusable
   */
  public Decoded<LookupRequest> decodeLookupRequest(byte[] payload, WireForm form) {
    Objects.requireNonNull(payload, "payload");
    Decoded<PopulationTables.Request> fields = decodeRequest(payload, form, PopulationMessages.LOOKUP);
    return new Decoded<>(new LookupRequest(fields.value().metadata(), fields.value().identity()),
        fields.unknownFields());
  }

  /**
   * Writes a {@code TraCuuThongTinCongDan} request.
   *
   * @param request the request
   * @param form the form; {@link WireForm#SOAP_IN_JSON} writes {@code {"data": "<SOAP>"}}, without credentials
   * @return the payload, UTF-8
   * @throws IllegalArgumentException if the metadata is longer than the specification allows ({@link
   *     RequestMetadata#checkLengths()})
   */
  public byte[] writeLookupRequest(LookupRequest request, WireForm form) {
    return writeLookupRequest(Decoded.of(request), form);
  }

  /**
   * Writes a {@code TraCuuThongTinCongDan} request with its unknown fields put back.
   *
   * @param request the request, as decoded
   * @param form the form; {@link WireForm#SOAP_IN_JSON} writes {@code {"data": "<SOAP>"}}, without credentials
   * @return the payload, UTF-8
   * @throws IllegalArgumentException if the metadata is longer than the specification allows ({@link
   *     RequestMetadata#checkLengths()})
   */
  public byte[] writeLookupRequest(Decoded<LookupRequest> request, WireForm form) {
    LookupRequest r = request.value();
    return messages.write(isXml(form), request.unknownFields(),
        messages.request(form, PopulationMessages.LOOKUP, r.metadata(), r.identity(), request.unknownFields()));
  }

  /**
   * Reads an {@code XacThucThongTinCongDan} request.
   *
   * @param payload the payload
   * @param form its form; {@link WireForm#SOAP_IN_JSON} is the gateway's request envelope, whose credentials are never
   *     kept and whose other fields are unknown fields
   * @return the request and the fields egov has no home for
   * @throws JsonDecodingException if the payload is malformed, another message ({@link
   *     JsonDecodingException.Reason#WRONG_MESSAGE}), a field is missing or a value is unusable
   */
  public Decoded<VerificationRequest> decodeVerificationRequest(byte[] payload, WireForm form) {
    Objects.requireNonNull(payload, "payload");
    Decoded<PopulationTables.Request> fields = decodeRequest(payload, form, PopulationMessages.VERIFICATION);
    return new Decoded<>(new VerificationRequest(fields.value().metadata(), fields.value().identity()),
        fields.unknownFields());
  }

  /**
   * Writes an {@code XacThucThongTinCongDan} request.
   *
   * @param request the request
   * @param form the form; {@link WireForm#SOAP_IN_JSON} writes {@code {"data": "<SOAP>"}}, without credentials
   * @return the payload, UTF-8
   * @throws IllegalArgumentException if the metadata is longer than the specification allows ({@link
   *     RequestMetadata#checkLengths()})
   */
  public byte[] writeVerificationRequest(VerificationRequest request, WireForm form) {
    return writeVerificationRequest(Decoded.of(request), form);
  }

  /**
   * Writes an {@code XacThucThongTinCongDan} request with its unknown fields put back.
   *
   * @param request the request, as decoded
   * @param form the form; {@link WireForm#SOAP_IN_JSON} writes {@code {"data": "<SOAP>"}}, without credentials
   * @return the payload, UTF-8
   * @throws IllegalArgumentException if the metadata is longer than the specification allows ({@link
   *     RequestMetadata#checkLengths()})
   */
  public byte[] writeVerificationRequest(Decoded<VerificationRequest> request, WireForm form) {
    VerificationRequest r = request.value();
    return messages.write(isXml(form), request.unknownFields(),
        messages.request(form, PopulationMessages.VERIFICATION, r.metadata(), r.identity(), request.unknownFields()));
  }

  private Decoded<PopulationTables.Request> decodeRequest(byte[] payload, WireForm form, String operation) {
    try {
      return messages.decode(payload, isXml(form), defaultEra, messages.request(form, operation, defaultEra));
    } catch (JsonDecodingException e) {
      String expected = PopulationMessages.requestWhat(operation);
      if (e.reason() != JsonDecodingException.Reason.MALFORMED) {
        GatewayFault fault = messages.gatewayFault(payload);
        if (fault != null) {
          throw new JsonDecodingException(JsonDecodingException.Reason.WRONG_MESSAGE, "", "expected " + expected
              + ", found a gateway fault (" + fault.form() + ")");
        }
      }
      throw messages.refine(e, payload, isXml(form), expected);
    }
  }

  private static boolean isXml(WireForm form) {
    return Objects.requireNonNull(form, "form") == WireForm.SOAP;
  }

  /**
   * Configures a {@link PopulationDatabaseJson}.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private Set<String> successCodes = new LinkedHashSet<>(List.of("0", "00"));
    private AdministrativeEra defaultEra = AdministrativeEra.REFORM_2025;
    private ReadLimits readLimits = ReadLimits.defaults();

    private Builder() {}

    /**
     * Sets the safety limits of reading ({@link ReadLimits#defaults()} by default), in every form: a payload beyond
     * them is refused with {@link JsonDecodingException.Reason#LIMIT_EXCEEDED}.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder readLimits(ReadLimits limits) {
      this.readLimits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets the result codes that mean success, replacing the default {@code 0} and {@code 00} (docs/population-database.md, Answers and result codes;
     * UNCERTAIN per gateway: confirm with yours). A code is compared as text, so {@code "0"} covers both {@code 0}
     * and {@code "0"}. The first is written for a success that has no code.
     *
     * @param codes the codes' text, at least one
     * @return this builder
     * @throws IllegalArgumentException if there is no code, or a code is blank
     */
    public Builder successCodes(Collection<String> codes) {
      List<String> copy = new ArrayList<>(codes.size());
      for (String code : codes) {
        ResultCode.of(Objects.requireNonNull(code, "code"));
        copy.add(code);
      }
      if (copy.isEmpty()) {
        throw new IllegalArgumentException("At least one success code is needed");
      }
      this.successCodes = new LinkedHashSet<>(copy);
      return this;
    }

    /**
     * Sets the era of addresses without a district when no answer date is given.
     *
     * @param era the era; {@link AdministrativeEra#REFORM_2025} by default
     * @return this builder
     */
    public Builder defaultEra(AdministrativeEra era) {
      this.defaultEra = Objects.requireNonNull(era, "era");
      return this;
    }

    /**
     * Builds the mapping.
     *
     * @return a new, thread-safe mapping
     */
    public PopulationDatabaseJson build() {
      return new PopulationDatabaseJson(this);
    }
  }
}
