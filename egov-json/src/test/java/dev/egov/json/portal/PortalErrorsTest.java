package dev.egov.json.portal;

import static dev.egov.json.portal.PortalGoldens.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.egov.json.AnswerStatus.Outcome;
import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.json.JsonDecodingException;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Unusable input fails with a typed error naming the field as a JSON Pointer, and never quoting the value. */
class PortalErrorsTest {

  /** A citizen's personal ID: it may be anywhere in the input, and must never be in an error. */
  private static final String ID = "079303001234";

  private static final String SESSION = "s3cr3t-session-7f9a";

  private final PortalJson portal = PortalJson.get();

  private static String request(String dossierMembers) {
    return String.format(Locale.ROOT, """
        {"session": "%s", "madonvi": "000.00.06.H56", "service": "DongBoHoSoMC", \
        "data": [{%s}, {%s}]}\
        """, SESSION, valid(""), dossierMembers);
  }

  private static String valid(String extra) {
    return String.format(Locale.ROOT, """
        "MaHoSo": "000.00.06.H56-261116-0012", "MaTTHC": "1.001193", "ChuHoSo": "Trần Văn Hùng", \
        "SoGiayToChuHoSo": "%s", "LoaiDoiTuong": "1", "TrangThaiHoSo": "2"%s\
        """, ID, extra.isEmpty() ? "" : ", " + extra);
  }

