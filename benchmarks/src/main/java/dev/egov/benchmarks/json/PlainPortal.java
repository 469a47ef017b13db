package dev.egov.benchmarks.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The baseline's records for the portal's dossier payload ({@code HoSoDongBoDVC}), mapped by raw Jackson databind
 * ({@link DialectBenchmark}): the dialect's Vietnamese field names through {@code @JsonProperty}, its nesting as records
 * and lists.
 *
 * <p>What the baseline does: date-times ({@code yyyyMMddHHmmss}) are parsed into and formatted from {@link
 * LocalDateTime} by Jackson's {@code JavaTimeModule} ({@code @JsonFormat(pattern)}); amounts and quantities, which
 * the dialect writes as strings, are read into and written from {@code long} and {@code int}
 * ({@code @JsonFormat(shape = STRING)}). What it does not do, and egov does: convert local time to an {@code Instant}
 * in {@code Asia/Ho_Chi_Minh}, accept the other date-time, boolean and number forms, read the {@code "1"}/{@code "0"}
 * flags into booleans (kept as strings here), check codes against their lists, keep unknown fields, and write an
 * unknown date-time as {@code ""} (the baseline leaves it out). So the baseline is the cheaper side.
 */
public final class PlainPortal {

  private static final String DATE_TIME = "yyyyMMddHHmmss";

  private PlainPortal() {}

