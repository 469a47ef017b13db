package dev.egov.json.portal;

import static dev.egov.json.internal.wire.Forms.AMOUNT;
import static dev.egov.json.internal.wire.Forms.CODE;
import static dev.egov.json.internal.wire.Forms.COUNT;
import static dev.egov.json.internal.wire.Forms.SLASH_DATE_TIME;
import static dev.egov.json.internal.wire.Forms.TEXT;
import static dev.egov.json.internal.wire.Forms.code;
import static dev.egov.json.internal.wire.Forms.list;
import static dev.egov.json.portal.PortalTables.AGENCY_CODE;
import static dev.egov.json.portal.PortalTables.DOSSIER_CODE;
import static dev.egov.json.portal.PortalTables.PROCEDURE_CODE;
import static dev.egov.json.portal.PortalTables.service;

import dev.egov.json.AnswerStatus;
import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.json.ResultCode;
import com.fasterxml.jackson.core.JsonToken;
import dev.egov.json.internal.wire.Field;
import dev.egov.json.internal.wire.Form;
import dev.egov.json.internal.wire.Forms;
import dev.egov.json.internal.wire.MessageTable;
import dev.egov.json.internal.wire.Values;
import dev.egov.json.internal.wire.WireReader;
import dev.egov.json.internal.wire.WireWriter;
import dev.egov.model.calendar.ProcessingTime;
import dev.egov.model.calendar.ProcessingTimeUnit;
import dev.egov.model.code.Channel;
import dev.egov.model.code.DossierStatus;
import dev.egov.model.code.ResultDelivery;
import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.ProcedureCode;
import dev.egov.model.procedure.DeclaredResult;
import dev.egov.model.procedure.ImplementingAgency;
import dev.egov.model.procedure.LegalBasis;
import dev.egov.model.procedure.Procedure;
import dev.egov.model.procedure.ProcedureChannel;
import dev.egov.model.procedure.ProcessingOption;
import dev.egov.model.procedure.ScheduledFee;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The portal's log-in and sharing services as tables (docs/dossiers-and-portal.md, Looking a dossier up, Procedures
 * from the portal, Agencies from the portal): field order is the order written.
 */
final class SharingTables {

  private SharingTables() {}

  static void checkSession(String session) {
    Objects.requireNonNull(session, "session");
    if (session.isBlank()) {
      throw new IllegalArgumentException("A portal session is never blank");
    }
  }

  static String envelope(String service, @Nullable AgencyCode agency) {
    return "service=" + service + (agency == null ? "" : ", madonvi=" + agency.format());
  }

  // ---------------------------------------------------------------- log-in

  /** The log-in body {@code {username, password}}; the {@code dstcode} header is not in it. */
  static final MessageTable<PortalLoginRequest> LOGIN_REQUEST;

  static {
    MessageTable.Builder<PortalLoginRequest> t =
        MessageTable.<PortalLoginRequest>builder("a log-in (username, password)")
            .foreign("session", "a call or a log-in answer (session)")
            .foreign("service", "a call (service)")
            .foreign("error_code", "an answer (error_code)");
    Field<PortalLoginRequest, String> user =
        t.field("username", TEXT, PortalLoginRequest::username).required().identifies();
    Field<PortalLoginRequest, String> password = t.field("password", TEXT, PortalLoginRequest::password).required();
    LOGIN_REQUEST = t.build(v -> new PortalLoginRequest(v.need(user), v.need(password), null));
  }

  // ---------------------------------------------------------------- requests

  private static <T> MessageTable.Builder<T> request(String service) {
    return MessageTable.<T>builder("a " + service + " call").foreign("error_code", "an answer (error_code)");
  }

  /** A call {@code {session, madonvi, service, <key>}} naming one thing by its code. */
  private static <T, K> MessageTable<T> keyed(String serviceName, Function<T, String> session,
      Function<T, @Nullable AgencyCode> agency, String key, Form<K> form, Function<T, K> keyOf, String[] aliases,
      KeyedCall<T, K> call) {
    MessageTable.Builder<T> t = request(serviceName);
    Field<T, String> s = t.field("session", TEXT, session).required();
    Field<T, AgencyCode> a = t.field("madonvi", AGENCY_CODE, agency);
    Field<T, String> name = t.field("service", service(serviceName), r -> serviceName).required().identifies();
    Field<T, K> k = t.field(key, form, keyOf).required().aliases(aliases);
    return t.build(v -> {
      v.need(name);
      return call.of(v.need(s), v.get(a), v.need(k));
    });
  }

