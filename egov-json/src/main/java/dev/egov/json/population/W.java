package dev.egov.json.population;

import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The dialect's field and element names, encoded once: writing a pre-encoded name is what makes Jackson's own
 * serializers fast. Named exactly as on the wire.
 */
final class W {

  private W() {}

  static final SerializedString Body = new SerializedString("Body");
  static final SerializedString Cha = new SerializedString("Cha");
  static final SerializedString ChiTiet = new SerializedString("ChiTiet");
  static final SerializedString ChuDem = new SerializedString("ChuDem");
  static final SerializedString ChuHo = new SerializedString("ChuHo");
  static final SerializedString CongDan = new SerializedString("CongDan");
  static final SerializedString CongdanCollection = new SerializedString("CongdanCollection");
  static final SerializedString DanToc = new SerializedString("DanToc");
  static final SerializedString data = new SerializedString("data");
  static final SerializedString Envelope = new SerializedString("Envelope");
  static final SerializedString error_code = new SerializedString("error_code");
  static final SerializedString Fault = new SerializedString("Fault");
  static final SerializedString faultcode = new SerializedString("faultcode");
  static final SerializedString faultstring = new SerializedString("faultstring");
  static final SerializedString GioiTinh = new SerializedString("GioiTinh");
  static final SerializedString Header = new SerializedString("Header");
  static final SerializedString Ho = new SerializedString("Ho");
  static final SerializedString HoVaTen = new SerializedString("HoVaTen");
  static final SerializedString KetQuaXacThuc = new SerializedString("KetQuaXacThuc");
  static final SerializedString MaBHXH = new SerializedString("MaBHXH");
  static final SerializedString MaCanBo = new SerializedString("MaCanBo");
  static final SerializedString MaDonVi = new SerializedString("MaDonVi");
  static final SerializedString MaDVC = new SerializedString("MaDVC");
  static final SerializedString MaPhuongXa = new SerializedString("MaPhuongXa");
  static final SerializedString MaQuanHuyen = new SerializedString("MaQuanHuyen");
  static final SerializedString MaSoThue = new SerializedString("MaSoThue");
  static final SerializedString MaTichHop = new SerializedString("MaTichHop");
  static final SerializedString MaTinhThanh = new SerializedString("MaTinhThanh");
  static final SerializedString MaYeuCau = new SerializedString("MaYeuCau");
  static final SerializedString Me = new SerializedString("Me");
  static final SerializedString message = new SerializedString("message");
  static final SerializedString Nam = new SerializedString("Nam");
  static final SerializedString NgayThangNam = new SerializedString("NgayThangNam");
  static final SerializedString NgayThangNamSinh = new SerializedString("NgayThangNamSinh");
  static final SerializedString NguoiDaiDien = new SerializedString("NguoiDaiDien");
  static final SerializedString NhomMau = new SerializedString("NhomMau");
  static final SerializedString NoiDangKyKhaiSinh = new SerializedString("NoiDangKyKhaiSinh");
  static final SerializedString NoiOHienTai = new SerializedString("NoiOHienTai");
  static final SerializedString QuanHe = new SerializedString("QuanHe");
  static final SerializedString QueQuan = new SerializedString("QueQuan");
  static final SerializedString QuocGia = new SerializedString("QuocGia");
  static final SerializedString QuocTich = new SerializedString("QuocTich");
  static final SerializedString SoCMND = new SerializedString("SoCMND");
  static final SerializedString SoDienThoai = new SerializedString("SoDienThoai");
  static final SerializedString SoDinhDanh = new SerializedString("SoDinhDanh");
  static final SerializedString SoSoHoKhau = new SerializedString("SoSoHoKhau");
  static final SerializedString Ten = new SerializedString("Ten");
  static final SerializedString TenPhuongXa = new SerializedString("TenPhuongXa");
  static final SerializedString TenQuanHuyen = new SerializedString("TenQuanHuyen");
  static final SerializedString TenTinhThanh = new SerializedString("TenTinhThanh");
  static final SerializedString ThuDienTu = new SerializedString("ThuDienTu");
  static final SerializedString ThuongTru = new SerializedString("ThuongTru");
  static final SerializedString TinhTrangHonNhan = new SerializedString("TinhTrangHonNhan");
  static final SerializedString TonGiao = new SerializedString("TonGiao");
  static final SerializedString TonTai = new SerializedString("TonTai");
  static final SerializedString TraCuuThongTinCongDan = new SerializedString("TraCuuThongTinCongDan");
  static final SerializedString TraCuuThongTinCongDanResponse = new SerializedString("TraCuuThongTinCongDanResponse");
  static final SerializedString VoChong = new SerializedString("VoChong");
  static final SerializedString XacThucThongTinCongDan = new SerializedString("XacThucThongTinCongDan");
  static final SerializedString XacThucThongTinCongDanResponse = new SerializedString("XacThucThongTinCongDanResponse");
}
