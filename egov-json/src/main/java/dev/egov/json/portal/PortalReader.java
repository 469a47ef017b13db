package dev.egov.json.portal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import dev.egov.json.Decoded;
import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.UnknownField;
import dev.egov.json.internal.ReadGuard;
import dev.egov.json.internal.WireScalars;
import dev.egov.model.code.ApplicantType;
import dev.egov.model.code.Channel;
import dev.egov.model.code.DossierStatus;
import dev.egov.model.code.FeeCollectionMethod;
import dev.egov.model.code.FeeType;
import dev.egov.model.code.IdDocumentType;
import dev.egov.model.code.NationalDatabase;
import dev.egov.model.code.OnlinePayment;
import dev.egov.model.code.ResultDelivery;
import dev.egov.model.code.SupplementState;
import dev.egov.model.dossier.Applicant;
import dev.egov.model.dossier.ApplicantIdentifier;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.dossier.DossierDocuments;
import dev.egov.model.dossier.DossierFlags;
import dev.egov.model.dossier.DossierPauses;
import dev.egov.model.dossier.DossierPayment;
import dev.egov.model.dossier.DossierProcessing;
import dev.egov.model.dossier.DossierResultDocument;
import dev.egov.model.dossier.DossierSubmission;
import dev.egov.model.dossier.DossierTimeline;
import dev.egov.model.dossier.Fee;
import dev.egov.model.dossier.OtherAttachment;
import dev.egov.model.dossier.ProcedureRef;
import dev.egov.model.dossier.ProcessingStep;
import dev.egov.model.dossier.SubmittedDocument;
import dev.egov.model.dossier.SupplementRequest;
import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.InvalidIdentifierException;
import dev.egov.model.id.ProcedureCode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the portal dialect by streaming: one pass over the tokens, a switch on each field name, unknown fields
 * captured as trees at the parser's own JSON Pointer. A pointer is built only for an error or an unknown field, never
 * for a value that is fine.
 */
final class PortalReader {

  private final JsonFactory factory;
  private final ReadGuard guard;

  PortalReader(JsonFactory factory, ReadGuard guard) {
    this.factory = factory;
    this.guard = guard;
  }

  Decoded<PortalRequest<Dossier>> dossierRequest(byte[] json) {
    try (JsonParser p = guard.parser(factory, json, "")) {
      Read r = new Read(p);
      r.root();
      Envelope<Dossier.Builder> e = r.envelope(Read::dossier);
      List<Dossier> dossiers = new ArrayList<>(e.data.size());
      for (Dossier.Builder b : e.data) {
        Dossier d = b.build();
        // The envelope names the receiving agency; null in the model means "the agency in the dossier code".
        dossiers.add(e.agency.equals(d.code().agency())
            ? d
            : d.toBuilder().submission(d.submission().withReceivingAgency(e.agency)).build());
      }
      r.end();
      return r.decoded(new PortalRequest<>(e.session, e.agency, e.service, e.updating, dossiers));
    } catch (IOException e) {
      throw malformed(e);
    }
  }

  Decoded<Dossier> dossier(byte[] json) {
    try (JsonParser p = guard.parser(factory, json, "")) {
      Read r = new Read(p);
      Dossier d = r.dossier(r.root()).build();
      r.end();
      return r.decoded(d);
    } catch (IOException e) {
      throw malformed(e);
    }
  }

  Decoded<PortalRequest<DossierStep>> progressRequest(byte[] json) {
    try (JsonParser p = guard.parser(factory, json, "")) {
      Read r = new Read(p);
      r.root();
      Envelope<DossierStep> e = r.envelope(Read::step);
      r.end();
      return r.decoded(new PortalRequest<>(e.session, e.agency, e.service, e.updating, e.data));
    } catch (IOException e) {
      throw malformed(e);
    }
  }

  Decoded<PortalAnswer> answer(byte[] json) {
    try (JsonParser p = guard.parser(factory, json, "")) {
      Read r = new Read(p);
      PortalAnswer answer = r.answer(r.root());
      r.end();
      return r.decoded(answer);
    } catch (IOException e) {
      throw malformed(e);
    }
  }