  /** Builds a keyed call from its session, agency and key. */
  @FunctionalInterface
  private interface KeyedCall<T, K> {
    T of(String session, @Nullable AgencyCode agency, K key);
  }

  static final MessageTable<DossierLookupRequest> LOOKUP_REQUEST = keyed(DossierLookupRequest.SERVICE,
      DossierLookupRequest::session, DossierLookupRequest::agency, "mahoso", DOSSIER_CODE,
      DossierLookupRequest::dossierCode, new String[] {"maHoSo", "MaHoSo"}, DossierLookupRequest::new);

  static final MessageTable<ProcedureRequest> PROCEDURE_REQUEST = keyed(ProcedureRequest.SERVICE,
      ProcedureRequest::session, ProcedureRequest::agency, "maTTHC", PROCEDURE_CODE, ProcedureRequest::procedureCode,
      new String[] {"MaTTHC", "matthc"}, ProcedureRequest::new);

  static final MessageTable<AgencyListRequest> AGENCY_REQUEST;

  static {
    MessageTable.Builder<AgencyListRequest> t = request(AgencyListRequest.SERVICE);
    Field<AgencyListRequest, String> session = t.field("session", TEXT, AgencyListRequest::session).required();
    Field<AgencyListRequest, AgencyCode> agency = t.field("madonvi", AGENCY_CODE, AgencyListRequest::agency);
    Field<AgencyListRequest, String> name = t.field("service", service(AgencyListRequest.SERVICE),
        r -> AgencyListRequest.SERVICE).required().identifies();
    AGENCY_REQUEST = t.build(v -> {
      v.need(name);
      return new AgencyListRequest(v.need(session), v.get(agency));
    });
  }

  // ---------------------------------------------------------------- TraCuuHoSo's items

  static final MessageTable<DossierLookup> LOOKUP;

  static {
    MessageTable.Builder<DossierLookup> t = MessageTable.<DossierLookup>builder("a looked-up dossier (MaHoSo)")
        .foreign("TENTTHC", "a procedure (TENTTHC)")
        .foreign("TENDONVI", "an agency (TENDONVI)");
    Field<DossierLookup, DossierCode> code =
        t.field("MaHoSo", DOSSIER_CODE, DossierLookup::dossierCode).required().identifies();
    Field<DossierLookup, ProcedureCode> procedure = t.field("MaTTHC", PROCEDURE_CODE, DossierLookup::procedureCode);
    Field<DossierLookup, String> procedureName = t.field("TenTTHC", TEXT, DossierLookup::procedureName);
    Field<DossierLookup, String> applicant = t.field("HoTenNguoiNop", TEXT, DossierLookup::applicantName);
    Field<DossierLookup, DossierStatus> status =
        t.field("TrangThaiHoSo", code(DossierStatus::of), DossierLookup::status);
    Field<DossierLookup, String> agency = t.field("DonViXuLy", TEXT, DossierLookup::processingAgency);
    Field<DossierLookup, Instant> submitted = t.field("NgayNop", SLASH_DATE_TIME, DossierLookup::submittedAt);
    Field<DossierLookup, Instant> received = t.field("NgayTiepNhan", SLASH_DATE_TIME, DossierLookup::receivedAt);
    Field<DossierLookup, Instant> due = t.field("NgayHenTra", SLASH_DATE_TIME, DossierLookup::dueAt);
    Field<DossierLookup, ResultDelivery> delivery =
        t.field("HinhThucNhanKQ", code(ResultDelivery::of), DossierLookup::resultDelivery);
    LOOKUP = t.build(v -> new DossierLookup(v.need(code), v.get(procedure), v.get(procedureName), v.get(applicant),
        v.get(status), v.get(agency), v.get(submitted), v.get(received), v.get(due), v.get(delivery)));
  }

  // ---------------------------------------------------------------- LayDanhMucCoQuan's items

  static final MessageTable<PortalAgency> AGENCY;

