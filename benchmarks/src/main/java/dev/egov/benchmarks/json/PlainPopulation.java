package dev.egov.benchmarks.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The baseline's records for the population database's look-up answer in the JSON form of the national data-exchange
 * platform ({@code {"error_code", "message", "data": [CongDan]}}), mapped by raw Jackson databind ({@link
 * DialectBenchmark}): the dialect's Vietnamese field names through {@code @JsonProperty}, its nesting as records.
 *
 * <p>What the baseline does: maps every field the dialect has into a record component. What it does not do, and egov
 * does: all values stay strings, so no identifier is checked ({@code SoDinhDanh}, {@code SoCMND}, relatives',
 * {@code MaSoThue}, {@code MaBHXH}, the phone number), no name is split or normalised (egov cleans each part and
 * splits the relatives' one-string names), no birth date is parsed, no code is looked up, no address era is decided,
 * no white space is trimmed and no unknown field is kept. So the baseline is the cheaper side.
 */
public final class PlainPopulation {

  private PlainPopulation() {}

  /** The answer's envelope. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Answer(
      @JsonProperty("error_code") String errorCode,
      @JsonProperty("message") String message,
      @JsonProperty("data") List<CongDan> data) {}

  /** {@code CongDan}: a citizen. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record CongDan(
      @JsonProperty("SoDinhDanh") String soDinhDanh,
      @JsonProperty("SoCMND") String soCmnd,
      @JsonProperty("HoVaTen") HoVaTen hoVaTen,
      @JsonProperty("GioiTinh") String gioiTinh,
      @JsonProperty("NgayThangNamSinh") String ngayThangNamSinh,
      @JsonProperty("DanToc") String danToc,
      @JsonProperty("TonGiao") String tonGiao,
      @JsonProperty("QuocTich") String quocTich,
      @JsonProperty("TinhTrangHonNhan") String tinhTrangHonNhan,
      @JsonProperty("NhomMau") String nhomMau,
      @JsonProperty("NoiDangKyKhaiSinh") DiaChi noiDangKyKhaiSinh,
      @JsonProperty("QueQuan") DiaChi queQuan,
      @JsonProperty("ThuongTru") DiaChi thuongTru,
      @JsonProperty("NoiOHienTai") DiaChi noiOHienTai,
      @JsonProperty("Cha") NguoiThan cha,
      @JsonProperty("Me") NguoiThan me,
      @JsonProperty("VoChong") NguoiThan voChong,
      @JsonProperty("NguoiDaiDien") NguoiThan nguoiDaiDien,
      @JsonProperty("ChuHo") ChuHo chuHo,
      @JsonProperty("SoSoHoKhau") String soSoHoKhau,
      @JsonProperty("ThuDienTu") String thuDienTu,
      @JsonProperty("SoDienThoai") String soDienThoai,
      @JsonProperty("MaSoThue") String maSoThue,
      @JsonProperty("MaBHXH") String maBhxh) {}

  /** {@code HoVaTen}: the name in three parts. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record HoVaTen(
      @JsonProperty("Ho") String ho, @JsonProperty("ChuDem") String chuDem, @JsonProperty("Ten") String ten) {}

  /** {@code DiaChi}: an address. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DiaChi(
      @JsonProperty("MaTinhThanh") String maTinhThanh,
      @JsonProperty("MaQuanHuyen") String maQuanHuyen,
      @JsonProperty("MaPhuongXa") String maPhuongXa,
      @JsonProperty("TenTinhThanh") String tenTinhThanh,
      @JsonProperty("TenQuanHuyen") String tenQuanHuyen,
      @JsonProperty("TenPhuongXa") String tenPhuongXa,
      @JsonProperty("ChiTiet") String chiTiet,
      @JsonProperty("QuocGia") String quocGia) {}

  /** {@code NguoiThan}: a relative, whose name is one string. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record NguoiThan(
      @JsonProperty("HoVaTen") String hoVaTen,
      @JsonProperty("QuocTich") String quocTich,
      @JsonProperty("SoDinhDanh") String soDinhDanh,
      @JsonProperty("SoCMND") String soCmnd) {}

  /** {@code ChuHo}: the head of household. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ChuHo(
      @JsonProperty("QuanHe") String quanHe,
      @JsonProperty("SoDinhDanh") String soDinhDanh,
      @JsonProperty("SoCMND") String soCmnd,
      @JsonProperty("HoVaTen") String hoVaTen) {}
}
