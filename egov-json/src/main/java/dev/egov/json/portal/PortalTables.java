package dev.egov.json.portal;

import static dev.egov.json.internal.wire.Forms.AMOUNT;
import static dev.egov.json.internal.wire.Forms.COUNT;
import static dev.egov.json.internal.wire.Forms.FLAG_10;
import static dev.egov.json.internal.wire.Forms.PORTAL_DATE_TIME;
import static dev.egov.json.internal.wire.Forms.TEXT;
import static dev.egov.json.internal.wire.Forms.TRUE_FALSE;
import static dev.egov.json.internal.wire.Forms.code;
import static dev.egov.json.internal.wire.Forms.identifier;
import static dev.egov.json.internal.wire.Forms.list;

import dev.egov.json.JsonDecodingException;
import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.json.internal.wire.Field;
import dev.egov.json.internal.wire.Form;
import dev.egov.json.internal.wire.Forms;
import dev.egov.json.internal.wire.MessageTable;
import dev.egov.json.internal.wire.WireReader;
import dev.egov.json.internal.wire.WireWriter;
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
import dev.egov.model.id.ProcedureCode;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The portal dialect's messages, one table each (docs/dossiers-and-portal.md): field order is the order written, as in
 * the documentation's table. Reading, writing and {@link PortalJson#portalView} derive from these tables.
 */
final class PortalTables {

  private PortalTables() {}

  static final Form<DossierCode> DOSSIER_CODE =
      identifier("a dossier code", DossierCode::parseLenient, DossierCode::format);
  static final Form<ProcedureCode> PROCEDURE_CODE =
      identifier("a procedure code", ProcedureCode::parseLenient, ProcedureCode::format);
  static final Form<AgencyCode> AGENCY_CODE =
      identifier("an agency code", AgencyCode::parseLenient, AgencyCode::format);

  // ---------------------------------------------------------------- HoSoDongBoDVC and its lists

  /** An item of {@code DinhDanhCHS}. */
  static final MessageTable<ApplicantIdentifier> IDENTIFIER;

  static {
    MessageTable.Builder<ApplicantIdentifier> t = MessageTable.builder("an identity document (DinhDanhCHS)");
    Field<ApplicantIdentifier, IdDocumentType> type =
        t.field("LoaiDinhDanh", code(IdDocumentType::of), ApplicantIdentifier::type).required();
    Field<ApplicantIdentifier, String> number = t.field("SoDinhDanh", TEXT, ApplicantIdentifier::number).required();
    IDENTIFIER = t.build(v -> new ApplicantIdentifier(v.need(type), v.need(number)));
  }

  /** An item of {@code TaiLieuNop}. */
  static final MessageTable<SubmittedDocument> DOCUMENT;

  static {
    MessageTable.Builder<SubmittedDocument> t = MessageTable.builder("a submitted document (TaiLieuNop)");
    Field<SubmittedDocument, String> fileId = t.field("TepDinhKemId", TEXT, SubmittedDocument::fileId);
    Field<SubmittedDocument, String> name = t.field("TenTepDinhKem", TEXT, SubmittedDocument::name).required();
    Field<SubmittedDocument, Boolean> deleted = t.field("IsDeleted", FLAG_10, SubmittedDocument::deleted);
    Field<SubmittedDocument, String> component = t.field("MaThanhPhanHoSo", TEXT, SubmittedDocument::componentCode);
    Field<SubmittedDocument, String> url = t.field("DuongDanTaiTepTin", TEXT, SubmittedDocument::downloadUrl);
    Field<SubmittedDocument, Boolean> digitised = t.field("DuocSoHoa", FLAG_10, SubmittedDocument::digitised);
    Field<SubmittedDocument, Boolean> reused = t.field("DuocTaiSuDung", FLAG_10, SubmittedDocument::reused);
    Field<SubmittedDocument, Boolean> fromRepository =
        t.field("DuocLayTuKhoDMQG", FLAG_10, SubmittedDocument::fromDataRepository);
    Field<SubmittedDocument, String> replacedBy =
        t.field("MaKetQuaThayThe", TEXT, SubmittedDocument::replacedByResultCode);
    DOCUMENT = t.build(v -> new SubmittedDocument(v.get(fileId), v.need(name), v.get(deleted),
        v.get(component), v.get(url), v.get(digitised), v.get(reused), v.get(fromRepository), v.get(replacedBy)));
  }

  /** An item of {@code DanhSachLePhi} and {@code DanhSachLePhiBoSung}. */
  static final MessageTable<Fee> FEE;