  /** Maps the parser's exceptions, whose messages quote the input, to one that gives the location only. */
  private static JsonDecodingException malformed(IOException e) {
    JsonDecodingException limit = ReadGuard.limitError(e, "");
    if (limit != null) {
      return limit;
    }
    if (e instanceof StreamReadException && ((StreamReadException) e).getLocation() != null) {
      StreamReadException read = (StreamReadException) e;
      return new JsonDecodingException(Reason.MALFORMED, "", "not well-formed JSON at line "
          + read.getLocation().getLineNr() + ", column " + read.getLocation().getColumnNr());
    }
    return new JsonDecodingException(Reason.MALFORMED, "", "not well-formed JSON");
  }

  /** Reads one item of a list. */
  @FunctionalInterface
  private interface Item<T> {
    /** Returns the item at the current token, or {@code null} to skip it. */
    @Nullable T read(Read r, JsonToken t) throws IOException;
  }

  /** The envelope's parts. */
  private static final class Envelope<T> {
    final String session;
    final AgencyCode agency;
    final String service;
    final @Nullable Boolean updating;
    final List<T> data;

    Envelope(String session, AgencyCode agency, String service, @Nullable Boolean updating, List<T> data) {
      this.session = session;
      this.agency = agency;
      this.service = service;
      this.updating = updating;
      this.data = data;
    }
  }

  /** One read: the parser and the unknown fields found so far. Not shared between threads. */
  private static final class Read {
    private final JsonParser p;
    private @Nullable List<UnknownField> unknown;

    Read(JsonParser p) {
      this.p = p;
    }

    <T> Decoded<T> decoded(T value) {
      return new Decoded<>(value, unknown == null ? List.of() : unknown);
    }

    /** Moves to the root value, which must be an object. */
    JsonToken root() throws IOException {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new JsonDecodingException(Reason.MALFORMED, "", "no JSON value");
      }
      object(t);
      return t;
    }

    /** Checks that nothing follows the root value. */
    void end() throws IOException {
      if (p.nextToken() != null) {
        throw new JsonDecodingException(Reason.MALFORMED, "", "content after the JSON value");
      }
    }

    /** The JSON Pointer of the current field or element; of the object itself after its end. */
    String here() {
      return p.getParsingContext().pathAsPointer().toString();
    }

    /** At an object's end: the error for a required field that was absent or empty. */
    JsonDecodingException missing(String name) {
      return new JsonDecodingException(Reason.MISSING_FIELD, here() + '/' + name, "a value is required");
    }

    void object(JsonToken t) {
      if (t != JsonToken.START_OBJECT) {
        throw new JsonDecodingException(Reason.UNEXPECTED_TYPE, here(), "expected an object");
      }
    }

    void unknown(String name, JsonToken t) throws IOException {
      String path = here();
      if (name.isEmpty()) {
        throw new JsonDecodingException(Reason.INVALID_VALUE, path, "a field has an empty name");
      }
      String json;
      try {
        json = t == JsonToken.VALUE_NULL ? "null" : String.valueOf((Object) p.readValueAsTree());
      } catch (NumberFormatException e) {
        // A number whose exponent BigDecimal cannot hold (1e-2147483648): Jackson's message quotes it.
        throw new JsonDecodingException(Reason.INVALID_VALUE, path, "a number out of range");
      }
      if (unknown == null) {
        unknown = new ArrayList<>(4);
      }
      unknown.add(new UnknownField(path, json));
    }

