package dev.egov.json.population;

import dev.egov.json.AnswerStatus;
import dev.egov.json.ResultCode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.json.Decoded;
import dev.egov.json.UnknownField;
import dev.egov.model.PartialDate;
import dev.egov.model.Sex;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.code.BloodGroup;
import dev.egov.model.code.MaritalStatus;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.person.Citizen;
import dev.egov.model.person.PersonName;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Readers are tolerant; what they cannot place is reported and, on request, written back. */
class PopulationToleranceTest {

  private final PopulationDatabaseJson db = PopulationDatabaseJson.get();

  /** A JSON answer with one citizen: an identity and name, then {@code fields}. */
  static byte[] json(String fields) {
    return String.format(Locale.ROOT, """
        {"error_code":"0","data":[{"SoDinhDanh":"001085012345",\
        "HoVaTen":{"Ho":"Nguyễn","ChuDem":"Văn","Ten":"An"}%s}]}\
        """, fields.isEmpty() ? "" : "," + fields).getBytes(StandardCharsets.UTF_8);
  }

  /** A SOAP answer with one citizen: an identity and name, then {@code elements}. */
  static byte[] soap(String elements) {
    return ("<soap:Envelope xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/'><soap:Body>"
        + "<dan:TraCuuThongTinCongDanResponse xmlns:dan='http://dancuquocgia.bca'>"
        + "<CongdanCollection xmlns='http://www.mic.gov.vn/dancu/1.0'><CongDan><SoDinhDanh>001085012345</SoDinhDanh>"
        + "<HoVaTen><Ho>Nguyễn</Ho><ChuDem>Văn</ChuDem><Ten>An</Ten></HoVaTen>" + elements
        + "</CongDan></CongdanCollection></dan:TraCuuThongTinCongDanResponse></soap:Body></soap:Envelope>")
        .getBytes(StandardCharsets.UTF_8);
  }

  private Citizen citizen(byte[] json) {
    return db.decodeLookupAnswer(json, WireForm.JSON).value().citizens().get(0);
  }

  private Citizen soapCitizen(byte[] xml) {
    return db.decodeLookupAnswer(xml, WireForm.SOAP).value().citizens().get(0);
  }

  private static final String SOAP_CITIZEN = "/Body/TraCuuThongTinCongDanResponse/CongdanCollection/CongDan/0";