  static {
    MessageTable.Builder<PortalAgency> t = MessageTable.<PortalAgency>builder("an agency (MADONVI, TENDONVI)")
        .foreign("MaHoSo", "a looked-up dossier (MaHoSo)")
        .foreign("TENTTHC", "a procedure (TENTTHC)");
    Field<PortalAgency, AgencyCode> code = t.field("MADONVI", AGENCY_CODE, PortalAgency::code).required().identifies();
    Field<PortalAgency, String> name = t.field("TENDONVI", TEXT, PortalAgency::name).required().identifies();
    Field<PortalAgency, Integer> level = t.field("CAPDONVI", COUNT, PortalAgency::level);
    AGENCY = t.build(v -> new PortalAgency(v.need(code), v.need(name), v.get(level)));
  }

  // ---------------------------------------------------------------- LayThuTuc's items

  /** A field of law ({@code LINHVUCTHUCHIEN}); the model keeps the first. */
  record FieldOfLaw(@Nullable String code, @Nullable String name) {}

  static final MessageTable<FieldOfLaw> FIELD;

  static {
    MessageTable.Builder<FieldOfLaw> t = MessageTable.builder("a field (LINHVUCTHUCHIEN)");
    Field<FieldOfLaw, String> code = t.field("MALINHVUC", TEXT, FieldOfLaw::code);
    Field<FieldOfLaw, String> name = t.field("TENLINHVUC", TEXT, FieldOfLaw::name);
    FIELD = t.build(v -> new FieldOfLaw(v.get(code), v.get(name)));
  }

  static final MessageTable<ScheduledFee> FEE;

  static {
    MessageTable.Builder<ScheduledFee> t = MessageTable.builder("a fee (PHILEPHI)");
    Field<ScheduledFee, Long> amount = t.field("SOTIEN", AMOUNT, ScheduledFee::amount).always();
    Field<ScheduledFee, String> unit = t.field("DONVI", TEXT, ScheduledFee::unit);
    Field<ScheduledFee, String> description = t.field("MOTA", TEXT, ScheduledFee::description);
    FEE = t.build(v -> new ScheduledFee(v.get(amount, 0L), v.get(unit), v.get(description)));
  }

  static final MessageTable<ProcessingOption> OPTION;

  static {
    MessageTable.Builder<ProcessingOption> t = MessageTable.builder("a processing time (THOIGIAN)");
    Field<ProcessingOption, String> amount =
        t.field("THOIGIANGIAIQUYET", CODE, o -> Long.toString(o.time().amount())).required();
    Field<ProcessingOption, String> unit = t.field("DONVITINH", TEXT, o -> unitText(o.time().unit())).required();
    Field<ProcessingOption, String> description = t.field("MOTA", TEXT, ProcessingOption::description);
    Field<ProcessingOption, List<ScheduledFee>> fees = t.field("PHILEPHI", list(FEE), ProcessingOption::fees);
    OPTION = t.build(v -> new ProcessingOption(time(v, amount, unit), v.get(description), v.get(fees, List.of())));
  }

  static final MessageTable<ProcedureChannel> CHANNEL;

  static {
    MessageTable.Builder<ProcedureChannel> t = MessageTable.builder("a channel (CACHTHUCTHUCHIEN)");
    Field<ProcedureChannel, Channel> channel = t.field("KENH", code(Channel::of), ProcedureChannel::channel).required();
    Field<ProcedureChannel, List<ProcessingOption>> options =
        t.field("THOIGIAN", list(OPTION), ProcedureChannel::options);
    CHANNEL = t.build(v -> new ProcedureChannel(v.need(channel), v.get(options, List.of())));
  }

  static final MessageTable<DeclaredResult> DECLARED_RESULT;

  static {
    MessageTable.Builder<DeclaredResult> t = MessageTable.builder("a result document (KETQUATHUCHIEN)");
    Field<DeclaredResult, String> code = t.field("MAKETQUA", TEXT, DeclaredResult::code).required();
    Field<DeclaredResult, String> name = t.field("TENKETQUA", TEXT, DeclaredResult::name).required();
    DECLARED_RESULT = t.build(v -> new DeclaredResult(v.need(code), v.need(name)));
  }

  static final MessageTable<ImplementingAgency> IMPLEMENTING;

  static {
    MessageTable.Builder<ImplementingAgency> t = MessageTable.builder("an implementing agency (COQUANTHUCHIEN)");
    Field<ImplementingAgency, String> code = t.field("MADONVI", TEXT, ImplementingAgency::code);
    Field<ImplementingAgency, String> name = t.field("TENDONVI", TEXT, ImplementingAgency::name).required();
    IMPLEMENTING = t.build(v -> new ImplementingAgency(v.get(code), v.need(name)));
  }

