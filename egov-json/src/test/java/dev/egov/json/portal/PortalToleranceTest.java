package dev.egov.json.portal;

import static dev.egov.json.portal.PortalGoldens.tree;
import static dev.egov.json.portal.PortalGoldens.utf8;
import static dev.egov.json.portal.PortalGoldens.vn;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.egov.json.AnswerStatus.Outcome;
import dev.egov.json.Decoded;
import dev.egov.json.ResultCode;
import dev.egov.json.UnknownField;
import dev.egov.model.code.ApplicantType;
import dev.egov.model.code.Channel;
import dev.egov.model.code.DossierStatus;
import dev.egov.model.code.IdDocumentType;
import dev.egov.model.code.OnlinePayment;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.dossier.SubmittedDocument;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Readers take every form the portal and provincial systems write; writers give one form back. */
class PortalToleranceTest {

  private final PortalJson portal = PortalJson.get();

  /** A minimal dossier object with {@code extra} (JSON members, or "") appended. */
  private static String dossier(String extra) {
    return String.format(Locale.ROOT, """
        {"MaHoSo": "000.00.06.H56-261116-0012", "MaTTHC": "1.001193", "ChuHoSo": "Trần Văn Hùng", \
        "LoaiDoiTuong": "1", "TrangThaiHoSo": "2"%s}\
        """, extra.isEmpty() ? "" : ", " + extra);
  }

  private static String request(String dossierExtra) {
    return String.format(Locale.ROOT, """
        {"session": "s3cr3t-session", "madonvi": "000.00.06.H56", "service": "DongBoHoSoMC", \
        "data": [%s]}\
        """, dossier(dossierExtra));
  }

  private Dossier read(String dossierExtra) {
    return portal.decodeDossier(utf8(dossier(dossierExtra))).value();
  }