  // ---------------------------------------------------------------- dates

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "\"1985-07-14\" | 1985-07-14",
      "\"19850714\"   | 1985-07-14",
      "\"14/07/1985\" | 1985-07-14",
      "\" 1985-07-14 \" | 1985-07-14",
      "\"1985\"       | 1985",
      "1985           | 1985",
      "\"1985-07\"    | 1985-07",
      "\"07/1985\"    | 1985-07",
      "\"19850700\"   | 1985-07",
      "\"19850000\"   | 1985",
      "\"\"           | ''",
      "null           | ''",
      "{\"NgayThangNam\":\"19850714\"} | 1985-07-14",
      "{\"Nam\":1985} | 1985",
      "{\"NgayThangNam\":\"19850714\",\"Nam\":\"1985\"} | 1985-07-14",
      "{\"NgayThangNam\":\"\",\"Nam\":\"1985\"} | 1985"})
  void everyBirthDateFormInJson(String value, String expected) {
    assertThat(citizen(json("\"NgayThangNamSinh\":" + value)).birthDate()).isEqualTo(PartialDate.parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "<NgayThangNam>19850714</NgayThangNam> | 1985-07-14",
      "<Nam>1985</Nam>                       | 1985",
      "<NgayThangNam>19850714</NgayThangNam><Nam>1985</Nam> | 1985-07-14",
      "<NgayThangNam/><Nam> 1985 </Nam>      | 1985",
      "<NgayThangNam>19850700</NgayThangNam> | 1985-07"})
  void everyBirthDateFormInSoap(String elements, String expected) {
    assertThat(soapCitizen(soap("<NgayThangNamSinh>" + elements + "</NgayThangNamSinh>")).birthDate())
        .isEqualTo(PartialDate.parse(expected));
    assertThat(soapCitizen(soap("<NgayThangNamSinh/>")).birthDate()).isEqualTo(PartialDate.unknown());
    assertThat(soapCitizen(soap("<NgayThangNamSinh>1985-07-14</NgayThangNamSinh>")).birthDate())
        .isEqualTo(PartialDate.of(1985, 7, 14));
  }

  @Test
  void aDateKnownToTheMonthIsWrittenInFormsTheReadersTakeBack() {
    Citizen c = citizen(json("\"NgayThangNamSinh\":\"1985-07\""));
    LookupAnswer answer = new LookupAnswer(AnswerStatus.ok(), java.util.List.of(c));
    for (WireForm form : WireForm.values()) {
      byte[] written = db.writeLookupAnswer(answer, form);
      assertThat(db.decodeLookupAnswer(written, form).value().citizens()).containsExactly(c);
    }
    assertThat(new String(db.writeLookupAnswer(answer, WireForm.SOAP), StandardCharsets.UTF_8))
        .contains("<NgayThangNam>19850700</NgayThangNam>");
  }

  // ---------------------------------------------------------------- scalars and codes

  @Test
  void numbersAndCodesAsStringsOrNumbers() {
    Citizen c = citizen(json("""
        "GioiTinh":1,"TinhTrangHonNhan":"02","NhomMau":4,"DanToc":1,\
        "ThuongTru":{"MaTinhThanh":1,"MaQuanHuyen":1,"MaPhuongXa":4}\
        """));
    assertThat(c.sex()).isEqualTo(Sex.MALE);
    assertThat(c.particulars().maritalStatus()).isSameAs(MaritalStatus.MARRIED);
    assertThat(c.particulars().bloodGroup()).isSameAs(BloodGroup.O);
    assertThat(c.particulars().ethnicity().code()).isEqualTo("1");
    assertThat(c.particulars().ethnicity().group()).isPresent();
    assertThat(c.places().permanentResidence().provinceCode()).isEqualTo("01");
    assertThat(c.places().permanentResidence().districtCode()).isEqualTo("001");
    assertThat(c.places().permanentResidence().communeCode()).isEqualTo("00004");
    assertThat(c.places().permanentResidence().era()).isEqualTo(AdministrativeEra.LEGACY_2004);
  }

  @Test
  void emptyStringsNullsAndEmptyStructuresAreAbsent() {
    Citizen c = citizen(json("""
        "SoCMND":"","GioiTinh":null,"TonGiao":"  ","QueQuan":{},"ThuongTru":"",\
        "NoiOHienTai":{"MaTinhThanh":"","MaQuanHuyen":null},"Cha":{"HoVaTen":"","SoDinhDanh":null},\
        "ChuHo":null,"SoDienThoai":"","NgayThangNamSinh":{"NgayThangNam":""}\
        """));
    assertThat(c).isEqualTo(Citizen.builder().personalId(c.personalId()).name(PersonName.of("Nguyễn", "Văn", "An"))
        .build());

    Citizen x = soapCitizen(soap("<SoCMND/><GioiTinh></GioiTinh><QueQuan/><ThuongTru><MaTinhThanh/></ThuongTru>"
        + "<Cha>\n  </Cha><TonGiao xsi:nil='true' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'/>"));
    assertThat(x).isEqualTo(c);
  }

  @Test
  void unknownCodesAreKeptWithTheirRawValue() {
    Citizen c = citizen(json("""
        "DanToc":"99","TonGiao":"12","QuocTich":"XK","TinhTrangHonNhan":"7",\
        "NhomMau":"09","ChuHo":{"QuanHe":"Cháu ngoại","HoVaTen":"Nguyễn Văn Bình"}\
        """));
    assertThat(c.particulars().ethnicity().code()).isEqualTo("99");
    assertThat(c.particulars().ethnicity().isKnown()).isFalse();
    assertThat(c.particulars().maritalStatus().code()).isEqualTo("7");
    assertThat(c.particulars().maritalStatus().isKnown()).isFalse();
    assertThat(c.particulars().bloodGroup().code()).isEqualTo("09");
    assertThat(c.particulars().bloodGroup().isKnown()).isFalse();
    assertThat(c.family().householdHead().relation().code()).isEqualTo("Cháu ngoại");

    LookupAnswer answer = db.decodeLookupAnswer(json("\"DanToc\":\"99\",\"NhomMau\":\"09\""), WireForm.JSON).value();
    assertThat(Goldens.tree(db.writeLookupAnswer(answer, WireForm.JSON)).at("/data/0/NhomMau").asText())
        .isEqualTo("09");
  }

  @Test
  void anUnknownSexIsReadAsUnknownReportedAndWrittenBack() {
    byte[] payload = json("\"GioiTinh\":\"3\"");
    Decoded<LookupAnswer> decoded = db.decodeLookupAnswer(payload, WireForm.JSON);

    assertThat(decoded.value().citizens().get(0).sex()).isEqualTo(Sex.UNKNOWN);
    assertThat(decoded.unknownFields()).containsExactly(new UnknownField("/data/0/GioiTinh", "\"3\""));
    assertThat(Goldens.tree(db.writeLookupAnswer(decoded, WireForm.JSON)).at("/data/0/GioiTinh").asText())
        .isEqualTo("3");
    // Without the unknown fields, the writer writes what the record says: not recorded.
    assertThat(Goldens.tree(db.writeLookupAnswer(decoded.value(), WireForm.JSON)).at("/data/0/GioiTinh").asText())
        .isEqualTo("0");
    // A value set since takes precedence over the unknown field.
    Citizen changed = decoded.value().citizens().get(0).toBuilder().sex(Sex.FEMALE).build();
    Decoded<LookupAnswer> edited = new Decoded<>(new LookupAnswer(decoded.value().status(),
        java.util.List.of(changed)), decoded.unknownFields());
    assertThat(Goldens.tree(db.writeLookupAnswer(edited, WireForm.JSON)).at("/data/0/GioiTinh").asText())
        .isEqualTo("2");

    Decoded<LookupAnswer> soap = db.decodeLookupAnswer(soap("<GioiTinh>Nam</GioiTinh>"), WireForm.SOAP);
    assertThat(soap.unknownFields()).containsExactly(new UnknownField(SOAP_CITIZEN + "/GioiTinh", "\"Nam\""));
    assertThat(new String(db.writeLookupAnswer(soap, WireForm.SOAP), StandardCharsets.UTF_8))
        .contains("<GioiTinh>Nam</GioiTinh>");
  }

  @Test
  void invalidSecondaryIdentifiersAndPhoneNumbersAreKeptAsUnknownFields() {
    byte[] payload = json("""
        "GioiTinh":"1","Cha":{"HoVaTen":"Nguyễn Văn Bình","SoDinhDanh":"12345"},\
        "ChuHo":{"HoVaTen":"Nguyễn Văn Bình","SoCMND":"không có"},\
        "SoDienThoai":"liên hệ sau","MaSoThue":"123","MaBHXH":"12-34"\
        """);
    Decoded<LookupAnswer> decoded = db.decodeLookupAnswer(payload, WireForm.JSON);
    Citizen c = decoded.value().citizens().get(0);

    assertThat(c.family().father().personalId()).isNull();
    assertThat(c.family().householdHead().legacyIdCard()).isNull();
    assertThat(c.contact().phone()).isNull();
    assertThat(c.otherIdentifiers().taxIdentifier()).isNull();
    assertThat(c.otherIdentifiers().socialInsuranceNumber()).isNull();
    assertThat(decoded.unknownFields()).extracting(UnknownField::path).containsExactly(
        "/data/0/Cha/SoDinhDanh", "/data/0/ChuHo/SoCMND", "/data/0/SoDienThoai", "/data/0/MaSoThue",
        "/data/0/MaBHXH");
    Goldens.assertSamePayload(WireForm.JSON, db.writeLookupAnswer(decoded, WireForm.JSON), payload);
  }

  @Test
  void phoneNumbersInAnyFormPeopleTypeAreKeptAsWritten() {
    assertThat(citizen(json("\"SoDienThoai\":\"+84 912 345 678\"")).contact().phone()).isEqualTo("+84 912 345 678");
    assertThat(citizen(json("\"SoDienThoai\":\"0912.345.678\"")).contact().phone()).isEqualTo("0912.345.678");
  }

  // ---------------------------------------------------------------- unknown fields

  @Test
  void unknownJsonFieldsAreReportedWithPointersAndWrittenBackOnRequest() {
    byte[] payload = """
        {"error_code":"0","message":"OK","request_id":"abc","data":[{\
        "SoDinhDanh":"001085012345","HoVaTen":{"Ho":"Nguyễn","ChuDem":"Văn","Ten":"An","TenGoiKhac":"Tí"},\
        "GioiTinh":"1","LoaiThe":2,"ThuongTru":{"MaTinhThanh":"79","MaPhuongXaMoi":"26740"},\
        "NoiOHienTai":{"DiaChiDayDu":{"a/b":[1,2]}},"Cha":{"Ghi~chu":true}}]}\
        """.getBytes(StandardCharsets.UTF_8);
    Decoded<LookupAnswer> decoded = db.decodeLookupAnswer(payload, WireForm.JSON);

    assertThat(decoded.unknownFields()).containsExactly(
        new UnknownField("/request_id", "\"abc\""),
        new UnknownField("/data/0/HoVaTen/TenGoiKhac", "\"Tí\""),
        new UnknownField("/data/0/LoaiThe", "2"),
        new UnknownField("/data/0/ThuongTru/MaPhuongXaMoi", "\"26740\""),
        new UnknownField("/data/0/NoiOHienTai", "{\"DiaChiDayDu\":{\"a/b\":[1,2]}}"),
        new UnknownField("/data/0/Cha", "{\"Ghi~chu\":true}"));
    Citizen c = decoded.value().citizens().get(0);
    assertThat(c.places().currentResidence()).isNull();
    assertThat(c.family().father()).isNull();

    Goldens.assertSamePayload(WireForm.JSON, db.writeLookupAnswer(decoded, WireForm.JSON), payload);
    assertThat(Goldens.tree(db.writeLookupAnswer(decoded.value(), WireForm.JSON)).has("request_id")).isFalse();
  }

  @Test
  void unknownXmlElementsAreReportedWithElementPathsAndWrittenBackOnRequest() {
    byte[] payload = ("<?xml version='1.0' encoding='UTF-8'?>"
        + "<soap:Envelope xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/'>"
        + "<soap:Header><soap:MaGiaoDich>42</soap:MaGiaoDich></soap:Header><soap:Body>"
        + "<dan:TraCuuThongTinCongDanResponse xmlns:dan='http://dancuquocgia.bca'>"
        + "<CongdanCollection xmlns='http://www.mic.gov.vn/dancu/1.0'>"
        + "<CongDan><SoDinhDanh>001085012345</SoDinhDanh><HoVaTen><Ho>Nguyễn</Ho><ChuDem>Văn</ChuDem><Ten>An</Ten></HoVaTen>"
        + "<GioiTinh>1</GioiTinh></CongDan>"
        + "<CongDan><SoDinhDanh>079303001234</SoDinhDanh><HoVaTen><Ho>Nguyễn</Ho><ChuDem>Thị</ChuDem><Ten>Hoà</Ten></HoVaTen>"
        + "<GioiTinh>2</GioiTinh><ThuongTru><MaTinhThanh>79</MaTinhThanh><Moi><A>1</A><A>2</A></Moi></ThuongTru><LoaiThe>2</LoaiThe></CongDan>"
        + "<TongSo>2</TongSo></CongdanCollection></dan:TraCuuThongTinCongDanResponse></soap:Body></soap:Envelope>")
        .getBytes(StandardCharsets.UTF_8);
    Decoded<LookupAnswer> decoded = db.decodeLookupAnswer(payload, WireForm.SOAP);

    assertThat(decoded.value().citizens()).hasSize(2);
    String collection = "/Body/TraCuuThongTinCongDanResponse/CongdanCollection";
    assertThat(decoded.unknownFields()).containsExactly(
        new UnknownField("/Header", "{\"MaGiaoDich\":\"42\"}"),
        new UnknownField(collection + "/CongDan/1/ThuongTru/Moi", "{\"A\":[\"1\",\"2\"]}"),
        new UnknownField(collection + "/CongDan/1/LoaiThe", "\"2\""),
        new UnknownField(collection + "/TongSo", "\"2\""));

    // Unknown elements go back at the end of their parent, in its namespace (the Header first, as SOAP requires).
    Goldens.assertSamePayload(WireForm.SOAP, db.writeLookupAnswer(decoded, WireForm.SOAP), payload);
  }

  @Test
  void unknownFieldsInsideAndAroundTheEnvelopedSoapDocument() {
    String soap = new String(soap("<GioiTinh>1</GioiTinh><LoaiThe>2</LoaiThe>"), StandardCharsets.UTF_8).replace("\"", "\\\"");
    byte[] payload = String.format(Locale.ROOT, """
        {"error_code":0,"message":"%s","thoi_gian":"20260101120000"}\
        """, soap).getBytes(StandardCharsets.UTF_8);
    Decoded<LookupAnswer> decoded = db.decodeLookupAnswer(payload, WireForm.SOAP_IN_JSON);

    assertThat(decoded.unknownFields()).containsExactly(
        new UnknownField("/message" + SOAP_CITIZEN + "/LoaiThe", "\"2\""),
        new UnknownField("/thoi_gian", "\"20260101120000\""));
    Goldens.assertSamePayload(WireForm.SOAP_IN_JSON, db.writeLookupAnswer(decoded, WireForm.SOAP_IN_JSON), payload);
  }

  // ---------------------------------------------------------------- structure

  @Test
  void xmlIsReadByLocalNamesWhateverTheNamespacesAndPrefixes() {
    byte[] bare = ("<Envelope><Body><TraCuuThongTinCongDanResponse><CongdanCollection><CongDan>"
        + "<SoDinhDanh>001085012345</SoDinhDanh><HoVaTen><Ho>Nguyễn</Ho><ChuDem>Văn</ChuDem><Ten>An</Ten></HoVaTen>"
        + "</CongDan></CongdanCollection></TraCuuThongTinCongDanResponse></Body></Envelope>").getBytes(StandardCharsets.UTF_8);
    byte[] prefixed = ("<s:Envelope xmlns:s='http://schemas.xmlsoap.org/soap/envelope/'><s:Body>"
        + "<a:TraCuuThongTinCongDanResponse xmlns:a='http://dancuquocgia.bca'><a:TraCuuThongTinCongDanResult>"
        + "<c:CongdanCollection xmlns:c='http://www.mic.gov.vn/dancu/1.0'><c:CongDan>"
        + "<c:SoDinhDanh>001085012345</c:SoDinhDanh><c:HoVaTen><c:Ho>Nguyễn</c:Ho><c:ChuDem>Văn</c:ChuDem><c:Ten>An</c:Ten></c:HoVaTen>"
        + "</c:CongDan></c:CongdanCollection></a:TraCuuThongTinCongDanResult></a:TraCuuThongTinCongDanResponse>"
        + "</s:Body></s:Envelope>").getBytes(StandardCharsets.UTF_8);
    Citizen expected = soapCitizen(soap(""));

    assertThat(db.decodeLookupAnswer(bare, WireForm.SOAP).value().citizens()).containsExactly(expected);
    Decoded<LookupAnswer> decoded = db.decodeLookupAnswer(prefixed, WireForm.SOAP);
    assertThat(decoded.value().citizens()).containsExactly(expected);
    assertThat(decoded.unknownFields()).isEmpty();
  }

  @Test
  void jsonDataMayBeOneObjectOrCalledResult() {
    Citizen expected = citizen(json(""));
    byte[] single = """
        {"error_code":"0","result":{"SoDinhDanh":"001085012345",\
        "HoVaTen":"Nguyễn Văn An"}}\
        """.getBytes(StandardCharsets.UTF_8);
    assertThat(db.decodeLookupAnswer(single, WireForm.JSON).value().citizens()).containsExactly(expected);
    byte[] none = "{\"error_code\":\"0\",\"data\":[]}".getBytes(StandardCharsets.UTF_8);
    assertThat(db.decodeLookupAnswer(none, WireForm.JSON).value()).isEqualTo(
        new LookupAnswer(AnswerStatus.success(ResultCode.of("0"), null), java.util.List.of()));
  }

  @Test
  void aCitizenKnownOnlyByTheOldCardNumber() {
    Citizen c = citizen(("{\"error_code\":\"0\",\"data\":[{\"SoCMND\":\"012345678\",\"HoVaTen\":\"Lê Văn Tám\"}]}")
        .replace("\"SoDinhDanh\":\"001085012345\",", ""));
    assertThat(c.personalId()).isNull();
    assertThat(c.legacyIdCard()).isEqualTo(LegacyIdCardNumber.parse("012345678"));
  }

  private Citizen citizen(String json) {
    return citizen(json.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "TonTai {0}")
  @CsvSource({"true, true", "'\"True\"', true", "'\"1\"', true", "1, true", "false, false", "'\"False\"', false",
      "'\"0\"', false"})
  void verificationBooleansAsStringsOrNumbers(String value, boolean expected) {
    byte[] payload = String.format(Locale.ROOT, """
        {"error_code":"0","data":{"KetQuaXacThuc":{"TonTai":%s,"GhiChu":"x"}}}\
        """, value).getBytes(StandardCharsets.UTF_8);
    Decoded<VerificationAnswer> decoded = db.decodeVerificationAnswer(payload, WireForm.JSON);
    assertThat(decoded.value().exists()).isEqualTo(expected);
    assertThat(decoded.unknownFields()).containsExactly(new UnknownField("/data/KetQuaXacThuc/GhiChu", "\"x\""));

    byte[] soap = ("<Envelope><Body><XacThucThongTinCongDanResponse><KetQuaXacThuc><TonTai>"
        + value.replace("\"", "") + "</TonTai><HoVaTen>x</HoVaTen></KetQuaXacThuc></XacThucThongTinCongDanResponse>"
        + "</Body></Envelope>").getBytes(StandardCharsets.UTF_8);
    Decoded<VerificationAnswer> fromSoap = db.decodeVerificationAnswer(soap, WireForm.SOAP);
    assertThat(fromSoap.value().exists()).isEqualTo(expected);
    assertThat(fromSoap.unknownFields()).extracting(UnknownField::path)
        .containsExactly("/Body/XacThucThongTinCongDanResponse/KetQuaXacThuc/HoVaTen");
  }

  @Test
  void unknownRequestFieldsAreReportedButACredentialNever() {
    byte[] payload = """
        {"MaYeuCau":"r1","MaDVC":"1.001234","MaTichHop":37,"MaCanBo":"cb",\
        "SoDinhDanh":"001085012345","HoVaTen":"NGUYỄN VĂN AN","NgayThangNamSinh":"14/07/1985",\
        "MaHoSo":"H26.22-260101-0001","AuthHash":"a2V5OnBhc3M="}\
        """.getBytes(StandardCharsets.UTF_8);
    Decoded<LookupRequest> decoded = db.decodeLookupRequest(payload, WireForm.JSON);

    assertThat(decoded.value().metadata().integrationCode()).isEqualTo("37");
    assertThat(decoded.value().identity().birthDate()).isEqualTo(PartialDate.of(1985, 7, 14));
    assertThat(decoded.unknownFields()).containsExactly(new UnknownField("/MaHoSo", "\"H26.22-260101-0001\""));
    assertThat(decoded.toString()).doesNotContain("a2V5OnBhc3M=");
    assertThat(Goldens.tree(db.writeLookupRequest(decoded, WireForm.JSON)).get("MaHoSo").asText())
        .isEqualTo("H26.22-260101-0001");
  }
}