  static {
    MessageTable.Builder<Fee> t = MessageTable.builder("a fee (DanhSachLePhi)");
    Field<Fee, String> name = t.field("TenPhiLePhi", TEXT, Fee::name).required();
    Field<Fee, String> feeCode = t.field("MaPhiLePhi", TEXT, Fee::code);
    Field<Fee, FeeCollectionMethod> method = t.field("HinhThucThu", code(FeeCollectionMethod::of),
        Fee::collectionMethod);
    Field<Fee, Long> amount = t.field("Gia", AMOUNT, Fee::amount).required();
    Field<Fee, FeeType> type = t.field("LoaiPhiLePhi", code(FeeType::of), Fee::type);
    FEE = t.build(v -> new Fee(v.need(name), v.get(feeCode), v.get(method), v.need(amount), v.get(type)));
  }

  /** An item of {@code DanhSachTepDinhKemKhac}. */
  static final MessageTable<OtherAttachment> ATTACHMENT;

  static {
    MessageTable.Builder<OtherAttachment> t = MessageTable.builder("an attachment (DanhSachTepDinhKemKhac)");
    Field<OtherAttachment, String> name = t.field("TenGiayTo", TEXT, OtherAttachment::name).required();
    Field<OtherAttachment, Integer> quantity = t.field("SoLuong", COUNT, OtherAttachment::quantity).required();
    Field<OtherAttachment, String> kind = t.field("LoaiGiayTo", TEXT, OtherAttachment::kind);
    ATTACHMENT = t.build(v -> new OtherAttachment(v.need(name), v.need(quantity), v.get(kind)));
  }

  /** An item of {@code DanhSachHoSoBoSung}; {@code DanhSachGiayToBoSung} is a list of the papers' names (UNCERTAIN). */
  static final MessageTable<SupplementRequest> SUPPLEMENT;

  static {
    MessageTable.Builder<SupplementRequest> t = MessageTable.builder("a supplement request (DanhSachHoSoBoSung)");
    Field<SupplementRequest, String> id = t.field("HoSoBoSungId", TEXT, SupplementRequest::id);
    Field<SupplementRequest, String> requestedBy = t.field("NguoiYeuCauBoSung", TEXT, SupplementRequest::requestedBy);
    Field<SupplementRequest, String> content = t.field("NoiDungBoSung", TEXT, SupplementRequest::content);
    Field<SupplementRequest, Instant> requestedAt =
        t.field("NgayBoSung", PORTAL_DATE_TIME, SupplementRequest::requestedAt).required();
    Field<SupplementRequest, String> receivedBy = t.field("NguoiTiepNhanBoSung", TEXT, SupplementRequest::receivedBy);
    Field<SupplementRequest, String> reception = t.field("ThongTinTiepNhan", TEXT, SupplementRequest::receptionInfo);
    Field<SupplementRequest, Instant> resubmittedAt =
        t.field("NgayTiepNhanBoSung", PORTAL_DATE_TIME, SupplementRequest::resubmittedAt).always();
    Field<SupplementRequest, SupplementState> state =
        t.field("TrangThaiBoSung", code(SupplementState::of), SupplementRequest::state);
    Field<SupplementRequest, List<String>> papers =
        t.field("DanhSachGiayToBoSung", list(TEXT), SupplementRequest::requestedDocuments);
    Field<SupplementRequest, List<Fee>> fees = t.field("DanhSachLePhiBoSung", list(FEE), SupplementRequest::fees);
    Field<SupplementRequest, Instant> dueBefore =
        t.field("NgayHenTraTruoc", PORTAL_DATE_TIME, SupplementRequest::dueBefore).always();
    Field<SupplementRequest, Instant> dueAfter =
        t.field("NgayHenTraMoi", PORTAL_DATE_TIME, SupplementRequest::dueAfter).always();
    SUPPLEMENT = t.build(v -> {
      Instant asked = v.need(requestedAt);
      Instant back = v.get(resubmittedAt);
      if (back != null && back.isBefore(asked)) {
        throw v.invalid(resubmittedAt, Reason.INVALID_VALUE,
            "the supplement is received before it was requested (NgayBoSung)");
      }
      return new SupplementRequest(v.get(id), v.get(requestedBy), v.get(content), asked, v.get(receivedBy),
          v.get(reception), back, v.get(state), v.get(papers, List.of()), v.get(fees, List.of()), v.get(dueBefore),
          v.get(dueAfter));
    });
  }

  /** An item of {@code DanhSachGiayToKetQua}. */
  static final MessageTable<DossierResultDocument> RESULT;