  static Stream<Arguments> unusable() {
    return Stream.of(
        Arguments.of(request(valid("\"NgayTiepNhan\": \"" + ID + "\"")), Reason.INVALID_VALUE, "/data/1/NgayTiepNhan"),
        Arguments.of(request(valid("\"NgayTiepNhan\": \"20261131090000\"")), Reason.INVALID_VALUE,
            "/data/1/NgayTiepNhan"),
        Arguments.of(request(valid("\"NgayHenTra\": \"" + ID + "-x\"")), Reason.INVALID_VALUE, "/data/1/NgayHenTra"),
        Arguments.of(request(valid("\"NgayTra\": {\"so\": \"" + ID + "\"}")), Reason.UNEXPECTED_TYPE,
            "/data/1/NgayTra"),
        Arguments.of(request(valid("\"ChuHoSo\": [\"" + ID + "\"]")), Reason.UNEXPECTED_TYPE, "/data/1/ChuHoSo"),
        Arguments.of(request(valid("\"DinhDanhCHS\": {\"SoDinhDanh\": \"" + ID + "\"}")), Reason.UNEXPECTED_TYPE,
            "/data/1/DinhDanhCHS"),
        Arguments.of(request(valid("\"DinhDanhCHS\": [\"" + ID + "\"]")), Reason.UNEXPECTED_TYPE,
            "/data/1/DinhDanhCHS/0"),
        Arguments.of(request(valid("\"DinhDanhCHS\": [{\"SoDinhDanh\": \"" + ID + "\"}]")), Reason.MISSING_FIELD,
            "/data/1/DinhDanhCHS/0/LoaiDinhDanh"),
        Arguments.of(request(valid("\"HoSoCoThanhPhanSoHoa\": \"" + ID + "\"")), Reason.INVALID_VALUE,
            "/data/1/HoSoCoThanhPhanSoHoa"),
        Arguments.of(request(valid("""
            "TaiLieuNop": [{"TenTepDinhKem": "a"}, {"TenTepDinhKem": "b", \
            "DuocTaiSuDung": "2"}]\
            """)), Reason.INVALID_VALUE, "/data/1/TaiLieuNop/1/DuocTaiSuDung"),
        Arguments.of(request(valid("\"TaiLieuNop\": [{\"DuocSoHoa\": \"1\"}]")), Reason.MISSING_FIELD,
            "/data/1/TaiLieuNop/0/TenTepDinhKem"),
        Arguments.of(request(valid("\"DanhSachLePhi\": [{\"TenPhiLePhi\": \"Lệ phí\", \"Gia\": \"-" + ID + "\"}]")),
            Reason.INVALID_VALUE, "/data/1/DanhSachLePhi/0/Gia"),
        Arguments.of(request(valid("\"DanhSachLePhi\": [{\"TenPhiLePhi\": \"Lệ phí\"}]")), Reason.MISSING_FIELD,
            "/data/1/DanhSachLePhi/0/Gia"),
        Arguments.of(request(valid("\"DanhSachTepDinhKemKhac\": [{\"TenGiayTo\": \"x\", \"SoLuong\": \"1.5\"}]")),
            Reason.INVALID_VALUE, "/data/1/DanhSachTepDinhKemKhac/0/SoLuong"),
        Arguments.of(request(valid("\"DanhSachHoSoBoSung\": [{\"NoiDungBoSung\": \"x\"}]")), Reason.MISSING_FIELD,
            "/data/1/DanhSachHoSoBoSung/0/NgayBoSung"),
        Arguments.of(request(valid("""
            "DanhSachHoSoBoSung": [{"NgayBoSung": "20261117150000", \
            "NgayTiepNhanBoSung": "20261116150000"}]\
            """)), Reason.INVALID_VALUE,
            "/data/1/DanhSachHoSoBoSung/0/NgayTiepNhanBoSung"),
        Arguments.of(request(valid("""
            "DanhSachHoSoBoSung": [{"NgayBoSung": "20261117150000", \
            "DanhSachLePhiBoSung": [{"Gia": 1}]}]\
            """)), Reason.MISSING_FIELD,
            "/data/1/DanhSachHoSoBoSung/0/DanhSachLePhiBoSung/0/TenPhiLePhi"),
        Arguments.of(request(valid("\"DanhSachGiayToKetQua\": [{}]")), Reason.MISSING_FIELD,
            "/data/1/DanhSachGiayToKetQua/0/TenGiayTo"),
        Arguments.of(request(valid("\"DSKetNoiCSDL\": [{\"MaCSDL\": \"\"}]")), Reason.MISSING_FIELD,
            "/data/1/DSKetNoiCSDL/0/MaCSDL"),
        Arguments.of(request(valid("").replace("\"MaHoSo\": \"000.00.06.H56-261116-0012\", ", "")),
            Reason.MISSING_FIELD, "/data/1/MaHoSo"),
        Arguments.of(request(valid("").replace("000.00.06.H56-261116-0012", ID)), Reason.INVALID_VALUE,
            "/data/1/MaHoSo"),
        Arguments.of(request(valid("").replace("1.001193", ID)), Reason.INVALID_VALUE, "/data/1/MaTTHC"),
        Arguments.of(request(valid("").replace("\"Trần Văn Hùng\"", "\"  \"")), Reason.MISSING_FIELD,
            "/data/1/ChuHoSo"),
        Arguments.of(request(valid("").replace("\"LoaiDoiTuong\": \"1\", ", "")), Reason.MISSING_FIELD,
            "/data/1/LoaiDoiTuong"),
        Arguments.of(request(valid("").replace("\"TrangThaiHoSo\": \"2\"", "\"TrangThaiHoSo\": null")),
            Reason.MISSING_FIELD, "/data/1/TrangThaiHoSo"),
        Arguments.of(request(valid("\"\": \"" + ID + "\"")), Reason.INVALID_VALUE, "/data/1/"),
        Arguments.of(request(valid("")).replace("\"madonvi\": \"000.00.06.H56\", ", ""), Reason.MISSING_FIELD,
            "/madonvi"),
        Arguments.of(request(valid("")).replace("000.00.06.H56\", \"service", ID + "\", \"service"),
            Reason.INVALID_VALUE, "/madonvi"),
        Arguments.of(request(valid("")).replace("\"session\": \"" + SESSION + "\", ", ""), Reason.MISSING_FIELD,
            "/session"),
        Arguments.of(request(valid("")).replace("\"" + SESSION + "\"", "{\"token\": \"" + SESSION + "\"}"),
            Reason.UNEXPECTED_TYPE, "/session"),
        Arguments.of(String.format(Locale.ROOT, """
            {"session": "%s", "madonvi": "000.00.06.H56", "service": "DongBoHoSoMC", \
            "data": {"MaHoSo": "%s"}}\
            """, SESSION, ID), Reason.UNEXPECTED_TYPE, "/data"),
        Arguments.of(String.format(Locale.ROOT, """
            {"session": "%s", "madonvi": "000.00.06.H56", "service": "%s", \
            "data": [{"mahoso": "000.00.06.H56-261116-0012"}]}\
            """, SESSION, ID), Reason.WRONG_MESSAGE, "/service"),
        Arguments.of("[{\"SoGiayToChuHoSo\": \"" + ID + "\"}]", Reason.WRONG_MESSAGE, ""),
        Arguments.of("\"" + ID + "\"", Reason.UNEXPECTED_TYPE, ""),
        Arguments.of("{\"SoGiayToChuHoSo\": " + ID + "}", Reason.MALFORMED, ""),
        Arguments.of("{\"SoGiayToChuHoSo\": \"" + ID + "\"", Reason.MALFORMED, ""),
        Arguments.of(request(valid("")) + " {\"SoGiayToChuHoSo\": \"" + ID + "\"}", Reason.MALFORMED, ""),
        Arguments.of("", Reason.MALFORMED, ""));
  }