  static final MessageTable<LegalBasis> LEGAL_BASIS;

  static {
    MessageTable.Builder<LegalBasis> t = MessageTable.builder("a legal basis (CANCUPHAPLY)");
    Field<LegalBasis, String> number = t.field("SOVANBAN", TEXT, LegalBasis::number).required();
    Field<LegalBasis, String> title = t.field("TENVANBAN", TEXT, LegalBasis::title);
    LEGAL_BASIS = t.build(v -> new LegalBasis(v.need(number), v.get(title)));
  }

  /**
   * A procedure ({@code LayThuTuc}'s item), upper-case keys. The model keeps one field of law: the first of {@code
   * LINHVUCTHUCHIEN}. The online level is not in the item ({@code null}).
   */
  static final MessageTable<Procedure> PROCEDURE;

  static {
    MessageTable.Builder<Procedure> t = MessageTable.<Procedure>builder("a procedure (MATTHC, TENTTHC)")
        .foreign("MaHoSo", "a looked-up dossier (MaHoSo)")
        .foreign("CAPDONVI", "an agency (CAPDONVI)");
    Field<Procedure, ProcedureCode> code =
        t.field("MATTHC", PROCEDURE_CODE, Procedure::code).required().identifies().aliases("MaTTHC");
    Field<Procedure, String> name = t.field("TENTTHC", TEXT, Procedure::name).required().identifies();
    Field<Procedure, List<FieldOfLaw>> fields = t.field("LINHVUCTHUCHIEN", list(FIELD),
        p -> p.fieldCode() == null && p.fieldName() == null ? null
            : List.of(new FieldOfLaw(p.fieldCode(), p.fieldName())));
    Field<Procedure, List<ProcedureChannel>> channels =
        t.field("CACHTHUCTHUCHIEN", list(CHANNEL), Procedure::channels);
    Field<Procedure, List<DeclaredResult>> results =
        t.field("KETQUATHUCHIEN", list(DECLARED_RESULT), Procedure::declaredResults);
    Field<Procedure, List<ImplementingAgency>> agencies =
        t.field("COQUANTHUCHIEN", list(IMPLEMENTING), Procedure::agencies);
    Field<Procedure, List<LegalBasis>> bases = t.field("CANCUPHAPLY", list(LEGAL_BASIS), Procedure::legalBases);
    PROCEDURE = t.build(v -> {
      List<FieldOfLaw> f = v.get(fields, List.of());
      FieldOfLaw first = f.isEmpty() ? new FieldOfLaw(null, null) : f.get(0);
      return new Procedure(v.need(code), v.need(name), first.code(), first.name(), v.get(channels, List.of()),
          v.get(results, List.of()), v.get(agencies, List.of()), v.get(bases, List.of()), null);
    });
  }

  // ---------------------------------------------------------------- processing times

  private static final String WORKING_DAYS = "Ng\u00e0y l\u00e0m vi\u1ec7c";
  private static final String DAYS = "Ng\u00e0y";
  private static final String HOURS = "Gi\u1edd";
  private static final String MONTHS = "Th\u00e1ng";
  private static final BigDecimal HOURS_A_DAY = BigDecimal.valueOf(8);

  /** The unit as the portal writes it ({@code DONVITINH}). */
  static String unitText(ProcessingTimeUnit unit) {
    return switch (unit) {
      case WORKING_DAYS -> WORKING_DAYS;
      case CALENDAR_DAYS -> DAYS;
      case WORKING_HOURS -> HOURS;
      case MONTHS -> MONTHS;
    };
  }