    <T> List<T> list(JsonToken t, Item<T> item) throws IOException {
      if (t == JsonToken.VALUE_NULL || t == JsonToken.VALUE_STRING && p.getText().isBlank()) {
        return List.of();
      }
      if (t != JsonToken.START_ARRAY) {
        throw new JsonDecodingException(Reason.UNEXPECTED_TYPE, here(), "expected a list");
      }
      List<T> items = new ArrayList<>();
      JsonToken e;
      while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
        if (e != JsonToken.VALUE_NULL) {
          T value = item.read(this, e);
          if (value != null) {
            items.add(value);
          }
        }
      }
      return items;
    }

    // ---- scalars: empty strings and nulls are absent; numbers and booleans are read as their text ----

    @Nullable String raw(JsonToken t) throws IOException {
      switch (t) {
        case VALUE_STRING:
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return p.getText();
        case VALUE_TRUE:
          return "true";
        case VALUE_FALSE:
          return "false";
        case VALUE_NULL:
          return null;
        default:
          throw new JsonDecodingException(Reason.UNEXPECTED_TYPE, here(), "expected a text, a number or a boolean");
      }
    }

    @Nullable String text(JsonToken t) throws IOException {
      return WireScalars.text(raw(t));
    }

    /** A code of an open list: its text without surrounding white space. */
    @Nullable String code(JsonToken t) throws IOException {
      String s = text(t);
      return s == null ? null : s.strip();
    }

    @Nullable Instant instant(JsonToken t) throws IOException {
      try {
        return WireScalars.instant(raw(t), "");
      } catch (JsonDecodingException e) {
        throw e.at(here());
      }
    }

    boolean flag(JsonToken t) throws IOException {
      try {
        return Boolean.TRUE.equals(WireScalars.bool(raw(t), ""));
      } catch (JsonDecodingException e) {
        throw e.at(here());
      }
    }

    @Nullable Boolean bool(JsonToken t) throws IOException {
      try {
        return WireScalars.bool(raw(t), "");
      } catch (JsonDecodingException e) {
        throw e.at(here());
      }
    }

    @Nullable Long amount(JsonToken t) throws IOException {
      try {
        return WireScalars.amount(raw(t), "");
      } catch (JsonDecodingException e) {
        throw e.at(here());
      }
    }

    @Nullable Integer integer(JsonToken t) throws IOException {
      try {
        return WireScalars.integer(raw(t), "");
      } catch (JsonDecodingException e) {
        throw e.at(here());
      }
    }

    @Nullable DossierCode dossierCode(JsonToken t) throws IOException {
      String s = code(t);
      try {
        return s == null ? null : DossierCode.parseLenient(s);
      } catch (InvalidIdentifierException e) {
        throw new JsonDecodingException(Reason.INVALID_VALUE, here(),
            "not a dossier code: " + e.reason().description(), e);
      }
    }

    @Nullable ProcedureCode procedureCode(JsonToken t) throws IOException {
      String s = code(t);
      try {
        return s == null ? null : ProcedureCode.parseLenient(s);
      } catch (InvalidIdentifierException e) {
        throw new JsonDecodingException(Reason.INVALID_VALUE, here(),
            "not a procedure code: " + e.reason().description(), e);
      }
    }

    @Nullable AgencyCode agencyCode(JsonToken t) throws IOException {
      String s = code(t);
      try {
        return s == null ? null : AgencyCode.parseLenient(s);
      } catch (InvalidIdentifierException e) {
        throw new JsonDecodingException(Reason.INVALID_VALUE, here(),
            "not an agency code: " + e.reason().description(), e);
      }
    }

    // ---- the envelope ----

    <T> Envelope<T> envelope(Item<T> item) throws IOException {
      String session = null;
      AgencyCode agency = null;
      String service = null;
      Boolean updating = null;
      List<T> data = List.of();
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken v = p.nextToken();
        switch (name) {
          case "session" -> session = text(v);
          case "madonvi" -> agency = agencyCode(v);
          case "service" -> service = code(v);
          case "isUpdating" -> updating = bool(v);
          case "data" -> data = list(v, item);
          default -> unknown(name, v);
        }
      }
      if (session == null) {
        throw missing("session");
      }
      if (agency == null) {
        throw missing("madonvi");
      }
      if (service == null) {
        throw missing("service");
      }
      return new Envelope<>(session, agency, service, updating, data);
    }

    // ---- HoSoDongBoDVC ----

    Dossier.Builder dossier(JsonToken t) throws IOException {
      object(t);
      Dossier.Builder b = Dossier.builder();
      DossierCode code = null;
      ProcedureCode procedure = null;
      String procedureName = null;
      String fieldCode = null;
      String fieldName = null;
      String applicantName = null;
      String documentNumber = null;
      ApplicantType type = null;
      String accountId = null;
      List<ApplicantIdentifier> identifiers = List.of();
      String email = null;
      String fax = null;
      String phone = null;
      DossierStatus status = null;
      Channel channel = null;
      String otherInfo = null;
      String note = null;
      String summary = null;
      String place = null;
      Instant submittedAt = null;
      Instant receivedAt = null;
      Instant dueAt = null;
      Instant returnedAt = null;
      Instant finishedAt = null;
      Instant refusedAt = null;
      ResultDelivery resultDelivery = null;
      String processingAgencyName = null;
      boolean digitised = false;
      boolean vneidVerified = false;
      OnlinePayment onlinePayment = null;
      List<SubmittedDocument> submittedDocuments = List.of();
      List<Fee> fees = List.of();
      List<OtherAttachment> otherAttachments = List.of();
      List<SupplementRequest> supplements = List.of();
      List<DossierResultDocument> results = List.of();
      List<NationalDatabase> nationalDatabases = List.of();
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken v = p.nextToken();
        String c;
        switch (name) {
          case "MaHoSo" -> code = dossierCode(v);
          case "MaTTHC" -> procedure = procedureCode(v);
          case "TenTTHC" -> procedureName = text(v);
          case "MaLinhVuc" -> fieldCode = text(v);
          case "TenLinhVuc" -> fieldName = text(v);
          case "KenhThucHien" -> channel = (c = code(v)) == null ? null : Channel.of(c);
          case "ChuHoSo" -> applicantName = text(v);
          case "SoGiayToChuHoSo" -> documentNumber = text(v);
          case "LoaiDoiTuong" -> type = (c = code(v)) == null ? null : ApplicantType.of(c);
          case "MaDoiTuong" -> accountId = text(v);
          case "DinhDanhCHS" -> identifiers = list(v, Read::identifier);
          case "Email" -> email = text(v);
          case "Fax" -> fax = text(v);
          case "SoDienThoai" -> phone = text(v);
          case "ThongTinKhac" -> otherInfo = text(v);
          case "GhiChu" -> note = text(v);
          case "TrichYeuHoSo" -> summary = text(v);
          case "NgayNopHoSo" -> submittedAt = instant(v);
          case "NgayTiepNhan" -> receivedAt = instant(v);
          case "NgayHenTra" -> dueAt = instant(v);
          case "NgayTra" -> returnedAt = instant(v);
          case "NgayKetThucXuLy" -> finishedAt = instant(v);
          case "NgayTuChoi" -> refusedAt = instant(v);
          case "TrangThaiHoSo" -> status = (c = code(v)) == null ? null : DossierStatus.of(c);
          case "HinhThuc" -> resultDelivery = (c = code(v)) == null ? null : ResultDelivery.of(c);
          case "DonViXuLy" -> processingAgencyName = text(v);
          case "NoiNopHoSo" -> place = text(v);
          case "HoSoCoThanhPhanSoHoa" -> digitised = flag(v);
          case "TaiKhoanDuocXacThucVoiVNeID" -> vneidVerified = flag(v);
          case "DuocThanhToanTrucTuyen" -> onlinePayment = (c = code(v)) == null ? null : OnlinePayment.of(c);
          case "TaiLieuNop" -> submittedDocuments = list(v, Read::submittedDocument);
          case "DanhSachLePhi" -> fees = list(v, Read::fee);
          case "DanhSachTepDinhKemKhac" -> otherAttachments = list(v, Read::otherAttachment);
          case "DanhSachHoSoBoSung" -> supplements = list(v, Read::supplement);
          case "DanhSachGiayToKetQua" -> results = list(v, Read::result);
          case "DSKetNoiCSDL" -> nationalDatabases = list(v, Read::nationalDatabase);
          default -> unknown(name, v);
        }
      }
      if (code == null) {
        throw missing("MaHoSo");
      }
      if (procedure == null) {
        throw missing("MaTTHC");
      }
      if (applicantName == null) {
        throw missing("ChuHoSo");
      }
      if (type == null) {
        throw missing("LoaiDoiTuong");
      }
      if (status == null) {
        throw missing("TrangThaiHoSo");
      }
      return b.code(code)
          .procedure(new ProcedureRef(procedure, procedureName, fieldCode, fieldName))
          .applicant(new Applicant(type, applicantName, documentNumber, identifiers, accountId, email, fax, phone,
              null))
          .submission(new DossierSubmission(channel, null, null, place, summary, note, otherInfo))
          .status(status)
          .timeline(new DossierTimeline(submittedAt, receivedAt, dueAt, finishedAt, returnedAt, refusedAt))
          .processing(new DossierProcessing(processingAgencyName, List.of(), List.of()))
          .documents(new DossierDocuments(submittedDocuments, otherAttachments, results, resultDelivery))
          .payment(new DossierPayment(fees, onlinePayment))
          .pauses(new DossierPauses(supplements, List.of()))
          .flags(new DossierFlags(digitised, vneidVerified, nationalDatabases));
    }

    ApplicantIdentifier identifier(JsonToken t) throws IOException {
      object(t);
      String type = null;
      String number = null;
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken v = p.nextToken();
        switch (name) {
          case "LoaiDinhDanh" -> type = code(v);
          case "SoDinhDanh" -> number = text(v);
          default -> unknown(name, v);
        }
      }
      if (type == null) {
        throw missing("LoaiDinhDanh");
      }
      if (number == null) {
        throw missing("SoDinhDanh");
      }
      return new ApplicantIdentifier(IdDocumentType.of(type), number);
    }

    SubmittedDocument submittedDocument(JsonToken t) throws IOException {
      object(t);
      String fileId = null;
      String fileName = null;
      boolean deleted = false;
      String componentCode = null;
      String url = null;
      boolean digitised = false;
      boolean reused = false;
      boolean fromRepository = false;
      String replacedBy = null;
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken v = p.nextToken();
        switch (name) {
          case "TepDinhKemId" -> fileId = text(v);
          case "TenTepDinhKem" -> fileName = text(v);
          case "IsDeleted" -> deleted = flag(v);
          case "MaThanhPhanHoSo" -> componentCode = text(v);
          case "DuongDanTaiTepTin" -> url = text(v);
          case "DuocSoHoa" -> digitised = flag(v);
          case "DuocTaiSuDung" -> reused = flag(v);
          case "DuocLayTuKhoDMQG" -> fromRepository = flag(v);
          case "MaKetQuaThayThe" -> replacedBy = text(v);
          default -> unknown(name, v);
        }
      }
      if (fileName == null) {
        throw missing("TenTepDinhKem");
      }
      return new SubmittedDocument(fileId, fileName, deleted, componentCode, url, digitised, reused, fromRepository,
          replacedBy);
    }

    Fee fee(JsonToken t) throws IOException {
      object(t);
      String feeName = null;
      String feeCode = null;
      String method = null;
      Long amount = null;
      String type = null;
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken v = p.nextToken();
        switch (name) {
          case "TenPhiLePhi" -> feeName = text(v);
          case "MaPhiLePhi" -> feeCode = text(v);
          case "HinhThucThu" -> method = code(v);
          case "Gia" -> amount = amount(v);
          case "LoaiPhiLePhi" -> type = code(v);
          default -> unknown(name, v);
        }
      }
      if (feeName == null) {
        throw missing("TenPhiLePhi");
      }
      if (amount == null) {
        throw missing("Gia");
      }
      return new Fee(feeName, feeCode, method == null ? null : FeeCollectionMethod.of(method), amount,
          type == null ? null : FeeType.of(type));
    }

    OtherAttachment otherAttachment(JsonToken t) throws IOException {
      object(t);
      String paper = null;
      Integer quantity = null;
      String kind = null;
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken v = p.nextToken();
        switch (name) {
          case "TenGiayTo" -> paper = text(v);
          case "SoLuong" -> quantity = integer(v);
          case "LoaiGiayTo" -> kind = text(v);
          default -> unknown(name, v);
        }
      }
      if (paper == null) {
        throw missing("TenGiayTo");
      }
      if (quantity == null) {
        throw missing("SoLuong");
      }
      return new OtherAttachment(paper, quantity, kind);
    }

    SupplementRequest supplement(JsonToken t) throws IOException {
      object(t);
      String id = null;
      String requestedBy = null;
      String content = null;
      Instant requestedAt = null;
      String receivedBy = null;
      String receptionInfo = null;
      Instant resubmittedAt = null;
      String state = null;
      List<String> papers = List.of();
      List<Fee> fees = List.of();
      Instant dueBefore = null;
      Instant dueAfter = null;
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken v = p.nextToken();
        switch (name) {
          case "HoSoBoSungId" -> id = text(v);
          case "NguoiYeuCauBoSung" -> requestedBy = text(v);
          case "NoiDungBoSung" -> content = text(v);
          case "NgayBoSung" -> requestedAt = instant(v);
          case "NguoiTiepNhanBoSung" -> receivedBy = text(v);
          case "ThongTinTiepNhan" -> receptionInfo = text(v);
          case "NgayTiepNhanBoSung" -> resubmittedAt = instant(v);
          case "TrangThaiBoSung" -> state = code(v);
          case "DanhSachGiayToBoSung" -> papers = list(v, Read::paperName);
          case "DanhSachLePhiBoSung" -> fees = list(v, Read::fee);
          case "NgayHenTraTruoc" -> dueBefore = instant(v);
          case "NgayHenTraMoi" -> dueAfter = instant(v);
          default -> unknown(name, v);
        }
      }
      if (requestedAt == null) {
        throw missing("NgayBoSung");
      }
      if (resubmittedAt != null && resubmittedAt.isBefore(requestedAt)) {
        throw new JsonDecodingException(Reason.INVALID_VALUE, here() + "/NgayTiepNhanBoSung",
            "the supplement is received before it was requested (NgayBoSung)");
      }
      return new SupplementRequest(id, requestedBy, content, requestedAt, receivedBy, receptionInfo, resubmittedAt,
          state == null ? null : SupplementState.of(state), papers, fees, dueBefore, dueAfter);
    }

    /** An element of {@code DanhSachGiayToBoSung}: a paper's name (the list's shape is UNCERTAIN). */
    @Nullable String paperName(JsonToken t) throws IOException {
      return text(t);
    }

    DossierResultDocument result(JsonToken t) throws IOException {
      object(t);
      String paper = null;
      String componentCode = null;
      String documentId = null;
      String url = null;
      String resultCode = null;
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken v = p.nextToken();
        switch (name) {
          case "TenGiayTo" -> paper = text(v);
          case "MaThanhPhanHoSo" -> componentCode = text(v);
          case "GiayToId" -> documentId = text(v);
          case "DuongDanTepTinKetQua" -> url = text(v);
          case "MaGiayToKetQua" -> resultCode = text(v);
          default -> unknown(name, v);
        }
      }
      if (paper == null) {
        throw missing("TenGiayTo");
      }
      return new DossierResultDocument(paper, componentCode, documentId, url, resultCode);
    }

    NationalDatabase nationalDatabase(JsonToken t) throws IOException {
      object(t);
      String code = null;
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken v = p.nextToken();
        if (name.equals("MaCSDL")) {
          code = code(v);
        } else {
          unknown(name, v);
        }
      }
      if (code == null) {
        throw missing("MaCSDL");
      }
      return NationalDatabase.of(code);
    }

    // ---- CapNhatTienDoHoSoMC ----

    DossierStep step(JsonToken t) throws IOException {
      object(t);
      DossierCode code = null;
      String handler = null;
      String position = null;
      Instant at = null;
      String department = null;
      String content = null;
      String status = null;
      Instant startedAt = null;
      Instant dueAt = null;
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken v = p.nextToken();
        switch (name) {
          case "MaHoSo" -> code = dossierCode(v);
          case "NguoiXuLy" -> handler = text(v);
          case "ChucDanh" -> position = text(v);
          case "ThoiDiemXuLy" -> at = instant(v);
          case "PhongBanXuLy" -> department = text(v);
          case "NoiDungXuLy" -> content = text(v);
          case "TrangThai" -> status = code(v);
          case "NgayBatDau" -> startedAt = instant(v);
          case "NgayKetThucTheoQuyDinh" -> dueAt = instant(v);
          default -> unknown(name, v);
        }
      }
      if (code == null) {
        throw missing("MaHoSo");
      }
      if (at == null) {
        throw missing("ThoiDiemXuLy");
      }
      if (status == null) {
        throw missing("TrangThai");
      }
      return new DossierStep(code, new ProcessingStep(handler, position, at, department, content,
          DossierStatus.of(status), startedAt, dueAt));
    }

    // ---- answers ----

    PortalAnswer answer(JsonToken t) throws IOException {
      object(t);
      String errorCode = null;
      boolean numeric = false;
      String message = null;
      String result = null;
      String data = null;
      String session = null;
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken v = p.nextToken();
        switch (name) {
          case "error_code" -> {
            if (v == JsonToken.VALUE_NUMBER_INT) {
              errorCode = p.getText();
              numeric = true;
            } else if (v == JsonToken.VALUE_STRING || v == JsonToken.VALUE_NULL) {
              errorCode = code(v);
              numeric = false;
            } else {
              throw new JsonDecodingException(Reason.UNEXPECTED_TYPE, here(), "expected a whole number or a text");
            }
          }
          case "message" -> message = text(v);
          case "result" -> result = payload(v);
          case "data" -> data = payload(v);
          case "session" -> session = text(v);
          default -> unknown(name, v);
        }
      }
      if (errorCode == null) {
        throw missing("error_code");
      }
      return new PortalAnswer(errorCode, numeric, message, result, data, session);
    }

    @Nullable String payload(JsonToken t) throws IOException {
      return t == JsonToken.VALUE_NULL ? null : String.valueOf((Object) p.readValueAsTree());
    }
  }
}