  static Stream<Arguments> dateForms() {
    Instant nine = vn(2026, 11, 16, 9, 0);
    return Stream.of(
        Arguments.of("\"20261116090000\"", nine),
        Arguments.of("20261116090000", nine),
        Arguments.of("\"202611160900\"", nine),
        Arguments.of("\"20261116\"", vn(2026, 11, 16, 0, 0)),
        Arguments.of("\"2026-11-16T09:00:00\"", nine),
        Arguments.of("\"2026-11-16T09:00:00.000\"", nine),
        Arguments.of("\"2026-11-16T09:00:00+07:00\"", nine),
        Arguments.of("\"2026-11-16T02:00:00Z\"", nine),
        Arguments.of("\"2026-11-16 09:00:00\"", nine),
        Arguments.of("\"2026-11-16\"", vn(2026, 11, 16, 0, 0)),
        Arguments.of("\"16/11/2026 09:00:00\"", nine),
        Arguments.of("\"16/11/2026 09:00\"", nine),
        Arguments.of("\"16/11/2026\"", vn(2026, 11, 16, 0, 0)),
        Arguments.of("\" 20261116090000 \"", nine));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dateForms")
  void dates_inEveryListedForm_areVietnameseLocalTime(String json, Instant expected) {
    Dossier d = read("\"NgayTiepNhan\": " + json + ", \"NgayBoSungKhac\": 1");

    assertThat(d.timeline().receivedAt()).isEqualTo(expected);
  }

  @Test
  void dates_areWrittenInThePortalsForm_andUnknownOnesAsEmptyText() {
    ObjectNode written = (ObjectNode) tree(portal.writeDossier(read("\"NgayTiepNhan\": \"2026-11-16T02:00:00Z\"")));

    assertThat(written.get("NgayTiepNhan").textValue()).isEqualTo("20261116090000");
    for (String unknown : List.of("NgayNopHoSo", "NgayHenTra", "NgayTra", "NgayKetThucXuLy", "NgayTuChoi")) {
      assertThat(written.get(unknown).textValue()).as(unknown).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"True\"", "\"true\"", "\"TRUE\"", "\"1\"", "1", "true", "\" 1 \""})
  void booleans_trueInEveryForm(String json) {
    Dossier d = read(String.format(Locale.ROOT, """
        "HoSoCoThanhPhanSoHoa": %1$s, "TaiLieuNop": [{"TenTepDinhKem": "a.pdf", \
        "DuocSoHoa": %1$s, "IsDeleted": %1$s}]\
        """, json));

    assertThat(d.flags().hasDigitisedComponents()).isTrue();
    assertThat(d.documents().submitted().get(0).digitised()).isTrue();
    assertThat(d.documents().submitted().get(0).deleted()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"False\"", "\"false\"", "\"0\"", "0", "false"})
  void booleans_falseInEveryForm(String json) {
    Dossier d = read("\"TaiKhoanDuocXacThucVoiVNeID\": " + json);

    assertThat(d.flags().vneidVerified()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"\"", "null", "\" \""})
  void booleans_emptyOrNull_areNotStated(String json) {
    Dossier d = read(String.format(Locale.ROOT, """
        "TaiKhoanDuocXacThucVoiVNeID": %1$s, "TaiLieuNop": [{"TenTepDinhKem": "a.pdf", "DuocSoHoa": %1$s}]\
        """, json));

    assertThat(d.flags().vneidVerified()).isNull();
    assertThat(d.documents().submitted().get(0).digitised()).isNull();
  }

  @Test
  void flags_absentOnRead_areNotStated_andStayAbsentOnWrite() {
    Dossier d = read("\"TaiLieuNop\": [{\"TenTepDinhKem\": \"a.pdf\"}]");

    assertThat(d.flags().hasDigitisedComponents()).isNull();
    assertThat(d.flags().vneidVerified()).isNull();
    assertThat(d.flags().statesDigitised()).isFalse();
    SubmittedDocument document = d.documents().submitted().get(0);
    assertThat(document.deleted()).isNull();
    assertThat(document.digitised()).isNull();
    assertThat(document.reused()).isNull();
    assertThat(document.fromDataRepository()).isNull();
    ObjectNode written = (ObjectNode) tree(portal.writeDossier(d));
    assertThat(written.has("HoSoCoThanhPhanSoHoa")).isFalse();
    assertThat(written.has("TaiKhoanDuocXacThucVoiVNeID")).isFalse();
    assertThat(written.get("TaiLieuNop").get(0).size()).as("only TenTepDinhKem").isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "1"})
  void flags_statedOnRead_areWrittenBackAsSent(String flag) {
    String sent = String.format(Locale.ROOT, """
        "HoSoCoThanhPhanSoHoa": "%1$s", "TaiKhoanDuocXacThucVoiVNeID": "%1$s", "TaiLieuNop": [{"TenTepDinhKem": \
        "a.pdf", "IsDeleted": "%1$s", "DuocSoHoa": "%1$s", "DuocTaiSuDung": "%1$s", "DuocLayTuKhoDMQG": "%1$s"}]\
        """, flag);

    ObjectNode written = (ObjectNode) tree(portal.writeDossier(portal.decodeDossier(utf8(dossier(sent)))));

    assertThat(written.get("HoSoCoThanhPhanSoHoa").textValue()).isEqualTo(flag);
    assertThat(written.get("TaiKhoanDuocXacThucVoiVNeID").textValue()).isEqualTo(flag);
    for (String name : List.of("IsDeleted", "DuocSoHoa", "DuocTaiSuDung", "DuocLayTuKhoDMQG")) {
      assertThat(written.get("TaiLieuNop").get(0).get(name).textValue()).as(name).isEqualTo(flag);
    }
  }

