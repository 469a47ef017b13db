package dev.egov.json.population;

import dev.egov.json.ResultCode;

import static dev.egov.json.population.PopulationToleranceTest.json;
import static dev.egov.json.population.PopulationToleranceTest.soap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.egov.json.Decoded;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.JsonDecodingException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unusable input fails with a typed error naming the field, never quoting the value. */
class PopulationErrorsTest {

  private static final String SOAP_CITIZEN = "/Body/TraCuuThongTinCongDanResponse/CongdanCollection/CongDan/0";

  private final PopulationDatabaseJson db = PopulationDatabaseJson.get();

  private JsonDecodingException jsonError(byte[] payload) {
    return catchThrowableOfType(JsonDecodingException.class,
        () -> db.decodeLookupAnswer(payload, WireForm.JSON));
  }

  private JsonDecodingException soapError(byte[] payload) {
    return catchThrowableOfType(JsonDecodingException.class,
        () -> db.decodeLookupAnswer(payload, WireForm.SOAP));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"07908501234X", "0790850123", "0790850123456", "０７９０８５０１２３４５"})
  void anInvalidPersonalIdIsAnErrorThatNamesTheFieldButNotTheValue(String id) {
    byte[] payload = bytes(String.format(Locale.ROOT, """
        {"error_code":"0","data":[{"SoDinhDanh":"%s","HoVaTen":"Nguyễn Văn An"}]}\
        """, id));
    JsonDecodingException e = jsonError(payload);

    assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
    assertThat(e.field()).isEqualTo("/data/0/SoDinhDanh");
    assertThat(e.getMessage()).contains("/data/0/SoDinhDanh").doesNotContain(id).doesNotContain(id.substring(0, 9));
    assertThat(e.getCause()).isNull();

    JsonDecodingException x = soapError(bytes(new String(soap(""), StandardCharsets.UTF_8)
        .replace("001085012345", id)));
    assertThat(x.field()).isEqualTo(SOAP_CITIZEN + "/SoDinhDanh");
    assertThat(x.getMessage()).doesNotContain(id);
  }

  /**
   * A name past egov's text limits (here a run of 65,536 combining marks, which the JDK's normaliser would take seconds
   * over) is refused before it is normalised, as the reader's documented error with a stable reason.
   */
  @Test
  @Timeout(10)
  void aNameOverTheTextLimitIsLimitExceeded_beforeItIsNormalised() {
    String huge = "a" + "\u0301\u0316".repeat(32_768);
    JsonDecodingException e = jsonError(bytes(String.format(Locale.ROOT, """
        {"error_code":"0","data":[{"SoDinhDanh":"001085012345",\
        "HoVaTen":{"Ho":"Nguyễn","ChuDem":"Văn","Ten":"%s"}}]}\
        """, huge)));

    assertThat(e.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
    assertThat(e.field()).isEqualTo("/data/0/HoVaTen");
    assertThat(e.detail()).contains("given", "1000");
    assertThat(e.getMessage()).doesNotContain("\u0301");

    JsonDecodingException run = jsonError(json(String.format(Locale.ROOT, """
        "Cha":{"HoVaTen":"Nguyễn Văn B%s","SoDinhDanh":"001058004321"}\
        """, "\u0301".repeat(31))));
    assertThat(run.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
    assertThat(run.field()).isEqualTo("/data/0/Cha/HoVaTen");
    assertThat(run.detail()).contains("combining marks");

    JsonDecodingException soap = soapError(bytes(new String(soap(""), StandardCharsets.UTF_8)
        .replace("<Ten>An</Ten>", "<Ten>" + "A".repeat(1_001) + "</Ten>")));
    assertThat(soap.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
    assertThat(soap.field()).isEqualTo(SOAP_CITIZEN + "/HoVaTen");
  }

  @Test
  void anInvalidOldCardNumberOfTheCitizenIsAnError() {
    JsonDecodingException e = jsonError(json("\"SoCMND\":\"01234567\""));
    assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
    assertThat(e.field()).isEqualTo("/data/0/SoCMND");
    assertThat(e.getMessage()).doesNotContain("01234567");
  }

  @Test
  void requiredFields() {
    JsonDecodingException noId = jsonError(bytes("{\"error_code\":\"0\",\"data\":[{\"HoVaTen\":\"Nguyễn Văn An\"}]}"));
    assertThat(noId.reason()).isEqualTo(Reason.MISSING_FIELD);
    assertThat(noId.field()).isEqualTo("/data/0/SoDinhDanh");

    JsonDecodingException noName = jsonError(bytes("""
        {"error_code":"0","data":[{"SoDinhDanh":"001085012345",\
        "HoVaTen":{"Ho":"","ChuDem":null}}]}\
        """));
    assertThat(noName.reason()).isEqualTo(Reason.MISSING_FIELD);
    assertThat(noName.field()).isEqualTo("/data/0/HoVaTen");

    JsonDecodingException relative = jsonError(json("\"Cha\":{\"SoDinhDanh\":\"001058004321\"}"));
    assertThat(relative.field()).isEqualTo("/data/0/Cha/HoVaTen");
    assertThat(relative.getMessage()).doesNotContain("001058004321");

    JsonDecodingException noCode = jsonError(bytes("{\"message\":\"OK\",\"data\":[]}"));
    assertThat(noCode.reason()).isEqualTo(Reason.MISSING_FIELD);
    assertThat(noCode.field()).isEqualTo("/error_code");

    assertThat(catchThrowableOfType(JsonDecodingException.class,
        () -> db.decodeVerificationAnswer(bytes("{\"error_code\":\"0\",\"data\":{}}"), WireForm.JSON)).field())
        .isEqualTo("/data/TonTai");
    assertThat(catchThrowableOfType(JsonDecodingException.class,
        () -> db.decodeLookupAnswer(bytes("{\"error_code\":\"0\"}"), WireForm.SOAP_IN_JSON)).field())
        .isEqualTo("/message");
  }

  @Test
  void impossibleDates() {
    JsonDecodingException json = jsonError(json("\"NgayThangNamSinh\":\"1985-02-30\""));
    assertThat(json.reason()).isEqualTo(Reason.INVALID_VALUE);
    assertThat(json.field()).isEqualTo("/data/0/NgayThangNamSinh");
    assertThat(json.getMessage()).doesNotContain("1985");

    JsonDecodingException soap = soapError(soap("<NgayThangNamSinh><NgayThangNam>19851301</NgayThangNam></NgayThangNamSinh>"));
    assertThat(soap.field()).isEqualTo(SOAP_CITIZEN + "/NgayThangNamSinh/NgayThangNam");

    JsonDecodingException disagree =
        soapError(soap("<NgayThangNamSinh><NgayThangNam>19850714</NgayThangNam><Nam>1986</Nam></NgayThangNamSinh>"));
    assertThat(disagree.field()).isEqualTo(SOAP_CITIZEN + "/NgayThangNamSinh/Nam");

    assertThat(jsonError(json("\"NgayThangNamSinh\":\"mười bốn\"")).reason()).isEqualTo(Reason.INVALID_VALUE);
  }

  @Test
  void valuesOfTheWrongType() {
    assertThat(jsonError(json("\"GioiTinh\":[1]"))).satisfies(e -> {
      assertThat(e.reason()).isEqualTo(Reason.UNEXPECTED_TYPE);
      assertThat(e.field()).isEqualTo("/data/0/GioiTinh");
    });
    assertThat(jsonError(json("\"ThuongTru\":\"12 Lê Lợi\"")).field()).isEqualTo("/data/0/ThuongTru");
    assertThat(jsonError(json("\"SoCMND\":{\"a\":1}")).reason()).isEqualTo(Reason.UNEXPECTED_TYPE);
    assertThat(jsonError(bytes("{\"error_code\":\"0\",\"data\":\"none\"}")).field()).isEqualTo("/data");
    assertThat(jsonError(bytes("\"none\"")).reason()).isEqualTo(Reason.UNEXPECTED_TYPE);
    // A list at the root is a body of another dialect sent without envelope (the portal's bare lists).
    assertThat(jsonError(bytes("[]")).reason()).isEqualTo(Reason.WRONG_MESSAGE);
    assertThat(soapError(soap("<SoSoHoKhau><So>1</So></SoSoHoKhau>")).field()).isEqualTo(SOAP_CITIZEN + "/SoSoHoKhau");
  }

  @Test
  void administrativeUnitCodesOfTheWrongShape() {
    JsonDecodingException e = jsonError(json("\"ThuongTru\":{\"MaTinhThanh\":\"HN\"}"));
    assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
    assertThat(e.field()).isEqualTo("/data/0/ThuongTru/MaTinhThanh");
    assertThat(jsonError(json("\"QueQuan\":{\"MaPhuongXa\":\"000012\"}")).field()).isEqualTo("/data/0/QueQuan/MaPhuongXa");
  }

  @Test
  void malformedPayloads() {
    JsonDecodingException json = jsonError(bytes("{\"error_code\":\"0\",\"data\":[{\"SoDinhDanh\":\"001085012345\""));
    assertThat(json.reason()).isEqualTo(Reason.MALFORMED);
    assertThat(json.getMessage()).doesNotContain("001085012345");
    assertThat(jsonError(bytes("")).reason()).isEqualTo(Reason.MALFORMED);
    assertThat(jsonError(bytes("{\"error_code\":\"0\",\"data\":[]} {}")).reason()).isEqualTo(Reason.MALFORMED);

    JsonDecodingException xml = soapError(bytes("<Envelope><Body><SoDinhDanh>001085012345</Body></Envelope>"));
    assertThat(xml.reason()).isEqualTo(Reason.MALFORMED);
    assertThat(xml.getMessage()).doesNotContain("001085012345");

    JsonDecodingException inner = catchThrowableOfType(JsonDecodingException.class, () -> db.decodeLookupAnswer(
        bytes("{\"error_code\":\"0\",\"message\":\"<Envelope><Body>\"}"), WireForm.SOAP_IN_JSON));
    assertThat(inner.reason()).isEqualTo(Reason.MALFORMED);
    assertThat(inner.field()).isEqualTo("/message");
  }

  @Test
  void requestErrors() {
    JsonDecodingException missing = catchThrowableOfType(JsonDecodingException.class, () -> db.decodeLookupRequest(
        bytes("""
            {"MaDVC":"1.001234","MaTichHop":"037","MaCanBo":"cb","SoDinhDanh":"001085012345",\
            "HoVaTen":"A"}\
            """), WireForm.JSON));
    assertThat(missing.reason()).isEqualTo(Reason.MISSING_FIELD);
    assertThat(missing.field()).isEqualTo("/MaYeuCau");

    String soap = Goldens.text("lookup-request.soap.xml");
    JsonDecodingException digits = catchThrowableOfType(JsonDecodingException.class, () -> db.decodeLookupRequest(
        bytes(soap.replace(">037<", ">TH037<")), WireForm.SOAP));
    assertThat(digits.reason()).isEqualTo(Reason.INVALID_VALUE);
    assertThat(digits.field()).isEqualTo("/Body/TraCuuThongTinCongDan/MaTichHop");

    // A value longer than the specification allows is read as sent (validation reports it); writing it fails.
    Decoded<LookupRequest> tooLong = db.decodeLookupRequest(
        bytes(soap.replace("01JD5Q7M8W3K2X9B4N6P0R1T2V", "x".repeat(41))), WireForm.SOAP);
    assertThat(tooLong.value().metadata().requestId()).hasSize(41);
    assertThatThrownBy(() -> db.writeLookupRequest(tooLong, WireForm.SOAP))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MaYeuCau");

    JsonDecodingException noId = catchThrowableOfType(JsonDecodingException.class, () -> db.decodeLookupRequest(
        bytes(soap.replace("<dan:SoDinhDanh>001085012345</dan:SoDinhDanh>", "")), WireForm.SOAP));
    assertThat(noId.field()).isEqualTo("/Body/TraCuuThongTinCongDan/SoDinhDanh");

    JsonDecodingException wrongOperation = catchThrowableOfType(JsonDecodingException.class,
        () -> db.decodeVerificationRequest(bytes(soap), WireForm.SOAP));
    assertThat(wrongOperation.reason()).isEqualTo(Reason.WRONG_MESSAGE);
    assertThat(wrongOperation.field()).isEqualTo("/Body/TraCuuThongTinCongDan");
    assertThat(wrongOperation.getMessage()).contains("a look-up request (TraCuuThongTinCongDan)");

    JsonDecodingException noOperation = catchThrowableOfType(JsonDecodingException.class,
        () -> db.decodeVerificationRequest(bytes("<Envelope><Body/></Envelope>"), WireForm.SOAP));
    assertThat(noOperation.reason()).isEqualTo(Reason.MISSING_FIELD);
    assertThat(noOperation.field()).isEqualTo("/Body/XacThucThongTinCongDan");

    // SOAP given as a gateway's JSON envelope is another form: refused, naming what it is.
    JsonDecodingException xmlAsEnvelope = catchThrowableOfType(JsonDecodingException.class,
        () -> db.decodeLookupRequest(bytes(soap), WireForm.SOAP_IN_JSON));
    assertThat(xmlAsEnvelope.reason()).isEqualTo(Reason.WRONG_MESSAGE);
    assertThat(xmlAsEnvelope.getMessage()).contains("found XML");
  }

  @Test
  void externalEntitiesAreNeverResolved(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "079303009999");
    String xxe = "<?xml version='1.0'?><!DOCTYPE Envelope [<!ENTITY xxe SYSTEM '" + secret.toUri() + "'>]>"
        + new String(soap(""), StandardCharsets.UTF_8).replace("<SoDinhDanh>001085012345</SoDinhDanh>",
            "<SoDinhDanh>&xxe;</SoDinhDanh>");

    JsonDecodingException e = soapError(bytes(xxe));
    assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
    assertThat(e.getMessage()).doesNotContain("079303009999");

    String billionLaughs = "<?xml version='1.0'?><!DOCTYPE Envelope [<!ENTITY a 'aaaaaaaaaa'>"
        + "<!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'><!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;'>]>"
        + "<Envelope><Body><CongDan><SoSoHoKhau>&c;</SoSoHoKhau></CongDan></Body></Envelope>";
    assertThat(soapError(bytes(billionLaughs)).reason()).isEqualTo(Reason.MALFORMED);
  }

  @Test
  void aFailureAnswerIsNeverThrown() {
    byte[] failure = bytes("{\"error_code\":\"99\",\"message\":\"Lỗi hệ thống\",\"data\":null}");
    LookupAnswer answer = db.decodeLookupAnswer(failure, WireForm.JSON).value();
    assertThat(answer.status().success()).isFalse();
    assertThat(answer.status().code()).isEqualTo(ResultCode.of("99"));
    assertThat(answer.status().message()).isEqualTo("Lỗi hệ thống");
    assertThat(answer.citizens()).isEmpty();
    // In the envelope form a failure's message is the gateway's text, not a SOAP document.
    assertThat(db.decodeLookupAnswer(failure, WireForm.SOAP_IN_JSON).value()).isEqualTo(answer);
  }
}