  static {
    MessageTable.Builder<DossierResultDocument> t = MessageTable.builder("a result document (DanhSachGiayToKetQua)");
    Field<DossierResultDocument, String> name = t.field("TenGiayTo", TEXT, DossierResultDocument::name).required();
    Field<DossierResultDocument, String> component =
        t.field("MaThanhPhanHoSo", TEXT, DossierResultDocument::componentCode);
    Field<DossierResultDocument, String> documentId = t.field("GiayToId", TEXT, DossierResultDocument::documentId);
    Field<DossierResultDocument, String> url = t.field("DuongDanTepTinKetQua", TEXT, DossierResultDocument::downloadUrl);
    Field<DossierResultDocument, String> resultCode =
        t.field("MaGiayToKetQua", TEXT, DossierResultDocument::resultCode);
    RESULT = t.build(v -> new DossierResultDocument(v.need(name), v.get(component), v.get(documentId), v.get(url),
        v.get(resultCode)));
  }

  /** An item of {@code DSKetNoiCSDL}. */
  static final MessageTable<NationalDatabase> DATABASE;

  static {
    MessageTable.Builder<NationalDatabase> t = MessageTable.builder("a national database (DSKetNoiCSDL)");
    Field<NationalDatabase, NationalDatabase> code = t.field("MaCSDL", code(NationalDatabase::of), db -> db).required();
    DATABASE = t.build(v -> v.need(code));
  }

  /**
   * A dossier ({@code HoSoDongBoDVC}). Its receiving agency is not in the payload (the envelope's {@code madonvi}
   * names it): read as {@code null}. A flag is written as {@code "1"}/{@code "0"} when stated and left out when not:
   * an absent flag reads as {@code null} ("not stated"), never as {@code false}. The five lists every real sender
   * writes ({@code TaiLieuNop}, {@code DanhSachLePhi}, {@code DanhSachTepDinhKemKhac}, {@code DanhSachHoSoBoSung},
   * {@code DanhSachGiayToKetQua}) are always written, {@code []} when empty; {@code DinhDanhCHS} and {@code
   * DSKetNoiCSDL}, which older senders leave out, only when not empty.
   */
  static final MessageTable<Dossier> DOSSIER;

