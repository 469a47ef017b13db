package dev.egov.json.portal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.egov.json.UnknownField;
import dev.egov.json.internal.WireScalars;
import dev.egov.model.code.OpenCode;
import dev.egov.model.dossier.Applicant;
import dev.egov.model.dossier.ApplicantIdentifier;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.dossier.DossierResultDocument;
import dev.egov.model.dossier.Fee;
import dev.egov.model.dossier.OtherAttachment;
import dev.egov.model.dossier.ProcessingStep;
import dev.egov.model.dossier.SubmittedDocument;
import dev.egov.model.dossier.SupplementRequest;
import dev.egov.model.id.AgencyCode;
import dev.egov.model.code.NationalDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes the portal dialect with a streaming generator, field names pre-encoded. Unknown fields of a decoded payload
 * are put back at the end of the object they were read in; pointers are built only when there are some.
 */
final class PortalWriter {

  private final ObjectMapper mapper;

  PortalWriter(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  byte[] dossierRequest(PortalRequest<Dossier> request, List<UnknownField> unknown) {
    for (Dossier d : request.data()) {
      AgencyCode receiving = d.submission().receivingAgency();
      if (receiving != null && !receiving.equals(request.agency())) {
        throw new IllegalArgumentException("Dossier " + d.code() + " is received by " + receiving.format()
            + " but the request is made for " + request.agency().format() + ": send one request per agency");
      }
    }
    return write(unknown, (w, ptr) -> w.envelope(request, ptr, Write::dossier));
  }

  byte[] dossier(Dossier dossier, List<UnknownField> unknown) {
    return write(unknown, (w, ptr) -> w.dossier(dossier, ptr));
  }

  byte[] progressRequest(PortalRequest<DossierStep> request, List<UnknownField> unknown) {
    return write(unknown, (w, ptr) -> w.envelope(request, ptr, Write::step));
  }

  byte[] answer(PortalAnswer answer, List<UnknownField> unknown) {
    return write(unknown, (w, ptr) -> w.answer(answer, ptr));
  }

  @FunctionalInterface
  private interface Body {
    void write(Write w, @Nullable String pointer) throws IOException;
  }

  @FunctionalInterface
  private interface Item<T> {
    void write(Write w, T item, @Nullable String pointer) throws IOException;
  }

  private byte[] write(List<UnknownField> unknown, Body body) {
    ByteArrayBuilder out = new ByteArrayBuilder(512);
    try (JsonGenerator g = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      Map<String, List<UnknownField>> extras = null;
      if (!unknown.isEmpty()) {
        extras = new HashMap<>();
        for (UnknownField f : unknown) {
          extras.computeIfAbsent(f.parentPath(), k -> new ArrayList<>(2)).add(f);
        }
      }
      body.write(new Write(g, extras, mapper), extras == null ? null : "");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write a portal payload", e);
    }
    return out.toByteArray();
  }

  private static SerializableString n(String name, Set<String> known) {
    known.add(name);
    return new SerializedString(name);
  }

  // Field names, pre-encoded, and for each object the names it maps (an unknown field is never written over one).
  private static final Set<String> ENVELOPE = new HashSet<>();
  private static final SerializableString SESSION = n("session", ENVELOPE);
  private static final SerializableString MADONVI = n("madonvi", ENVELOPE);
  private static final SerializableString SERVICE = n("service", ENVELOPE);
  private static final SerializableString IS_UPDATING = n("isUpdating", ENVELOPE);
  private static final SerializableString DATA = n("data", ENVELOPE);

  private static final Set<String> DOSSIER = new HashSet<>();
  private static final SerializableString MA_HO_SO = n("MaHoSo", DOSSIER);
  private static final SerializableString MA_TTHC = n("MaTTHC", DOSSIER);
  private static final SerializableString TEN_TTHC = n("TenTTHC", DOSSIER);
  private static final SerializableString MA_LINH_VUC = n("MaLinhVuc", DOSSIER);
  private static final SerializableString TEN_LINH_VUC = n("TenLinhVuc", DOSSIER);
  private static final SerializableString KENH_THUC_HIEN = n("KenhThucHien", DOSSIER);
  private static final SerializableString CHU_HO_SO = n("ChuHoSo", DOSSIER);
  private static final SerializableString SO_GIAY_TO_CHU_HO_SO = n("SoGiayToChuHoSo", DOSSIER);
  private static final SerializableString LOAI_DOI_TUONG = n("LoaiDoiTuong", DOSSIER);
  private static final SerializableString MA_DOI_TUONG = n("MaDoiTuong", DOSSIER);
  private static final SerializableString DINH_DANH_CHS = n("DinhDanhCHS", DOSSIER);
  private static final SerializableString EMAIL = n("Email", DOSSIER);
  private static final SerializableString FAX = n("Fax", DOSSIER);
  private static final SerializableString SO_DIEN_THOAI = n("SoDienThoai", DOSSIER);
  private static final SerializableString THONG_TIN_KHAC = n("ThongTinKhac", DOSSIER);
  private static final SerializableString GHI_CHU = n("GhiChu", DOSSIER);
  private static final SerializableString TRICH_YEU_HO_SO = n("TrichYeuHoSo", DOSSIER);
  private static final SerializableString NGAY_NOP_HO_SO = n("NgayNopHoSo", DOSSIER);
  private static final SerializableString NGAY_TIEP_NHAN = n("NgayTiepNhan", DOSSIER);
  private static final SerializableString NGAY_HEN_TRA = n("NgayHenTra", DOSSIER);
  private static final SerializableString NGAY_TRA = n("NgayTra", DOSSIER);
  private static final SerializableString NGAY_KET_THUC_XU_LY = n("NgayKetThucXuLy", DOSSIER);
  private static final SerializableString NGAY_TU_CHOI = n("NgayTuChoi", DOSSIER);
  private static final SerializableString TRANG_THAI_HO_SO = n("TrangThaiHoSo", DOSSIER);
  private static final SerializableString HINH_THUC = n("HinhThuc", DOSSIER);
  private static final SerializableString DON_VI_XU_LY = n("DonViXuLy", DOSSIER);
  private static final SerializableString NOI_NOP_HO_SO = n("NoiNopHoSo", DOSSIER);
  private static final SerializableString HO_SO_CO_THANH_PHAN_SO_HOA = n("HoSoCoThanhPhanSoHoa", DOSSIER);
  private static final SerializableString TAI_KHOAN_VNEID = n("TaiKhoanDuocXacThucVoiVNeID", DOSSIER);
  private static final SerializableString DUOC_THANH_TOAN_TRUC_TUYEN = n("DuocThanhToanTrucTuyen", DOSSIER);
  private static final SerializableString TAI_LIEU_NOP = n("TaiLieuNop", DOSSIER);
  private static final SerializableString DANH_SACH_LE_PHI = n("DanhSachLePhi", DOSSIER);
  private static final SerializableString DANH_SACH_TEP_DINH_KEM_KHAC = n("DanhSachTepDinhKemKhac", DOSSIER);
  private static final SerializableString DANH_SACH_HO_SO_BO_SUNG = n("DanhSachHoSoBoSung", DOSSIER);
  private static final SerializableString DANH_SACH_GIAY_TO_KET_QUA = n("DanhSachGiayToKetQua", DOSSIER);
  private static final SerializableString DS_KET_NOI_CSDL = n("DSKetNoiCSDL", DOSSIER);

  private static final Set<String> IDENTIFIER = new HashSet<>();
  private static final SerializableString LOAI_DINH_DANH = n("LoaiDinhDanh", IDENTIFIER);
  private static final SerializableString SO_DINH_DANH = n("SoDinhDanh", IDENTIFIER);

  private static final Set<String> DOCUMENT = new HashSet<>();
  private static final SerializableString TEP_DINH_KEM_ID = n("TepDinhKemId", DOCUMENT);
  private static final SerializableString TEN_TEP_DINH_KEM = n("TenTepDinhKem", DOCUMENT);
  private static final SerializableString IS_DELETED = n("IsDeleted", DOCUMENT);
  private static final SerializableString MA_THANH_PHAN_HO_SO = n("MaThanhPhanHoSo", DOCUMENT);
  private static final SerializableString DUONG_DAN_TAI_TEP_TIN = n("DuongDanTaiTepTin", DOCUMENT);
  private static final SerializableString DUOC_SO_HOA = n("DuocSoHoa", DOCUMENT);
  private static final SerializableString DUOC_TAI_SU_DUNG = n("DuocTaiSuDung", DOCUMENT);
  private static final SerializableString DUOC_LAY_TU_KHO_DMQG = n("DuocLayTuKhoDMQG", DOCUMENT);
  private static final SerializableString MA_KET_QUA_THAY_THE = n("MaKetQuaThayThe", DOCUMENT);

  private static final Set<String> FEE = new HashSet<>();
  private static final SerializableString TEN_PHI_LE_PHI = n("TenPhiLePhi", FEE);
  private static final SerializableString MA_PHI_LE_PHI = n("MaPhiLePhi", FEE);
  private static final SerializableString HINH_THUC_THU = n("HinhThucThu", FEE);
  private static final SerializableString GIA = n("Gia", FEE);
  private static final SerializableString LOAI_PHI_LE_PHI = n("LoaiPhiLePhi", FEE);

  private static final Set<String> ATTACHMENT = new HashSet<>();
  private static final SerializableString TEN_GIAY_TO = n("TenGiayTo", ATTACHMENT);
  private static final SerializableString SO_LUONG = n("SoLuong", ATTACHMENT);
  private static final SerializableString LOAI_GIAY_TO = n("LoaiGiayTo", ATTACHMENT);

  private static final Set<String> SUPPLEMENT = new HashSet<>();
  private static final SerializableString HO_SO_BO_SUNG_ID = n("HoSoBoSungId", SUPPLEMENT);
  private static final SerializableString NGUOI_YEU_CAU_BO_SUNG = n("NguoiYeuCauBoSung", SUPPLEMENT);
  private static final SerializableString NOI_DUNG_BO_SUNG = n("NoiDungBoSung", SUPPLEMENT);
  private static final SerializableString NGAY_BO_SUNG = n("NgayBoSung", SUPPLEMENT);
  private static final SerializableString NGUOI_TIEP_NHAN_BO_SUNG = n("NguoiTiepNhanBoSung", SUPPLEMENT);
  private static final SerializableString THONG_TIN_TIEP_NHAN = n("ThongTinTiepNhan", SUPPLEMENT);
  private static final SerializableString NGAY_TIEP_NHAN_BO_SUNG = n("NgayTiepNhanBoSung", SUPPLEMENT);
  private static final SerializableString TRANG_THAI_BO_SUNG = n("TrangThaiBoSung", SUPPLEMENT);
  private static final SerializableString DANH_SACH_GIAY_TO_BO_SUNG = n("DanhSachGiayToBoSung", SUPPLEMENT);
  private static final SerializableString DANH_SACH_LE_PHI_BO_SUNG = n("DanhSachLePhiBoSung", SUPPLEMENT);
  private static final SerializableString NGAY_HEN_TRA_TRUOC = n("NgayHenTraTruoc", SUPPLEMENT);
  private static final SerializableString NGAY_HEN_TRA_MOI = n("NgayHenTraMoi", SUPPLEMENT);

  private static final Set<String> RESULT = new HashSet<>();
  private static final SerializableString RESULT_TEN_GIAY_TO = n("TenGiayTo", RESULT);
  private static final SerializableString RESULT_MA_THANH_PHAN_HO_SO = n("MaThanhPhanHoSo", RESULT);
  private static final SerializableString GIAY_TO_ID = n("GiayToId", RESULT);
  private static final SerializableString DUONG_DAN_TEP_TIN_KET_QUA = n("DuongDanTepTinKetQua", RESULT);
  private static final SerializableString MA_GIAY_TO_KET_QUA = n("MaGiayToKetQua", RESULT);

  private static final Set<String> DATABASE = new HashSet<>();
  private static final SerializableString MA_CSDL = n("MaCSDL", DATABASE);

  private static final Set<String> STEP = new HashSet<>();
  private static final SerializableString STEP_MA_HO_SO = n("MaHoSo", STEP);
  private static final SerializableString NGUOI_XU_LY = n("NguoiXuLy", STEP);
  private static final SerializableString CHUC_DANH = n("ChucDanh", STEP);
  private static final SerializableString THOI_DIEM_XU_LY = n("ThoiDiemXuLy", STEP);
  private static final SerializableString PHONG_BAN_XU_LY = n("PhongBanXuLy", STEP);
  private static final SerializableString NOI_DUNG_XU_LY = n("NoiDungXuLy", STEP);
  private static final SerializableString TRANG_THAI = n("TrangThai", STEP);
  private static final SerializableString NGAY_BAT_DAU = n("NgayBatDau", STEP);
  private static final SerializableString NGAY_KET_THUC_THEO_QUY_DINH = n("NgayKetThucTheoQuyDinh", STEP);

  private static final Set<String> ANSWER = new HashSet<>();
  private static final SerializableString ERROR_CODE = n("error_code", ANSWER);
  private static final SerializableString MESSAGE = n("message", ANSWER);
  private static final SerializableString RESULT_MEMBER = n("result", ANSWER);
  private static final SerializableString DATA_MEMBER = n("data", ANSWER);
  private static final SerializableString ANSWER_SESSION = n("session", ANSWER);

  /** One write: the generator and the unknown fields to put back, by the pointer of their object. */
  private static final class Write {
    private final JsonGenerator g;
    private final @Nullable Map<String, List<UnknownField>> extras;
    private final ObjectMapper mapper;

    Write(JsonGenerator g, @Nullable Map<String, List<UnknownField>> extras, ObjectMapper mapper) {
      this.g = g;
      this.extras = extras;
      this.mapper = mapper;
    }

    // ---- objects, lists and the unknown fields put back ----

    /** Ends an object, first putting back the unknown fields read in it. */
    void end(@Nullable String pointer, Set<String> known) throws IOException {
      if (extras != null && pointer != null) {
        List<UnknownField> fields = extras.get(pointer);
        if (fields != null) {
          for (UnknownField f : fields) {
            String name = f.name();
            if (!known.contains(name)) {
              g.writeFieldName(name);
              try {
                g.writeTree(mapper.readTree(f.json()));
              } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("The unknown field " + f.path() + " does not hold JSON");
              }
            }
          }
        }
      }
      g.writeEndObject();
    }

    static @Nullable String child(@Nullable String pointer, String name) {
      return pointer == null ? null : pointer + '/' + name;
    }

    <T> void list(SerializableString name, List<T> items, @Nullable String pointer, Item<T> item)
        throws IOException {
      if (items.isEmpty()) {
        return;
      }
      g.writeFieldName(name);
      g.writeStartArray();
      String base = child(pointer, name.getValue());
      for (int i = 0; i < items.size(); i++) {
        item.write(this, items.get(i), base == null ? null : base + '/' + i);
      }
      g.writeEndArray();
    }

    // ---- scalars: absent texts, codes and lists are omitted; instants are always written, "" when unknown ----

    void text(SerializableString name, @Nullable String value) throws IOException {
      if (value != null && !value.isBlank()) {
        g.writeFieldName(name);
        g.writeString(value);
      }
    }

    void required(SerializableString name, String value, String what) throws IOException {
      if (value.isBlank()) {
        throw new IllegalArgumentException(what + " is blank: the portal requires " + name.getValue());
      }
      g.writeFieldName(name);
      g.writeString(value);
    }

    void code(SerializableString name, @Nullable OpenCode code) throws IOException {
      if (code != null) {
        g.writeFieldName(name);
        g.writeString(code.code());
      }
    }

    void instant(SerializableString name, @Nullable Instant instant) throws IOException {
      g.writeFieldName(name);
      g.writeString(instant == null ? "" : WireScalars.portalDateTime(instant));
    }

    /** A flag that QĐ 766 counts: {@code "1"} or {@code "0"} (docs/indicators.md). */
    void flag(SerializableString name, boolean value) throws IOException {
      g.writeFieldName(name);
      g.writeString(value ? "1" : "0");
    }

    void number(SerializableString name, long value) throws IOException {
      g.writeFieldName(name);
      g.writeString(Long.toString(value));
    }

    // ---- the envelope ----

    <T> void envelope(PortalRequest<T> request, @Nullable String pointer, Item<T> item) throws IOException {
      g.writeStartObject();
      g.writeFieldName(SESSION);
      g.writeString(request.session());
      g.writeFieldName(MADONVI);
      g.writeString(request.agency().format());
      g.writeFieldName(SERVICE);
      g.writeString(request.service());
      if (request.updating() != null) {
        g.writeFieldName(IS_UPDATING);
        g.writeString(WireScalars.portalBoolean(request.updating()));
      }
      g.writeFieldName(DATA);
      g.writeStartArray();
      String base = child(pointer, "data");
      List<T> data = request.data();
      for (int i = 0; i < data.size(); i++) {
        item.write(this, data.get(i), base == null ? null : base + '/' + i);
      }
      g.writeEndArray();
      end(pointer, ENVELOPE);
    }

    // ---- HoSoDongBoDVC ----

    void dossier(Dossier d, @Nullable String pointer) throws IOException {
      Applicant a = d.applicant();
      g.writeStartObject();
      g.writeFieldName(MA_HO_SO);
      g.writeString(d.code().format());
      g.writeFieldName(MA_TTHC);
      g.writeString(d.procedure().code().format());
      text(TEN_TTHC, d.procedure().name());
      text(MA_LINH_VUC, d.procedure().fieldCode());
      text(TEN_LINH_VUC, d.procedure().fieldName());
      code(KENH_THUC_HIEN, d.submission().channel());
      required(CHU_HO_SO, a.name(), "The applicant's name");
      text(SO_GIAY_TO_CHU_HO_SO, a.documentNumber());
      code(LOAI_DOI_TUONG, a.type());
      text(MA_DOI_TUONG, a.portalAccountId());
      list(DINH_DANH_CHS, a.identifiers(), pointer, Write::identifier);
      text(EMAIL, a.email());
      text(FAX, a.fax());
      text(SO_DIEN_THOAI, a.phone());
      text(THONG_TIN_KHAC, d.submission().otherInfo());
      text(GHI_CHU, d.submission().note());
      text(TRICH_YEU_HO_SO, d.submission().summary());
      instant(NGAY_NOP_HO_SO, d.timeline().submittedAt());
      instant(NGAY_TIEP_NHAN, d.timeline().receivedAt());
      instant(NGAY_HEN_TRA, d.timeline().dueAt());
      instant(NGAY_TRA, d.timeline().returnedAt());
      instant(NGAY_KET_THUC_XU_LY, d.timeline().finishedAt());
      instant(NGAY_TU_CHOI, d.timeline().refusedAt());
      code(TRANG_THAI_HO_SO, d.status());
      code(HINH_THUC, d.documents().resultDelivery());
      text(DON_VI_XU_LY, d.processing().agencyName());
      text(NOI_NOP_HO_SO, d.submission().place());
      flag(HO_SO_CO_THANH_PHAN_SO_HOA, d.flags().hasDigitisedComponents());
      flag(TAI_KHOAN_VNEID, d.flags().vneidVerified());
      code(DUOC_THANH_TOAN_TRUC_TUYEN, d.payment().onlinePayment());
      list(TAI_LIEU_NOP, d.documents().submitted(), pointer, Write::document);
      list(DANH_SACH_LE_PHI, d.payment().fees(), pointer, Write::fee);
      list(DANH_SACH_TEP_DINH_KEM_KHAC, d.documents().otherAttachments(), pointer, Write::attachment);
      list(DANH_SACH_HO_SO_BO_SUNG, d.pauses().supplements(), pointer, Write::supplement);
      list(DANH_SACH_GIAY_TO_KET_QUA, d.documents().results(), pointer, Write::result);
      list(DS_KET_NOI_CSDL, d.flags().nationalDatabases(), pointer, Write::database);
      end(pointer, DOSSIER);
    }

    void identifier(ApplicantIdentifier id, @Nullable String pointer) throws IOException {
      g.writeStartObject();
      code(LOAI_DINH_DANH, id.type());
      required(SO_DINH_DANH, id.number(), "An identity document's number");
      end(pointer, IDENTIFIER);
    }

    void document(SubmittedDocument doc, @Nullable String pointer) throws IOException {
      g.writeStartObject();
      text(TEP_DINH_KEM_ID, doc.fileId());
      required(TEN_TEP_DINH_KEM, doc.name(), "A submitted document's name");
      flag(IS_DELETED, doc.deleted());
      text(MA_THANH_PHAN_HO_SO, doc.componentCode());
      text(DUONG_DAN_TAI_TEP_TIN, doc.downloadUrl());
      flag(DUOC_SO_HOA, doc.digitised());
      flag(DUOC_TAI_SU_DUNG, doc.reused());
      flag(DUOC_LAY_TU_KHO_DMQG, doc.fromDataRepository());
      text(MA_KET_QUA_THAY_THE, doc.replacedByResultCode());
      end(pointer, DOCUMENT);
    }

    void fee(Fee fee, @Nullable String pointer) throws IOException {
      g.writeStartObject();
      required(TEN_PHI_LE_PHI, fee.name(), "A fee's name");
      text(MA_PHI_LE_PHI, fee.code());
      code(HINH_THUC_THU, fee.collectionMethod());
      number(GIA, fee.amount());
      code(LOAI_PHI_LE_PHI, fee.type());
      end(pointer, FEE);
    }

    void attachment(OtherAttachment attachment, @Nullable String pointer) throws IOException {
      g.writeStartObject();
      required(TEN_GIAY_TO, attachment.name(), "An attachment's name");
      number(SO_LUONG, attachment.quantity());
      text(LOAI_GIAY_TO, attachment.kind());
      end(pointer, ATTACHMENT);
    }

    void supplement(SupplementRequest s, @Nullable String pointer) throws IOException {
      g.writeStartObject();
      text(HO_SO_BO_SUNG_ID, s.id());
      text(NGUOI_YEU_CAU_BO_SUNG, s.requestedBy());
      text(NOI_DUNG_BO_SUNG, s.content());
      instant(NGAY_BO_SUNG, s.requestedAt());
      text(NGUOI_TIEP_NHAN_BO_SUNG, s.receivedBy());
      text(THONG_TIN_TIEP_NHAN, s.receptionInfo());
      instant(NGAY_TIEP_NHAN_BO_SUNG, s.resubmittedAt());
      code(TRANG_THAI_BO_SUNG, s.state());
      list(DANH_SACH_GIAY_TO_BO_SUNG, s.requestedDocuments(), pointer, Write::paperName);
      list(DANH_SACH_LE_PHI_BO_SUNG, s.fees(), pointer, Write::fee);
      instant(NGAY_HEN_TRA_TRUOC, s.dueBefore());
      instant(NGAY_HEN_TRA_MOI, s.dueAfter());
      end(pointer, SUPPLEMENT);
    }

    void paperName(String paper, @Nullable String pointer) throws IOException {
      if (paper.isBlank()) {
        throw new IllegalArgumentException("A requested paper's name is blank");
      }
      g.writeString(paper);
    }

    void result(DossierResultDocument r, @Nullable String pointer) throws IOException {
      g.writeStartObject();
      required(RESULT_TEN_GIAY_TO, r.name(), "A result document's name");
      text(RESULT_MA_THANH_PHAN_HO_SO, r.componentCode());
      text(GIAY_TO_ID, r.documentId());
      text(DUONG_DAN_TEP_TIN_KET_QUA, r.downloadUrl());
      text(MA_GIAY_TO_KET_QUA, r.resultCode());
      end(pointer, RESULT);
    }

    void database(NationalDatabase db, @Nullable String pointer) throws IOException {
      g.writeStartObject();
      code(MA_CSDL, db);
      end(pointer, DATABASE);
    }

    // ---- CapNhatTienDoHoSoMC ----

    void step(DossierStep item, @Nullable String pointer) throws IOException {
      ProcessingStep s = item.step();
      g.writeStartObject();
      g.writeFieldName(STEP_MA_HO_SO);
      g.writeString(item.dossierCode().format());
      text(NGUOI_XU_LY, s.handler());
      text(CHUC_DANH, s.position());
      instant(THOI_DIEM_XU_LY, s.at());
      text(PHONG_BAN_XU_LY, s.department());
      text(NOI_DUNG_XU_LY, s.content());
      code(TRANG_THAI, s.status());
      instant(NGAY_BAT_DAU, s.startedAt());
      instant(NGAY_KET_THUC_THEO_QUY_DINH, s.dueAt());
      end(pointer, STEP);
    }

    // ---- answers ----

    void answer(PortalAnswer a, @Nullable String pointer) throws IOException {
      g.writeStartObject();
      g.writeFieldName(ERROR_CODE);
      if (a.numericCode()) {
        g.writeNumber(a.errorCode());
      } else {
        g.writeString(a.errorCode());
      }
      text(MESSAGE, a.message());
      payload(RESULT_MEMBER, a.result());
      payload(DATA_MEMBER, a.data());
      if (a.session() != null) {
        g.writeFieldName(ANSWER_SESSION);
        g.writeString(a.session());
      }
      end(pointer, ANSWER);
    }

    void payload(SerializableString name, @Nullable String json) throws IOException {
      if (json != null) {
        g.writeFieldName(name);
        try {
          g.writeTree(mapper.readTree(json));
        } catch (JsonProcessingException e) {
          throw new IllegalArgumentException("The answer's " + name.getValue() + " is not JSON");
        }
      }
    }
  }
}