  /** {@code HoSoDongBoDVC}: one dossier. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record HoSo(
      @JsonProperty("MaHoSo") String maHoSo,
      @JsonProperty("MaTTHC") String maTthc,
      @JsonProperty("TenTTHC") String tenTthc,
      @JsonProperty("MaLinhVuc") String maLinhVuc,
      @JsonProperty("TenLinhVuc") String tenLinhVuc,
      @JsonProperty("KenhThucHien") String kenhThucHien,
      @JsonProperty("ChuHoSo") String chuHoSo,
      @JsonProperty("SoGiayToChuHoSo") String soGiayToChuHoSo,
      @JsonProperty("LoaiDoiTuong") String loaiDoiTuong,
      @JsonProperty("MaDoiTuong") String maDoiTuong,
      @JsonProperty("DinhDanhCHS") List<DinhDanh> dinhDanhChs,
      @JsonProperty("Email") String email,
      @JsonProperty("Fax") String fax,
      @JsonProperty("SoDienThoai") String soDienThoai,
      @JsonProperty("ThongTinKhac") String thongTinKhac,
      @JsonProperty("GhiChu") String ghiChu,
      @JsonProperty("TrichYeuHoSo") String trichYeuHoSo,
      @JsonProperty("NgayNopHoSo") @JsonFormat(pattern = DATE_TIME) LocalDateTime ngayNopHoSo,
      @JsonProperty("NgayTiepNhan") @JsonFormat(pattern = DATE_TIME) LocalDateTime ngayTiepNhan,
      @JsonProperty("NgayHenTra") @JsonFormat(pattern = DATE_TIME) LocalDateTime ngayHenTra,
      @JsonProperty("NgayTra") @JsonFormat(pattern = DATE_TIME) LocalDateTime ngayTra,
      @JsonProperty("NgayKetThucXuLy") @JsonFormat(pattern = DATE_TIME) LocalDateTime ngayKetThucXuLy,
      @JsonProperty("NgayTuChoi") @JsonFormat(pattern = DATE_TIME) LocalDateTime ngayTuChoi,
      @JsonProperty("TrangThaiHoSo") String trangThaiHoSo,
      @JsonProperty("HinhThuc") String hinhThuc,
      @JsonProperty("DonViXuLy") String donViXuLy,
      @JsonProperty("NoiNopHoSo") String noiNopHoSo,
      @JsonProperty("HoSoCoThanhPhanSoHoa") String hoSoCoThanhPhanSoHoa,
      @JsonProperty("TaiKhoanDuocXacThucVoiVNeID") String taiKhoanDuocXacThucVoiVneid,
      @JsonProperty("DuocThanhToanTrucTuyen") String duocThanhToanTrucTuyen,
      @JsonProperty("TaiLieuNop") List<TaiLieu> taiLieuNop,
      @JsonProperty("DanhSachLePhi") List<LePhi> danhSachLePhi,
      @JsonProperty("DanhSachTepDinhKemKhac") List<TepDinhKemKhac> danhSachTepDinhKemKhac,
      @JsonProperty("DanhSachHoSoBoSung") List<HoSoBoSung> danhSachHoSoBoSung,
      @JsonProperty("DanhSachGiayToKetQua") List<GiayToKetQua> danhSachGiayToKetQua,
      @JsonProperty("DSKetNoiCSDL") List<KetNoiCsdl> dsKetNoiCsdl) {}

  /** {@code DinhDanhCHS}: an identity document of the applicant. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DinhDanh(
      @JsonProperty("LoaiDinhDanh") String loaiDinhDanh, @JsonProperty("SoDinhDanh") String soDinhDanh) {}

  /** {@code TaiLieuNop}: a submitted document. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record TaiLieu(
      @JsonProperty("TepDinhKemId") String tepDinhKemId,
      @JsonProperty("TenTepDinhKem") String tenTepDinhKem,
      @JsonProperty("IsDeleted") String isDeleted,
      @JsonProperty("MaThanhPhanHoSo") String maThanhPhanHoSo,
      @JsonProperty("DuongDanTaiTepTin") String duongDanTaiTepTin,
      @JsonProperty("DuocSoHoa") String duocSoHoa,
      @JsonProperty("DuocTaiSuDung") String duocTaiSuDung,
      @JsonProperty("DuocLayTuKhoDMQG") String duocLayTuKhoDmqg,
      @JsonProperty("MaKetQuaThayThe") String maKetQuaThayThe) {}

  /** {@code DanhSachLePhi}: a fee. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record LePhi(
      @JsonProperty("TenPhiLePhi") String tenPhiLePhi,
      @JsonProperty("MaPhiLePhi") String maPhiLePhi,
      @JsonProperty("HinhThucThu") String hinhThucThu,
      @JsonProperty("Gia") @JsonFormat(shape = JsonFormat.Shape.STRING) long gia,
      @JsonProperty("LoaiPhiLePhi") String loaiPhiLePhi) {}

  /** {@code DanhSachTepDinhKemKhac}: another attachment. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record TepDinhKemKhac(
      @JsonProperty("TenGiayTo") String tenGiayTo,
      @JsonProperty("SoLuong") @JsonFormat(shape = JsonFormat.Shape.STRING) int soLuong,
      @JsonProperty("LoaiGiayTo") String loaiGiayTo) {}

  /** {@code DanhSachHoSoBoSung}: a supplement request. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record HoSoBoSung(
      @JsonProperty("HoSoBoSungId") String hoSoBoSungId,
      @JsonProperty("NguoiYeuCauBoSung") String nguoiYeuCauBoSung,
      @JsonProperty("NoiDungBoSung") String noiDungBoSung,
      @JsonProperty("NgayBoSung") @JsonFormat(pattern = DATE_TIME) LocalDateTime ngayBoSung,
      @JsonProperty("NguoiTiepNhanBoSung") String nguoiTiepNhanBoSung,
      @JsonProperty("ThongTinTiepNhan") String thongTinTiepNhan,
      @JsonProperty("NgayTiepNhanBoSung") @JsonFormat(pattern = DATE_TIME) LocalDateTime ngayTiepNhanBoSung,
      @JsonProperty("TrangThaiBoSung") String trangThaiBoSung,
      @JsonProperty("DanhSachGiayToBoSung") List<String> danhSachGiayToBoSung,
      @JsonProperty("DanhSachLePhiBoSung") List<LePhi> danhSachLePhiBoSung,
      @JsonProperty("NgayHenTraTruoc") @JsonFormat(pattern = DATE_TIME) LocalDateTime ngayHenTraTruoc,
      @JsonProperty("NgayHenTraMoi") @JsonFormat(pattern = DATE_TIME) LocalDateTime ngayHenTraMoi) {}

  /** {@code DanhSachGiayToKetQua}: a result document. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record GiayToKetQua(
      @JsonProperty("TenGiayTo") String tenGiayTo,
      @JsonProperty("MaThanhPhanHoSo") String maThanhPhanHoSo,
      @JsonProperty("GiayToId") String giayToId,
      @JsonProperty("DuongDanTepTinKetQua") String duongDanTepTinKetQua,
      @JsonProperty("MaGiayToKetQua") String maGiayToKetQua) {}

  /** {@code DSKetNoiCSDL}: a national database consulted. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record KetNoiCsdl(@JsonProperty("MaCSDL") String maCsdl) {}

  private static final String SLASH_DATE_TIME = "dd/MM/yyyy HH:mm:ss";

  /**
   * The answer to a dossier look-up ({@code TraCuuHoSo}): {@code {error_code, message, result: [item]}}, the items'
   * dates {@code dd/MM/yyyy HH:mm:ss} parsed into and formatted from {@link LocalDateTime}; codes kept as strings.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record LookupAnswer(
      @JsonProperty("error_code") String errorCode,
      @JsonProperty("message") String message,
      @JsonProperty("result") List<Lookup> result) {}

  /** One looked-up dossier. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Lookup(
      @JsonProperty("MaHoSo") String maHoSo,
      @JsonProperty("MaTTHC") String maTthc,
      @JsonProperty("TenTTHC") String tenTthc,
      @JsonProperty("HoTenNguoiNop") String hoTenNguoiNop,
      @JsonProperty("TrangThaiHoSo") String trangThaiHoSo,
      @JsonProperty("DonViXuLy") String donViXuLy,
      @JsonProperty("NgayNop") @JsonFormat(pattern = SLASH_DATE_TIME) LocalDateTime ngayNop,
      @JsonProperty("NgayTiepNhan") @JsonFormat(pattern = SLASH_DATE_TIME) LocalDateTime ngayTiepNhan,
      @JsonProperty("NgayHenTra") @JsonFormat(pattern = SLASH_DATE_TIME) LocalDateTime ngayHenTra,
      @JsonProperty("HinhThucNhanKQ") String hinhThucNhanKq) {}
}