  /**
   * {@code THOIGIANGIAIQUYET} (a number as text, {@code "0,5"} allowed for working days) in the unit of {@code
   * DONVITINH} ({@code "Ngày làm việc"}, {@code "Ngày"}, {@code "Giờ"}, {@code "Tháng"}, any case, any Unicode form). A
   * fraction of a working day is working hours (8 a day), as the model expresses it.
   */
  private static ProcessingTime time(Values v, Field<ProcessingOption, String> amountField,
      Field<ProcessingOption, String> unitField) {
    String unitText = Normalizer.normalize(v.need(unitField).strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    ProcessingTimeUnit unit;
    if (unitText.equals(WORKING_DAYS.toLowerCase(Locale.ROOT))) {
      unit = ProcessingTimeUnit.WORKING_DAYS;
    } else if (unitText.equals(DAYS.toLowerCase(Locale.ROOT))) {
      unit = ProcessingTimeUnit.CALENDAR_DAYS;
    } else if (unitText.equals(HOURS.toLowerCase(Locale.ROOT))
        || unitText.equals((HOURS + " l\u00e0m vi\u1ec7c").toLowerCase(Locale.ROOT))) {
      unit = ProcessingTimeUnit.WORKING_HOURS;
    } else if (unitText.equals(MONTHS.toLowerCase(Locale.ROOT))) {
      unit = ProcessingTimeUnit.MONTHS;
    } else {
      throw v.invalid(unitField, Reason.INVALID_VALUE, "expected Ngày làm việc, Ngày, Giờ or Tháng");
    }
    BigDecimal amount;
    try {
      amount = new BigDecimal(v.need(amountField).replace(',', '.'));
    } catch (NumberFormatException e) {
      throw v.invalid(amountField, Reason.INVALID_VALUE, "expected a number of units");
    }
    if (amount.signum() < 0 || amount.compareTo(BigDecimal.valueOf(ProcessingTime.MAX_AMOUNT)) > 0) {
      throw v.invalid(amountField, Reason.INVALID_VALUE, "expected 0 to " + ProcessingTime.MAX_AMOUNT + " units");
    }
    try {
      return new ProcessingTime(amount.longValueExact(), unit);
    } catch (ArithmeticException fraction) {
      if (unit == ProcessingTimeUnit.WORKING_DAYS) {
        try {
          return ProcessingTime.ofWorkingHours(amount.multiply(HOURS_A_DAY).longValueExact());
        } catch (ArithmeticException notWholeHours) {
          // falls through
        }
      }
      throw v.invalid(amountField, Reason.INVALID_VALUE,
          "expected a whole number of units, or of working hours for a fraction of a working day");
    }
  }

  // ---------------------------------------------------------------- answers

  /** A list of items, or one item alone (read as a list of one); written as a list. */
  private static <E> Form<List<E>> oneOrMany(MessageTable<E> item) {
    Form<List<E>> list = list(item);
    return new Form<>() {
      @Override
      public @Nullable List<E> read(WireReader r) throws IOException {
        if (r.token() == JsonToken.START_OBJECT) {
          return List.of(item.readObject(r));
        }
        return list.read(r);
      }

      @Override
      public void write(WireWriter w, List<E> value, @Nullable String pointer) throws IOException {
        list.write(w, value, pointer);
      }

      @Override
      public boolean absent(@Nullable List<E> value) {
        return list.absent(value);
      }

      @Override
      public List<E> view(List<E> value) {
        return list.view(value);
      }
    };
  }

  /**
   * An answer {@code {error_code, message, result|data}} with items of one table, its code classified by {@code
   * classify}.
   */
  static <T> MessageTable<SharingAnswer<T>> answer(String what, MessageTable<T> item,
      BiFunction<ResultCode, @Nullable String, AnswerStatus> classify) {
    MessageTable.Builder<SharingAnswer<T>> t = MessageTable.<SharingAnswer<T>>builder(what)
        .foreign("session", "a log-in answer (session)")
        .foreign("service", "a call (service)");
    Field<SharingAnswer<T>, ResultCode> code =
        t.field("error_code", Forms.RESULT_CODE, a -> a.status().code()).required().identifies();
    Field<SharingAnswer<T>, String> message = t.field("message", TEXT, a -> a.status().message());
    Form<List<T>> items = oneOrMany(item);
    Field<SharingAnswer<T>, List<T>> result =
        t.field("result", items, a -> a.member() == SharingAnswer.Member.RESULT ? a.items() : null);
    Field<SharingAnswer<T>, List<T>> data =
        t.field("data", items, a -> a.member() == SharingAnswer.Member.DATA ? a.items() : null);
    return t.build(v -> {
      List<T> inResult = v.get(result);
      List<T> inData = v.get(data);
      if (inResult != null && inData != null) {
        throw v.invalid(data, Reason.INVALID_VALUE, "an answer carries its list in result or in data, not both");
      }
      AnswerStatus status = classify.apply(v.need(code), v.get(message));
      return inData != null
          ? new SharingAnswer<>(status, inData, SharingAnswer.Member.DATA)
          : new SharingAnswer<>(status, inResult == null ? List.of() : inResult, SharingAnswer.Member.RESULT);
    });
  }
}