  static {
    MessageTable.Builder<Dossier> t = MessageTable.builder("a dossier (HoSoDongBoDVC)");
    Field<Dossier, DossierCode> code = t.field("MaHoSo", DOSSIER_CODE, Dossier::code).required();
    Field<Dossier, ProcedureCode> procedure =
        t.field("MaTTHC", PROCEDURE_CODE, d -> d.procedure().code()).required().identifies();
    Field<Dossier, String> procedureName = t.field("TenTTHC", TEXT, d -> d.procedure().name());
    Field<Dossier, String> fieldCode = t.field("MaLinhVuc", TEXT, d -> d.procedure().fieldCode());
    Field<Dossier, String> fieldName = t.field("TenLinhVuc", TEXT, d -> d.procedure().fieldName());
    Field<Dossier, Channel> channel = t.field("KenhThucHien", code(Channel::of), d -> d.submission().channel());
    Field<Dossier, String> applicant = t.field("ChuHoSo", TEXT, d -> d.applicant().name()).required().identifies();
    Field<Dossier, String> documentNumber = t.field("SoGiayToChuHoSo", TEXT, d -> d.applicant().documentNumber());
    Field<Dossier, ApplicantType> type =
        t.field("LoaiDoiTuong", code(ApplicantType::of), d -> d.applicant().type()).required().identifies();
    Field<Dossier, String> account = t.field("MaDoiTuong", TEXT, d -> d.applicant().portalAccountId());
    Field<Dossier, List<ApplicantIdentifier>> identifiers =
        t.field("DinhDanhCHS", list(IDENTIFIER), d -> d.applicant().identifiers());
    Field<Dossier, String> email = t.field("Email", TEXT, d -> d.applicant().email());
    Field<Dossier, String> fax = t.field("Fax", TEXT, d -> d.applicant().fax());
    Field<Dossier, String> phone = t.field("SoDienThoai", TEXT, d -> d.applicant().phone());
    Field<Dossier, String> otherInfo = t.field("ThongTinKhac", TEXT, d -> d.submission().otherInfo());
    Field<Dossier, String> note = t.field("GhiChu", TEXT, d -> d.submission().note());
    Field<Dossier, String> summary = t.field("TrichYeuHoSo", TEXT, d -> d.submission().summary());
    Field<Dossier, Instant> submittedAt =
        t.field("NgayNopHoSo", PORTAL_DATE_TIME, d -> d.timeline().submittedAt()).always();
    Field<Dossier, Instant> receivedAt =
        t.field("NgayTiepNhan", PORTAL_DATE_TIME, d -> d.timeline().receivedAt()).always();
    Field<Dossier, Instant> dueAt = t.field("NgayHenTra", PORTAL_DATE_TIME, d -> d.timeline().dueAt()).always();
    Field<Dossier, Instant> returnedAt = t.field("NgayTra", PORTAL_DATE_TIME, d -> d.timeline().returnedAt()).always();
    Field<Dossier, Instant> finishedAt =
        t.field("NgayKetThucXuLy", PORTAL_DATE_TIME, d -> d.timeline().finishedAt()).always();
    Field<Dossier, Instant> refusedAt =
        t.field("NgayTuChoi", PORTAL_DATE_TIME, d -> d.timeline().refusedAt()).always();
    Field<Dossier, DossierStatus> status =
        t.field("TrangThaiHoSo", code(DossierStatus::of), Dossier::status).required().identifies();
    Field<Dossier, ResultDelivery> delivery =
        t.field("HinhThuc", code(ResultDelivery::of), d -> d.documents().resultDelivery());
    Field<Dossier, String> processingAgency = t.field("DonViXuLy", TEXT, d -> d.processing().agencyName());
    Field<Dossier, String> place = t.field("NoiNopHoSo", TEXT, d -> d.submission().place());
    Field<Dossier, Boolean> digitised =
        t.field("HoSoCoThanhPhanSoHoa", FLAG_10, d -> d.flags().hasDigitisedComponents());
    Field<Dossier, Boolean> vneid =
        t.field("TaiKhoanDuocXacThucVoiVNeID", FLAG_10, d -> d.flags().vneidVerified());
    Field<Dossier, OnlinePayment> onlinePayment =
        t.field("DuocThanhToanTrucTuyen", code(OnlinePayment::of), d -> d.payment().onlinePayment());
    Field<Dossier, List<SubmittedDocument>> documents =
        t.field("TaiLieuNop", list(DOCUMENT), d -> d.documents().submitted()).always();
    Field<Dossier, List<Fee>> fees = t.field("DanhSachLePhi", list(FEE), d -> d.payment().fees()).always();
    Field<Dossier, List<OtherAttachment>> attachments =
        t.field("DanhSachTepDinhKemKhac", list(ATTACHMENT), d -> d.documents().otherAttachments()).always();
    Field<Dossier, List<SupplementRequest>> supplements =
        t.field("DanhSachHoSoBoSung", list(SUPPLEMENT), d -> d.pauses().supplements()).always();
    Field<Dossier, List<DossierResultDocument>> results =
        t.field("DanhSachGiayToKetQua", list(RESULT), d -> d.documents().results()).always();
    Field<Dossier, List<NationalDatabase>> databases =
        t.field("DSKetNoiCSDL", list(DATABASE), d -> d.flags().nationalDatabases());
    DOSSIER = t.build(v -> Dossier.builder()
        .code(v.need(code))
        .procedure(new ProcedureRef(v.need(procedure), v.get(procedureName), v.get(fieldCode), v.get(fieldName)))
        .applicant(new Applicant(v.need(type), v.need(applicant), v.get(documentNumber),
            v.get(identifiers, List.of()), v.get(account), v.get(email), v.get(fax), v.get(phone), null))
        .submission(new DossierSubmission(v.get(channel), null, null, v.get(place), v.get(summary), v.get(note),
            v.get(otherInfo)))
        .status(v.need(status))
        .timeline(new DossierTimeline(v.get(submittedAt), v.get(receivedAt), v.get(dueAt), v.get(finishedAt),
            v.get(returnedAt), v.get(refusedAt)))
        .processing(new DossierProcessing(v.get(processingAgency), List.of(), List.of()))
        .documents(new DossierDocuments(v.get(documents, List.of()), v.get(attachments, List.of()),
            v.get(results, List.of()), v.get(delivery)))
        .payment(new DossierPayment(v.get(fees, List.of()), v.get(onlinePayment)))
        .pauses(new DossierPauses(v.get(supplements, List.of()), List.of()))
        .flags(new DossierFlags(v.get(digitised), v.get(vneid), v.get(databases, List.of())))
        .build());
  }

  // ---------------------------------------------------------------- CapNhatTienDoHoSoMC