  @ParameterizedTest(name = "{2} {1}")
  @MethodSource("unusable")
  void dossierRequest_failsAtTheField_withoutQuotingTheValue(String json, Reason reason, String field) {
    JsonDecodingException e = catchThrowableOfType(JsonDecodingException.class,
        () -> portal.decodeDossierRequest(utf8(json)));

    assertThat(e).isNotNull();
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.getMessage()).contains(field.isEmpty() ? "Cannot read payload" : "Cannot read field " + field);
    assertNothingQuoted(e);
  }

  private static void assertNothingQuoted(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(ID).doesNotContain(SESSION);
      assertThat(t.toString()).doesNotContain(ID).doesNotContain(SESSION);
    }
  }

  @Test
  void progressStep_failsAtTheField() {
    String json = String.format(Locale.ROOT, """
        {"session": "s", "madonvi": "000.00.06.H56", "service": "CapNhatTienDoHoSoMC", \
        "data": [{"MaHoSo": "000.00.06.H56-261116-0012", "ThoiDiemXuLy": "20261116090000", \
        "TrangThai": "4"}, {"MaHoSo": "000.00.06.H56-261116-0012", "ThoiDiemXuLy": "%s", \
        "TrangThai": "4"}, {"MaHoSo": "000.00.06.H56-261116-0012", "TrangThai": "4"}]}\
        """, ID);

    JsonDecodingException e = catchThrowableOfType(JsonDecodingException.class,
        () -> portal.decodeProgressRequest(utf8(json)));

    assertThat(e.field()).isEqualTo("/data/1/ThoiDiemXuLy");
    assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
    assertNothingQuoted(e);
    JsonDecodingException missing = catchThrowableOfType(JsonDecodingException.class,
        () -> portal.decodeProgressRequest(utf8(json.replace("\"" + ID + "\"", "\"20261116090000\""))));
    assertThat(missing.field()).isEqualTo("/data/2/ThoiDiemXuLy");
    assertThat(missing.reason()).isEqualTo(Reason.MISSING_FIELD);
  }

  @Test
  void answer_failureIsData_butAnAnswerWithoutCodeIsNotAnAnswer() {
    PortalAnswer failure = portal.decodeAnswer(utf8("{\"error_code\": \"-99\", \"message\": \"Lỗi hệ thống\"}"))
        .value();
    JsonDecodingException noCode = catchThrowableOfType(JsonDecodingException.class,
        () -> portal.decodeAnswer(utf8("{\"message\": \"" + ID + "\"}")));
    JsonDecodingException badCode = catchThrowableOfType(JsonDecodingException.class,
        () -> portal.decodeAnswer(utf8("{\"error_code\": {\"c\": \"" + ID + "\"}}")));

    assertThat(failure.status().outcome()).isEqualTo(Outcome.FAILURE);
    assertThat(noCode.field()).isEmpty();
    assertThat(noCode.reason()).isEqualTo(Reason.WRONG_MESSAGE);
    assertThat(noCode.detail()).contains("error_code");
    assertThat(badCode.field()).isEqualTo("/error_code");
    assertThat(badCode.reason()).isEqualTo(Reason.UNEXPECTED_TYPE);
    assertNothingQuoted(noCode);
    assertNothingQuoted(badCode);
  }
}
