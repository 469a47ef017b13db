package dev.egov.json.business;

import static dev.egov.json.internal.wire.Forms.CODE;
import static dev.egov.json.internal.wire.Forms.RESULT_CODE;
import static dev.egov.json.internal.wire.Forms.TEXT;

import com.fasterxml.jackson.core.JsonToken;
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
import dev.egov.model.id.TaxIdentifier;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The national business registry's enterprise look-up (docs/business-registry.md): the answer of {@code
 * chiTietDoanhNghiep} in both its shapes, and a provincial gateway's {@code TraCuuThongTinDoanhNghiep} answer, read
 * tolerantly and written exactly; both map to egov's {@link dev.egov.model.organisation.Organisation}.
 *
 * <pre>{@code
 * BusinessRegistryJson registry = BusinessRegistryJson.get();
 * String path = EnterpriseLookup.national(TaxCode.parse("0100109106")).pathAndQuery();
 * RegistryAnswer answer = registry.decodeAnswer(body).value();
 * if (answer.status().outcome() == AnswerStatus.Outcome.GATEWAY_FAULT) {
 *   // the gateway refused the call: renew the token, wait, or fix the configuration
 * } else if (answer.found()) {
 *   Organisation organisation = answer.organisation().orElseThrow();
 * }
 * }</pre>
 *
 * <h2>Reading</h2>
 * Numbers as numbers or strings; empty and blank strings and {@code null} as absent; {@code Representatives} as one
 * object or a list; the tax code ({@code ENTERPRISE_GDT_CODE}) in any form egov's {@link TaxIdentifier} reads
 * leniently, an invalid one being {@link JsonDecodingException.Reason#INVALID_VALUE}. "Not found" ({@code
 * MainInformation} null or absent) is an answer, not an error. A gateway's fault in any form is an answer whose status
 * is {@link AnswerStatus.Outcome#GATEWAY_FAULT}; another message (a portal answer, a provincial answer given to the
 * national reader, a population-database answer) is {@link JsonDecodingException.Reason#WRONG_MESSAGE}.
 *
 * <h2>Writing</h2>
 * Fields in the order of docs/business-registry.md's tables; numbers and IDs as JSON numbers; the tax code in its
 * standard form; absent values omitted; unknown fields put back.
 *
 * <h2>Status</h2>
 * The registry publishes no list of {@code Status} codes (UNCERTAIN): by default every answer with data is {@link
 * AnswerStatus.Outcome#SUCCESS} and {@link RegistryAnswer#found()} tells whether the enterprise was found; {@link
 * Builder#successCodes} makes the others {@link AnswerStatus.Outcome#FAILURE}. The provincial answer is a success
 * when its {@code StatusCode} is one of {@link Builder#provincialSuccessCodes} ({@code 200} by default) and {@code
 * ThrowException} is not {@code true}.
 *
 * <p>Immutable and thread-safe. The representatives' personal data never appears in a {@code toString}.
 *
 * @since 0.1.0
 */
public final class BusinessRegistryJson {

  /** {@code MainInformation}. */
  static final MessageTable<RegistryEnterprise> MAIN;

  static {
    MessageTable.Builder<RegistryEnterprise> t = MessageTable.builder("an enterprise (MainInformation)");
    Field<RegistryEnterprise, Long> id = t.field("ENTERPRISE_ID", RegistryForms.LONG, RegistryEnterprise::enterpriseId);
    Field<RegistryEnterprise, String> code = t.field("ENTERPRISE_CODE", CODE, RegistryEnterprise::enterpriseCode);
    Field<RegistryEnterprise, TaxIdentifier> tax = t.field("ENTERPRISE_GDT_CODE",
        Forms.identifier("a tax code", TaxIdentifier::parseLenient, TaxIdentifier::format),
        RegistryEnterprise::taxCode).required();
    Field<RegistryEnterprise, String> name = t.field("NAME", TEXT, RegistryEnterprise::name).required();
    Field<RegistryEnterprise, String> foreign = t.field("NAME_F", TEXT, RegistryEnterprise::foreignName);
    Field<RegistryEnterprise, String> shortName = t.field("SHORT_NAME", TEXT, RegistryEnterprise::shortName);
    Field<RegistryEnterprise, String> statusId = t.field("ENTERPRISE_STATUS_ID", RegistryForms.NUMERIC_CODE,
        e -> e.status() == null ? null : e.status().code());
    Field<RegistryEnterprise, String> statusName = t.field("ENTERPRISE_STATUS_NAME", TEXT,
        e -> e.status() == null ? null : e.status().name());
    Field<RegistryEnterprise, String> typeId =
        t.field("ENTERPRISE_TYPE_ID", RegistryForms.NUMERIC_CODE, RegistryEnterprise::typeId);
    Field<RegistryEnterprise, String> typeName = t.field("ENTERPRISE_TYPE_NAME", TEXT, RegistryEnterprise::typeName);
    Field<RegistryEnterprise, String> founded = t.field("FOUNDING_DATE", TEXT, RegistryEnterprise::foundingDate);
    Field<RegistryEnterprise, String> amended = t.field("LAST_AMEND_DATE", TEXT, RegistryEnterprise::lastAmendDate);
    Field<RegistryEnterprise, BigDecimal> capital =
        t.field("CAPITAL_AMOUNT", RegistryForms.DECIMAL, RegistryEnterprise::capital);
    Field<RegistryEnterprise, Integer> changes =
        t.field("NUMBER_CHANGES", RegistryForms.INT, RegistryEnterprise::numberOfChanges);
    MAIN = t.build(v -> {
      String sid = v.get(statusId);
      String sname = v.get(statusName);
      return new RegistryEnterprise(v.get(id), v.get(code), v.need(tax), v.need(name), v.get(foreign),
          v.get(shortName), sid == null && sname == null ? null : new EnterpriseStatus(sid, sname), v.get(typeId),
          v.get(typeName), v.get(founded), v.get(amended), v.get(capital), v.get(changes));
    });
  }

  /** {@code HOAdress}. */
  static final MessageTable<HeadOffice> HEAD_OFFICE;

  static {
    MessageTable.Builder<HeadOffice> t = MessageTable.builder("a head office (HOAdress)");
    Field<HeadOffice, Integer> city = t.field("CityID", RegistryForms.INT, HeadOffice::cityId);
    Field<HeadOffice, Integer> district = t.field("DistrictID", RegistryForms.INT, HeadOffice::districtId);
    Field<HeadOffice, Integer> ward = t.field("WardID", RegistryForms.INT, HeadOffice::wardId);
    Field<HeadOffice, String> cityName = t.field("CityName", TEXT, HeadOffice::cityName);
    Field<HeadOffice, String> districtName = t.field("DistrictName", TEXT, HeadOffice::districtName);
    Field<HeadOffice, String> wardName = t.field("WardName", TEXT, HeadOffice::wardName);
    Field<HeadOffice, String> street = t.field("StreetNumber", TEXT, HeadOffice::streetNumber);
    Field<HeadOffice, String> full = t.field("AddressFullText", TEXT, HeadOffice::fullText);
    HEAD_OFFICE = t.build(v -> new HeadOffice(v.get(city), v.get(district), v.get(ward), v.get(cityName),
        v.get(districtName), v.get(wardName), v.get(street), v.get(full)));
  }

  /** An item of {@code Representatives}. */
  static final MessageTable<Representative> REPRESENTATIVE;

  static {
    MessageTable.Builder<Representative> t = MessageTable.builder("a legal representative (Representatives)");
    Field<Representative, String> name = t.field("FULL_NAME", TEXT, Representative::fullName);
    Field<Representative, String> gender = t.field("GENDER_ID", RegistryForms.NUMERIC_CODE, Representative::genderId);
    Field<Representative, String> docNo = t.field("PERS_DOC_NO", CODE, Representative::documentNumber);
    Field<Representative, String> docName = t.field("PERS_DOC_NAME", TEXT, Representative::documentName);
    Field<Representative, String> issued = t.field("PERS_DOC_ISSUE_DATE", TEXT, Representative::documentIssueDate);
    Field<Representative, String> place = t.field("PERS_DOC_ISSUE_PLACE", TEXT, Representative::documentIssuePlace);
    Field<Representative, String> expires =
        t.field("PERS_DOC_EXPIRE_DATE", TEXT, Representative::documentExpiryDate);
    Field<Representative, String> born = t.field("DATE_OF_BIRTH", TEXT, Representative::dateOfBirth);
    Field<Representative, String> nationality = t.field("NATIONALITY_NAME", TEXT, Representative::nationality);
    REPRESENTATIVE = t.build(v -> new Representative(v.get(name), v.get(gender), v.get(docNo), v.get(docName),
        v.get(issued), v.get(place), v.get(expires), v.get(born), v.get(nationality)));
  }

  /** {@code Representatives} as they came: one object alone or a list. */
  record Representatives(List<Representative> list, boolean single) {}

  /** {@code Representatives}: one object alone or a list, written back as it came. */
  static final Form<Representatives> REPRESENTATIVES = new Form<>() {
    @Override
    public @Nullable Representatives read(WireReader r) throws IOException {
      if (r.token() == JsonToken.START_OBJECT) {
        return new Representatives(List.of(REPRESENTATIVE.readObject(r)), true);
      }
      List<Representative> list = Forms.list(REPRESENTATIVE).read(r);
      return list == null ? null : new Representatives(list, false);
    }

    @Override
    public void write(WireWriter w, Representatives value, @Nullable String pointer) throws IOException {
      if (value.single()) {
        REPRESENTATIVE.write(w, value.list().get(0), pointer);
      } else {
        Forms.list(REPRESENTATIVE).write(w, value.list(), pointer);
      }
    }

    @Override
    public boolean absent(@Nullable Representatives value) {
      return value == null || value.list().isEmpty();
    }
  };

  /** The inner {@code Data}: {@code MainInformation}, {@code HOAdress}, {@code Representatives}. */
  static final MessageTable<RegistryAnswer> CONTENT;

  static {
    MessageTable.Builder<RegistryAnswer> t =
        MessageTable.builder("the registry's data (MainInformation, HOAdress, Representatives)");
    Field<RegistryAnswer, RegistryEnterprise> main = t.field("MainInformation", MAIN, RegistryAnswer::enterprise);
    Field<RegistryAnswer, HeadOffice> office = t.field("HOAdress", HEAD_OFFICE, RegistryAnswer::headOffice);
    Field<RegistryAnswer, Representatives> reps = t.field("Representatives", REPRESENTATIVES,
        a -> new Representatives(a.representatives(), a.singleRepresentative()));
    CONTENT = t.build(v -> {
      Representatives r = v.get(reps);
      return new RegistryAnswer(RegistryAnswer.Shape.DATA, AnswerStatus.ok(), null, null, v.get(main),
          v.get(office), r == null ? List.of() : r.list(), r != null && r.single());
    });
  }

  /** {@code {Status, DataCount, Data}}; the status is a placeholder holding the code, classified by the root. */
  static final MessageTable<RegistryAnswer> DATA;

  static {
    MessageTable.Builder<RegistryAnswer> t = MessageTable.builder("the registry's answer data (Status, Data)");
    Field<RegistryAnswer, ResultCode> status = t.field("Status", RESULT_CODE, a -> a.status().code());
    Field<RegistryAnswer, Integer> count = t.field("DataCount", RegistryForms.INT, RegistryAnswer::dataCount);
    Field<RegistryAnswer, RegistryAnswer> data = t.field("Data", CONTENT, a -> a);
    DATA = t.build(v -> withData(v.get(status), v.get(count), v.get(data)));
  }

  private static RegistryAnswer withData(@Nullable ResultCode code, @Nullable Integer count,
      @Nullable RegistryAnswer content) {
    AnswerStatus holder = code == null ? AnswerStatus.ok() : AnswerStatus.success(code, null);
    return content == null
        ? new RegistryAnswer(RegistryAnswer.Shape.DATA, holder, null, count, null, null, List.of(), false)
        : new RegistryAnswer(RegistryAnswer.Shape.DATA, holder, null, count, content.enterprise(),
            content.headOffice(), content.representatives(), content.singleRepresentative());
  }

  /** {@code ResultObject}. */
  static final MessageTable<ProvincialEnterprise> PROVINCIAL_ENTERPRISE;

  static {
    MessageTable.Builder<ProvincialEnterprise> t = MessageTable.builder("an enterprise (ResultObject)");
    Field<ProvincialEnterprise, String> name = t.field("NAME", TEXT, ProvincialEnterprise::name).required();
    Field<ProvincialEnterprise, TaxIdentifier> tax = t.field("ENTERPRISE_GDT_CODE",
        Forms.identifier("a tax code", TaxIdentifier::parseLenient, TaxIdentifier::format),
        ProvincialEnterprise::taxCode).required();
    Field<ProvincialEnterprise, String> status =
        t.field("ENTERPRISE_STATUS_NAME", TEXT, ProvincialEnterprise::statusName);
    Field<ProvincialEnterprise, String> address =
        t.field("HO_ADDRESS_FULLTEXT", TEXT, ProvincialEnterprise::headOfficeAddress);
    PROVINCIAL_ENTERPRISE = t.build(v -> new ProvincialEnterprise(v.need(name), v.need(tax), v.get(status),
        v.get(address)));
  }

  /** The defaults; after the tables, which it needs. */
  private static final BusinessRegistryJson DEFAULTS = builder().build();

  private final Set<String> successCodes;
  private final Set<String> provincialSuccessCodes;
  private final ReadLimits readLimits;
  private final JsonMessages messages;
  private final MessageTable<RegistryAnswer> answers;
  private final MessageTable<ProvincialRegistryAnswer> provincialAnswers;

  private BusinessRegistryJson(Builder b) {
    this.successCodes = Set.copyOf(b.successCodes);
    this.provincialSuccessCodes = Set.copyOf(b.provincialSuccessCodes);
    this.readLimits = b.readLimits;
    this.messages = new JsonMessages(b.readLimits);
    this.answers = answerTable();
    this.provincialAnswers = provincialTable();
  }

  /**
   * Returns the shared instance with the defaults: every {@code Status} a success, provincial success {@code 200}.
   *
   * @return the default mapping
   */
  public static BusinessRegistryJson get() {
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

  private MessageTable<RegistryAnswer> answerTable() {
    MessageTable.Builder<RegistryAnswer> t =
        MessageTable.<RegistryAnswer>builder("a business-registry answer (data or Data)")
            .foreign("StatusCode", "a provincial registry answer (StatusCode)")
            .foreign("ResultObject", "a provincial registry answer (ResultObject)")
            .foreign("error_code", "an answer of another system (error_code)")
            .foreign("service", "a portal call (service)");
    Field<RegistryAnswer, Integer> rows = t.field("affectedRows", RegistryForms.INT,
        a -> a.shape() == RegistryAnswer.Shape.ENVELOPE ? a.affectedRows() : null);
    Field<RegistryAnswer, String> message = t.field("message", TEXT,
        a -> a.shape() == RegistryAnswer.Shape.ENVELOPE ? a.status().message() : null);
    Field<RegistryAnswer, RegistryAnswer> data =
        t.field("data", objectOnly(DATA), a -> a.shape() == RegistryAnswer.Shape.ENVELOPE ? a : null).identifies();
    Field<RegistryAnswer, ResultCode> status = t.field("Status", RESULT_CODE,
        a -> a.shape() == RegistryAnswer.Shape.DATA ? a.status().code() : null);
    Field<RegistryAnswer, Integer> count = t.field("DataCount", RegistryForms.INT,
        a -> a.shape() == RegistryAnswer.Shape.DATA ? a.dataCount() : null);
    Field<RegistryAnswer, RegistryAnswer> content =
        t.field("Data", objectOnly(CONTENT), a -> a.shape() == RegistryAnswer.Shape.DATA ? a : null).identifies();
    return t.build(v -> {
      RegistryAnswer inner = v.get(data);
      RegistryAnswer.Shape shape = RegistryAnswer.Shape.ENVELOPE;
      if (inner == null) {
        inner = withData(v.get(status), v.get(count), v.get(content));
        shape = RegistryAnswer.Shape.DATA;
      }
      ResultCode code = inner.status().code();
      String text = v.get(message);
      AnswerStatus classified = code == null || successCodes.isEmpty() || successCodes.contains(code.value())
          ? new AnswerStatus(AnswerStatus.Outcome.SUCCESS, code, text, null)
          : AnswerStatus.failure(code, text);
      return new RegistryAnswer(shape, classified, shape == RegistryAnswer.Shape.ENVELOPE ? v.get(rows) : null,
          inner.dataCount(), inner.enterprise(), inner.headOffice(), inner.representatives(),
          inner.singleRepresentative());
    });
  }

  private MessageTable<ProvincialRegistryAnswer> provincialTable() {
    MessageTable.Builder<ProvincialRegistryAnswer> t =
        MessageTable.<ProvincialRegistryAnswer>builder("a provincial registry answer (StatusCode, ResultObject)")
            .foreign("data", "a national registry answer (data)")
            .foreign("Data", "a national registry answer (Data)")
            .foreign("error_code", "an answer of another system (error_code)")
            .foreign("service", "a portal call (service)");
    Field<ProvincialRegistryAnswer, ResultCode> code =
        t.field("StatusCode", RESULT_CODE, a -> a.status().code()).required().identifies();
    Field<ProvincialRegistryAnswer, String> status = t.field("Status", TEXT, ProvincialRegistryAnswer::statusText);
    Field<ProvincialRegistryAnswer, Boolean> thrown =
        t.field("ThrowException", RegistryForms.BOOLEAN, ProvincialRegistryAnswer::throwException);
    Field<ProvincialRegistryAnswer, String> description = t.field("Description", TEXT, a -> a.status().message());
    Field<ProvincialRegistryAnswer, ProvincialEnterprise> result =
        t.field("ResultObject", PROVINCIAL_ENTERPRISE, ProvincialRegistryAnswer::enterprise);
    return t.build(v -> {
      ResultCode c = v.need(code);
      Boolean threw = v.get(thrown);
      AnswerStatus s = provincialSuccessCodes.contains(c.value()) && !Boolean.TRUE.equals(threw)
          ? AnswerStatus.success(c, v.get(description))
          : AnswerStatus.failure(c, v.get(description));
      return new ProvincialRegistryAnswer(s, v.get(status), threw, v.get(result));
    });
  }

  /**
   * A table whose field, when it is neither an object nor absent, proves another message: other systems' answers
   * carry a {@code data} that is a list or a text.
   */
  private static Form<RegistryAnswer> objectOnly(MessageTable<RegistryAnswer> table) {
    return new Form<>() {
      @Override
      public @Nullable RegistryAnswer read(WireReader r) throws IOException {
        JsonToken t = r.token();
        if (t == JsonToken.START_OBJECT || t == JsonToken.VALUE_NULL) {
          return table.read(r);
        }
        throw r.error(JsonDecodingException.Reason.WRONG_MESSAGE, "expected " + table.what()
            + ", found a value that is not an object");
      }

      @Override
      public void write(WireWriter w, RegistryAnswer value, @Nullable String pointer) throws IOException {
        table.write(w, value, pointer);
      }
    };
  }

  // ---- the national answer ----

  /**
   * Reads the national registry's answer to {@code chiTietDoanhNghiep}, in either shape.
   *
   * @param json UTF-8 JSON (or a gateway's XML fault)
   * @return the answer and the fields not mapped
   * @throws JsonDecodingException if the JSON is malformed, is another message ({@link
   *     JsonDecodingException.Reason#WRONG_MESSAGE}), a required field of {@code MainInformation} is missing or a
   *     value is unusable
   */
  public Decoded<RegistryAnswer> decodeAnswer(byte[] json) {
    return messages.answer(json, answers, f -> RegistryAnswer.fault(AnswerStatus.of(f)));
  }

  /**
   * Writes an answer, as a fake registry does.
   *
   * @param answer the answer
   * @return UTF-8 JSON
   * @throws IllegalArgumentException if it is a gateway's fault
   */
  public byte[] writeAnswer(RegistryAnswer answer) {
    return writeAnswer(Decoded.of(Objects.requireNonNull(answer, "answer")));
  }

  /**
   * Writes an answer read earlier, with the fields not mapped put back.
   *
   * @param answer the answer and its unknown fields
   * @return UTF-8 JSON
   * @throws IllegalArgumentException if it is a gateway's fault
   */
  public byte[] writeAnswer(Decoded<RegistryAnswer> answer) {
    if (answer.value().status().outcome() == AnswerStatus.Outcome.GATEWAY_FAULT) {
      throw new IllegalArgumentException("A gateway's fault is not a registry answer");
    }
    return messages.write(answer, answers);
  }

  // ---- the provincial answer ----

  /**
   * Reads a provincial gateway's answer to {@code TraCuuThongTinDoanhNghiep}.
   *
   * @param json UTF-8 JSON (or a gateway's XML fault)
   * @return the answer and the fields not mapped
   * @throws JsonDecodingException if the JSON is malformed, is another message, {@code StatusCode} is missing or a
   *     value is unusable
   */
  public Decoded<ProvincialRegistryAnswer> decodeProvincialAnswer(byte[] json) {
    return messages.answer(json, provincialAnswers, f -> new ProvincialRegistryAnswer(AnswerStatus.of(f), null,
        null, null));
  }

  /**
   * Writes a provincial answer, as a fake gateway does.
   *
   * @param answer the answer and its unknown fields
   * @return UTF-8 JSON
   * @throws IllegalArgumentException if it is a gateway's fault (which has no {@code StatusCode})
   */
  public byte[] writeProvincialAnswer(Decoded<ProvincialRegistryAnswer> answer) {
    return messages.write(answer, provincialAnswers);
  }

  /**
   * Writes a provincial answer, as a fake gateway does.
   *
   * @param answer the answer
   * @return UTF-8 JSON
   * @throws IllegalArgumentException if it is a gateway's fault (which has no {@code StatusCode})
   */
  public byte[] writeProvincialAnswer(ProvincialRegistryAnswer answer) {
    return writeProvincialAnswer(Decoded.of(Objects.requireNonNull(answer, "answer")));
  }

  // ---- configuration ----

  /**
   * Returns the {@code Status} codes that mean success; empty when every code does.
   *
   * @return the codes as text
   */
  public Set<String> successCodes() {
    return successCodes;
  }

  /**
   * Returns the provincial {@code StatusCode}s that mean success.
   *
   * @return the codes as text
   */
  public Set<String> provincialSuccessCodes() {
    return provincialSuccessCodes;
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
    return "BusinessRegistryJson[successCodes=" + successCodes + ", provincialSuccessCodes="
        + provincialSuccessCodes + ']';
  }

  /**
   * Configures a {@link BusinessRegistryJson}.
   *
   * <pre>{@code
   * BusinessRegistryJson registry = BusinessRegistryJson.builder().successCodes("1").build();
   * }</pre>
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private Set<String> successCodes = Set.of();
    private Set<String> provincialSuccessCodes = Set.of("200");
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
     * Sets the national {@code Status} codes that mean success; other codes are then a failure. None (the default)
     * makes every code a success.
     *
     * @param codes the codes
     * @return this builder
     * @throws IllegalArgumentException if one is blank or has surrounding white space
     */
    public Builder successCodes(String... codes) {
      this.successCodes = JsonMessages.codes(List.of(codes), false);
      return this;
    }

    /**
     * Sets the provincial {@code StatusCode}s that mean success ({@code 200} by default).
     *
     * @param codes the codes, at least one
     * @return this builder
     * @throws IllegalArgumentException if there is none, or one is blank or has surrounding white space
     */
    public Builder provincialSuccessCodes(String... codes) {
      this.provincialSuccessCodes = JsonMessages.codes(List.of(codes), true);
      return this;
    }

    /**
     * Builds the mapping.
     *
     * @return an immutable, thread-safe mapping
     */
    public BusinessRegistryJson build() {
      return new BusinessRegistryJson(this);
    }
  }
}