  @Test
  void lists_theFiveDossierListsAreWrittenEmpty_theIdentifiersAndDatabasesOnlyWhenNotEmpty() {
    Dossier d = read("\"TaiLieuNop\": [], \"DinhDanhCHS\": [], \"DSKetNoiCSDL\": []");

    ObjectNode written = (ObjectNode) tree(portal.writeDossier(d));

    for (String list : List.of("TaiLieuNop", "DanhSachLePhi", "DanhSachTepDinhKemKhac", "DanhSachHoSoBoSung",
        "DanhSachGiayToKetQua")) {
      assertThat(written.get(list).isArray() && written.get(list).isEmpty()).as(list).isTrue();
    }
    assertThat(written.has("DinhDanhCHS")).isFalse();
    assertThat(written.has("DSKetNoiCSDL")).isFalse();
  }

  @Test
  void isUpdating_readsStringAndJsonBooleans_andIsWrittenAsTrueFalse() {
    String json = request("").replace("\"service\"", "\"isUpdating\": true, \"service\"");

    PortalRequest<Dossier> read = portal.decodeDossierRequest(utf8(json)).value();

    assertThat(read.updating()).isTrue();
    assertThat(tree(portal.writeDossierRequest(read)).get("isUpdating").textValue()).isEqualTo("True");
    assertThat(tree(portal.writeDossierRequest(read.withUpdating(false))).get("isUpdating").textValue())
        .isEqualTo("False");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"50000\"", "50000", "\"50.000\"", "\"50,000\"", "\"50 000\"", "50000.0", "\"50000.00\""})
  void amounts_asStringsOrNumbers(String json) {
    Dossier d = read("\"DanhSachLePhi\": [{\"TenPhiLePhi\": \"Lệ phí\", \"Gia\": " + json + "}]");

    assertThat(d.payment().fees().get(0).amount()).isEqualTo(50_000);
    assertThat(tree(portal.writeDossier(d)).at("/DanhSachLePhi/0/Gia").textValue()).isEqualTo("50000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"2\"", "2", "\" 2 \""})
  void quantitiesAndCodes_asStringsOrNumbers(String json) {
    Dossier d = read(String.format(Locale.ROOT, """
        "KenhThucHien": %1$s, "DanhSachTepDinhKemKhac": [{"TenGiayTo": "Bản sao", "SoLuong": %1$s}], \
        "DinhDanhCHS": [{"LoaiDinhDanh": %1$s, "SoDinhDanh": "x"}]\
        """, json));

    assertThat(d.submission().channel()).isSameAs(Channel.ONLINE);
    assertThat(d.documents().otherAttachments().get(0).quantity()).isEqualTo(2);
    assertThat(d.applicant().identifiers().get(0).type()).isSameAs(IdDocumentType.LEGACY_ID_CARD);
    ObjectNode written = (ObjectNode) tree(portal.writeDossier(d));
    assertThat(written.get("KenhThucHien").textValue()).isEqualTo("2");
    assertThat(written.at("/DanhSachTepDinhKemKhac/0/SoLuong").textValue()).isEqualTo("2");
  }

  @Test
  void statusAsANumber_isTheKnownCode() {
    assertThat(read("\"TrangThaiHoSo\": 10").status()).isSameAs(DossierStatus.RESULT_RETURNED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "\"\"", "\"   \""})
  void emptyStringsAndNulls_areAbsent(String json) {
    Dossier d = read(String.join(", ",
        "\"KenhThucHien\": " + json, "\"Email\": " + json, "\"GhiChu\": " + json, "\"NgayHenTra\": " + json,
        "\"HinhThuc\": " + json, "\"NoiNopHoSo\": " + json, "\"DuocThanhToanTrucTuyen\": " + json,
        "\"TaiLieuNop\": " + json, "\"DanhSachLePhi\": " + json, "\"SoGiayToChuHoSo\": " + json));

    assertThat(d.submission().channel()).isNull();
    assertThat(d.submission().effectiveChannel()).isSameAs(Channel.DIRECT);
    assertThat(d.applicant().email()).isNull();
    assertThat(d.applicant().documentNumber()).isNull();
    assertThat(d.submission().note()).isNull();
    assertThat(d.timeline().dueAt()).isNull();
    assertThat(d.documents().resultDelivery()).isNull();
    assertThat(d.submission().place()).isNull();
    assertThat(d.payment().onlinePayment()).isNull();
    assertThat(d.documents().submitted()).isEmpty();
    assertThat(d.payment().fees()).isEmpty();
  }

  @Test
  void channelNull_isKeptNull_andWrittenAsAbsent() {
    Dossier d = read("\"KenhThucHien\": null");

    assertThat(d.submission().channel()).isNull();
    assertThat(tree(portal.writeDossier(d)).has("KenhThucHien")).isFalse();
  }

  @Test
  void nullElementsOfLists_areSkipped() {
    Dossier d = read("""
        "DSKetNoiCSDL": [null, {"MaCSDL": 7}], "DanhSachHoSoBoSung": [{"NgayBoSung": \
        "20261117150000", "DanhSachGiayToBoSung": ["Bản sao", null, ""]}]\
        """);

    assertThat(d.flags().nationalDatabases()).extracting(c -> c.code()).containsExactly("7");
    assertThat(d.pauses().supplements().get(0).requestedDocuments()).containsExactly("Bản sao");
  }

  @Test
  void unknownCodes_areKeptWithTheirRawValue_andWrittenBack() {
    Dossier d = read(String.join(", ", "\"TrangThaiHoSo\": \"11\"", "\"KenhThucHien\": \"4\"",
        "\"LoaiDoiTuong\": \"9\"", "\"DuocThanhToanTrucTuyen\": \"3\"", "\"HinhThuc\": \"2\"",
        "\"DinhDanhCHS\": [{\"LoaiDinhDanh\": \"5\", \"SoDinhDanh\": \"B1234567\"}]"));

    assertThat(d.status().isKnown()).isFalse();
    assertThat(d.status().code()).isEqualTo("11");
    assertThat(d.submission().channel().code()).isEqualTo("4");
    assertThat(d.submission().channel().isKnown()).isFalse();
    assertThat(d.applicant().type()).isEqualTo(ApplicantType.of("9"));
    assertThat(d.payment().onlinePayment()).isEqualTo(OnlinePayment.of("3"));
    assertThat(d.applicant().identifiers().get(0).type().code()).isEqualTo("5");
    ObjectNode written = (ObjectNode) tree(portal.writeDossier(d));
    assertThat(written.get("TrangThaiHoSo").textValue()).isEqualTo("11");
    assertThat(written.get("KenhThucHien").textValue()).isEqualTo("4");
    assertThat(written.get("LoaiDoiTuong").textValue()).isEqualTo("9");
    assertThat(written.get("DuocThanhToanTrucTuyen").textValue()).isEqualTo("3");
    assertThat(written.get("HinhThuc").textValue()).isEqualTo("2");
    assertThat(written.at("/DinhDanhCHS/0/LoaiDinhDanh").textValue()).isEqualTo("5");
  }

  @Test
  void noiNopHoSo_isKeptAsWritten() {
    assertThat(read("\"NoiNopHoSo\": 2").submission().place()).isEqualTo("2");
    assertThat(read("\"NoiNopHoSo\": \"Bộ phận một cửa\"").submission().place()).isEqualTo("Bộ phận một cửa");
  }

  @Test
  void receivingAgency_isTheEnvelopesMadonvi_unlessItIsTheCodesAgency() {
    String other = request("").replace("\"madonvi\": \"000.00.06.H56\"", "\"madonvi\": \"000.00.00.H56\"");
    String shortForm = request("").replace("\"madonvi\": \"000.00.06.H56\"", "\"madonvi\": \"H56.06\"");

    Dossier same = portal.decodeDossierRequest(utf8(request(""))).value().data().get(0);
    PortalRequest<Dossier> province = portal.decodeDossierRequest(utf8(other)).value();
    PortalRequest<Dossier> shortRead = portal.decodeDossierRequest(utf8(shortForm)).value();

    assertThat(same.submission().receivingAgency()).isNull();
    assertThat(province.data().get(0).submission().receivingAgency()).hasToString("000.00.00.H56");
    assertThat(shortRead.data().get(0).submission().receivingAgency()).isNull();
    assertThat(portal.decodeDossierRequest(portal.writeDossierRequest(province)).value()).isEqualTo(province);
    assertThat(tree(portal.writeDossierRequest(shortRead)).get("madonvi").textValue()).isEqualTo("H56.06");
  }

  // ---- unknown fields ----

  private static final String VENDOR_REQUEST = """
      {
        "session": "s3cr3t-session",
        "madonvi": "000.00.06.H56",
        "service": "DongBoHoSoMC",
        "requestId": "4f1c",
        "data": [
          {
            "MaHoSo": "000.00.06.H56-261116-0012",
            "MaTTHC": "1.001193",
            "ChuHoSo": "Trần Văn Hùng",
            "LoaiDoiTuong": "1",
            "TrangThaiHoSo": "2",
            "MaHoSoKhac": "HS-2026-000912",
            "ThongTinTra": "",
            "UyQuyen": null,
            "DiaChi": {"MaTinh": "01", "ChiTiet": ["Số 1", "ngõ 2"]},
            "TaiLieuNop": [
              {"TenTepDinhKem": "a.pdf"},
              {"TenTepDinhKem": "b.pdf", "KichThuoc": 20480, "Hash/SHA~256": "ab12"}
            ],
            "DanhSachHoSoBoSung": [
              {"NgayBoSung": "20261117150000", "HanBoSung": 3.50}
            ]
          }
        ]
      }
      """;

  @Test
  void unknownFields_areReportedWithTheirPointers_inDocumentOrder() {
    Decoded<PortalRequest<Dossier>> read = portal.decodeDossierRequest(utf8(VENDOR_REQUEST));

    assertThat(read.unknownFields()).containsExactly(
        new UnknownField("/requestId", "\"4f1c\""),
        new UnknownField("/data/0/MaHoSoKhac", "\"HS-2026-000912\""),
        new UnknownField("/data/0/ThongTinTra", "\"\""),
        new UnknownField("/data/0/UyQuyen", "null"),
        new UnknownField("/data/0/DiaChi", "{\"MaTinh\":\"01\",\"ChiTiet\":[\"Số 1\",\"ngõ 2\"]}"),
        new UnknownField("/data/0/TaiLieuNop/1/KichThuoc", "20480"),
        new UnknownField("/data/0/TaiLieuNop/1/Hash~1SHA~0256", "\"ab12\""),
        new UnknownField("/data/0/DanhSachHoSoBoSung/0/HanBoSung", "3.50"));
    assertThat(read.unknownFields().get(6).name()).isEqualTo("Hash/SHA~256");
  }

  @Test
  void unknownFields_areWrittenBack_whenAFaithfulRoundTripIsAsked() {
    Decoded<PortalRequest<Dossier>> read = portal.decodeDossierRequest(utf8(VENDOR_REQUEST));

    byte[] faithful = portal.writeDossierRequest(read);
    byte[] plain = portal.writeDossierRequest(read.value());

    ObjectNode expected = (ObjectNode) tree(utf8(VENDOR_REQUEST));
    ObjectNode written = (ObjectNode) tree(faithful);
    // The writer's own form adds the unknown dates as "" and the lists every sender writes as []; the flags the
    // vendor did not send stay unsent; everything the vendor sent is back.
    for (String added : List.of("NgayNopHoSo", "NgayTiepNhan", "NgayHenTra", "NgayTra", "NgayKetThucXuLy",
        "NgayTuChoi", "DanhSachLePhi", "DanhSachTepDinhKemKhac", "DanhSachGiayToKetQua")) {
      ((ObjectNode) written.at("/data/0")).remove(added);
    }
    for (String added : List.of("NgayTiepNhanBoSung", "NgayHenTraTruoc", "NgayHenTraMoi")) {
      ((ObjectNode) written.at("/data/0/DanhSachHoSoBoSung/0")).remove(added);
    }
    assertThat(written).isEqualTo(expected);
    assertThat(tree(plain).has("requestId")).isFalse();
    assertThat(tree(plain).at("/data/0").has("MaHoSoKhac")).isFalse();
  }

  @Test
  void readThenWrite_ofAPayloadInTheWritersForm_isTheSamePayload() {
    byte[] once = portal.writeDossierRequest(portal.decodeDossierRequest(utf8(VENDOR_REQUEST)));
    byte[] twice = portal.writeDossierRequest(portal.decodeDossierRequest(once));

    assertThat(tree(twice)).isEqualTo(tree(once));
  }

  @Test
  void unknownFields_ofProgressUpdatesAndAnswers_areReportedAndWrittenBack() {
    String progress = """
        {"session": "s", "madonvi": "000.00.06.H56", "service": "CapNhatTienDoHoSoMC", "data": [
          {"MaHoSo": "000.00.06.H56-261116-0012", "ThoiDiemXuLy": "20261116090000", "TrangThai": 4,
           "NgayBatDau": "", "NgayKetThucTheoQuyDinh": "", "BuocXuLyId": "B-17"}]}
        """;
    String answer = "{\"error_code\": \"0\", \"message\": \"Thành công\", \"traceId\": \"x-1\"}";

    Decoded<PortalRequest<DossierStep>> steps = portal.decodeProgressRequest(utf8(progress));
    Decoded<PortalAnswer> answered = portal.decodeAnswer(utf8(answer));

    assertThat(steps.unknownFields()).containsExactly(new UnknownField("/data/0/BuocXuLyId", "\"B-17\""));
    assertThat(steps.value().data().get(0).step().status()).isSameAs(DossierStatus.PROCESSING);
    assertThat(answered.unknownFields()).containsExactly(new UnknownField("/traceId", "\"x-1\""));
    assertThat(tree(portal.writeAnswer(answered))).isEqualTo(tree(utf8(answer)));
    ObjectNode expectedProgress = (ObjectNode) tree(utf8(progress));
    ((ObjectNode) expectedProgress.at("/data/0")).put("TrangThai", "4");
    assertThat(tree(portal.writeProgressRequest(steps))).isEqualTo(expectedProgress);
  }

  @Test
  void unknownFieldNamedLikeAMappedField_isNeverWrittenOverIt() {
    Dossier d = read("");
    Decoded<Dossier> forged = new Decoded<>(d, List.of(new UnknownField("/MaHoSo", "\"forged\""),
        new UnknownField("/Extra", "1")));

    ObjectNode written = (ObjectNode) tree(portal.writeDossier(forged));

    assertThat(written.get("MaHoSo").textValue()).isEqualTo("000.00.06.H56-261116-0012");
    assertThat(written.get("Extra").intValue()).isEqualTo(1);
  }

  @Test
  void answers_readTheCodeAsStringOrNumber_andDataAsWellAsResult() {
    PortalAnswer numeric = portal.decodeAnswer(utf8("{\"error_code\": -1, \"message\": \"Lỗi\"}")).value();
    PortalAnswer withData = portal.decodeAnswer(utf8("{\"error_code\": \" 0 \", \"data\": [1, 2]}")).value();
    PortalLogin login = portal.decodeLoginAnswer(utf8("{\"error_code\": 0, \"session\": \"tok-123\"}")).value();

    assertThat(numeric.errorCode()).isEqualTo(ResultCode.ofNumber(-1));
    assertThat(numeric.status().outcome()).isEqualTo(Outcome.FAILURE);
    assertThat(withData.errorCode()).isEqualTo(ResultCode.of("0"));
    assertThat(withData.payload()).isEqualTo("[1,2]");
    assertThat(withData.result()).isNull();
    assertThat(login.session()).isEqualTo("tok-123");
    assertThat(login.status().outcome()).isEqualTo(Outcome.SUCCESS);
  }
}