  /** A progress item: a processing step and its dossier's code. */
  static final MessageTable<DossierStep> STEP;

  static {
    MessageTable.Builder<DossierStep> t = MessageTable.builder("a progress step (CapNhatTienDoHoSoMC)");
    Field<DossierStep, DossierCode> code = t.field("MaHoSo", DOSSIER_CODE, DossierStep::dossierCode).required();
    Field<DossierStep, String> handler = t.field("NguoiXuLy", TEXT, s -> s.step().handler());
    Field<DossierStep, String> position = t.field("ChucDanh", TEXT, s -> s.step().position());
    Field<DossierStep, Instant> at =
        t.field("ThoiDiemXuLy", PORTAL_DATE_TIME, s -> s.step().at()).required().identifies();
    Field<DossierStep, String> department = t.field("PhongBanXuLy", TEXT, s -> s.step().department());
    Field<DossierStep, String> content = t.field("NoiDungXuLy", TEXT, s -> s.step().content());
    Field<DossierStep, DossierStatus> status =
        t.field("TrangThai", code(DossierStatus::of), s -> s.step().status()).required().identifies();
    Field<DossierStep, Instant> startedAt =
        t.field("NgayBatDau", PORTAL_DATE_TIME, s -> s.step().startedAt()).always();
    Field<DossierStep, Instant> dueAt =
        t.field("NgayKetThucTheoQuyDinh", PORTAL_DATE_TIME, s -> s.step().dueAt()).always();
    STEP = t.build(v -> new DossierStep(v.need(code), new ProcessingStep(v.get(handler), v.get(position), v.need(at),
        v.get(department), v.get(content), v.need(status), v.get(startedAt), v.get(dueAt))));
  }

  // ---------------------------------------------------------------- the envelope

  /** The adapter's services (docs/dossiers-and-portal.md): named in an error when a call is another one. */
  static final Set<String> SERVICES = Set.of(PortalRequest.DOSSIER_SYNC, PortalRequest.PROGRESS_UPDATE, "TraCuuHoSo",
      "LayThuTuc", "LayDanhSachTTHC", "LayDanhMucCoQuan", "LayDanhMucLinhVuc", "TraCuuTechID");

  /** The {@code service} of a call, a code: must be the one expected ({@link Reason#WRONG_MESSAGE} otherwise). */
  static Form<String> service(String expected) {
    return new Form<>() {
      @Override
      public @Nullable String read(WireReader r) throws IOException {
        String s = Forms.CODE.read(r);
        if (s != null && !s.equals(expected)) {
          throw new JsonDecodingException(Reason.WRONG_MESSAGE, r.here(), "expected a " + expected + " call, found "
              + (SERVICES.contains(s) ? "a " + s + " call" : "another service"));
        }
        return s;
      }

      @Override
      public void write(WireWriter w, String value, @Nullable String pointer) throws IOException {
        Forms.CODE.write(w, value, pointer);
      }

      @Override
      public boolean absent(@Nullable String value) {
        return Forms.CODE.absent(value);
      }
    };
  }

  /**
   * The adapter's envelope ({@code session}, {@code madonvi}, {@code service}, {@code isUpdating}, {@code data}) around
   * items of one table.
   */
  static <T> MessageTable<PortalRequest<T>> envelope(String service, MessageTable<T> item) {
    MessageTable.Builder<PortalRequest<T>> t = MessageTable.<PortalRequest<T>>builder("a " + service + " call")
        .foreign("error_code", "an answer (error_code)");
    Field<PortalRequest<T>, String> session = t.field("session", TEXT, PortalRequest::session).required();
    Field<PortalRequest<T>, AgencyCode> agency = t.field("madonvi", AGENCY_CODE, PortalRequest::agency).required();
    Field<PortalRequest<T>, String> name =
        t.field("service", service(service), PortalRequest::service).required().identifies();
    Field<PortalRequest<T>, Boolean> updating = t.field("isUpdating", TRUE_FALSE, PortalRequest::updating);
    Field<PortalRequest<T>, List<T>> data = t.field("data", list(item), PortalRequest::data).always();
    return t.build(v -> new PortalRequest<>(v.need(session), v.need(agency), v.need(name), v.get(updating),
        v.get(data, List.of())));
  }

  static final MessageTable<PortalRequest<Dossier>> DOSSIER_REQUEST = envelope(PortalRequest.DOSSIER_SYNC, DOSSIER);
  static final MessageTable<PortalRequest<DossierStep>> PROGRESS_REQUEST =
      envelope(PortalRequest.PROGRESS_UPDATE, STEP);
}
