package dev.egov.json.population;

import dev.egov.json.AnswerStatus;
import dev.egov.json.ResultCode;

import static dev.egov.json.population.Goldens.assertSamePayload;
import static dev.egov.json.population.Goldens.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.json.Decoded;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.person.Citizen;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every golden payload reads into the expected record and writes back exactly (canonically). */
class PopulationGoldenTest {

  private final PopulationDatabaseJson db = PopulationDatabaseJson.get();

  static Stream<Arguments> citizens() {
    return Stream.of(WireForm.values()).flatMap(form -> Stream.of(
        Arguments.of("lookup-answer-full", form, Goldens.fullCitizen(), "0"),
        Arguments.of("lookup-answer-year-only-legacy", form, Goldens.yearOnlyLegacyCitizen(), "0"),
        Arguments.of("lookup-answer-reform", form, Goldens.reformCitizen(AdministrativeEra.REFORM_2025), "00")));
  }

  static String file(String name, WireForm form) {
    switch (form) {
      case SOAP:
        return name + ".soap.xml";
      case SOAP_IN_JSON:
        return name + ".envelope.json";
      default:
        return name + ".json";
    }
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("citizens")
  void lookupAnswersReadIntoTheExpectedCitizen(String name, WireForm form, Citizen expected, String code) {
    Decoded<LookupAnswer> decoded = db.decodeLookupAnswer(bytes(file(name, form)), form);

    assertThat(decoded.unknownFields()).isEmpty();
    assertThat(decoded.value().citizens()).containsExactly(expected);
    AnswerStatus status = decoded.value().status();
    assertThat(status.success()).isTrue();
    if (form == WireForm.SOAP) {
      assertThat(status).isEqualTo(AnswerStatus.ok());
    } else {
      assertThat(status.code().value()).isEqualTo(code);
    }
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("citizens")
  void lookupAnswersWriteBackExactly(String name, WireForm form, Citizen citizen, String code) {
    byte[] golden = bytes(file(name, form));
    Decoded<LookupAnswer> decoded = db.decodeLookupAnswer(golden, form);

    assertSamePayload(form, db.writeLookupAnswer(decoded.value(), form), golden);
    assertSamePayload(form, db.writeLookupAnswer(decoded, form), golden);
  }

  @Test
  void numericAndStringCodesAreKeptAsWritten() {
    assertThat(db.decodeLookupAnswer(bytes("lookup-answer-year-only-legacy.json"), WireForm.JSON).value().status().code())
        .isEqualTo(ResultCode.ofNumber(0));
    assertThat(db.decodeLookupAnswer(bytes("lookup-answer-full.json"), WireForm.JSON).value().status().code())
        .isEqualTo(ResultCode.of("0"));
    assertThat(db.decodeLookupAnswer(bytes("lookup-answer-full.json"), WireForm.JSON).value().status().message())
        .isEqualTo("Thành công");
  }

  @ParameterizedTest
  @EnumSource(WireForm.class)
  void addressesWithoutADistrictTakeTheEraOfTheAnswerDate(WireForm form) {
    byte[] golden = bytes(file("lookup-answer-reform", form));

    assertThat(db.decodeLookupAnswer(golden, form, LocalDate.of(2025, 6, 30)).value().citizens())
        .containsExactly(Goldens.reformCitizen(AdministrativeEra.LEGACY_2004));
    assertThat(db.decodeLookupAnswer(golden, form, LocalDate.of(2025, 7, 1)).value().citizens())
        .containsExactly(Goldens.reformCitizen(AdministrativeEra.REFORM_2025));
    PopulationDatabaseJson legacyByDefault = PopulationDatabaseJson.builder().defaultEra(AdministrativeEra.LEGACY_2004).build();
    assertThat(legacyByDefault.decodeLookupAnswer(golden, form).value().citizens())
        .containsExactly(Goldens.reformCitizen(AdministrativeEra.LEGACY_2004));
  }

  @Test
  void theWritersProduceTheGoldensFromRecordsBuiltInMemory() {
    LookupAnswer full = new LookupAnswer(AnswerStatus.ok(), List.of(Goldens.fullCitizen()));
    assertSamePayload(WireForm.SOAP, db.writeLookupAnswer(full, WireForm.SOAP), bytes("lookup-answer-full.soap.xml"));
    LookupAnswer json = new LookupAnswer(AnswerStatus.success(ResultCode.of("0"), "Thành công"),
        List.of(Goldens.fullCitizen()));
    assertSamePayload(WireForm.JSON, db.writeLookupAnswer(json, WireForm.JSON), bytes("lookup-answer-full.json"));
  }

  // ---------------------------------------------------------------- requests

  @ParameterizedTest
  @EnumSource(value = WireForm.class, names = {"SOAP", "JSON"})
  void lookupRequest(WireForm form) {
    byte[] golden = bytes(file("lookup-request", form));
    Decoded<LookupRequest> decoded = db.decodeLookupRequest(golden, form);

    assertThat(decoded.unknownFields()).isEmpty();
    assertThat(decoded.value()).isEqualTo(Goldens.lookupRequest());
    assertSamePayload(form, db.writeLookupRequest(Goldens.lookupRequest(), form), golden);
    assertSamePayload(form, db.writeLookupRequest(decoded, form), golden);
  }

  @ParameterizedTest
  @EnumSource(value = WireForm.class, names = {"SOAP", "JSON"})
  void verificationRequest(WireForm form) {
    byte[] golden = bytes(file("verification-request", form));
    Decoded<VerificationRequest> decoded = db.decodeVerificationRequest(golden, form);

    assertThat(decoded.unknownFields()).isEmpty();
    assertThat(decoded.value()).isEqualTo(Goldens.verificationRequest());
    assertSamePayload(form, db.writeVerificationRequest(Goldens.verificationRequest(), form), golden);
  }

  // ---------------------------------------------------------------- answers

  @ParameterizedTest
  @EnumSource(WireForm.class)
  void verificationAnswer(WireForm form) {
    byte[] golden = bytes(file("verification-answer", form));
    Decoded<VerificationAnswer> decoded = db.decodeVerificationAnswer(golden, form);

    assertThat(decoded.unknownFields()).isEmpty();
    assertThat(decoded.value().exists()).isTrue();
    assertThat(decoded.value().status().success()).isTrue();
    assertSamePayload(form, db.writeVerificationAnswer(decoded, form), golden);
  }

  @ParameterizedTest
  @EnumSource(value = WireForm.class, names = {"SOAP_IN_JSON", "JSON"})
  void failureAnswerInTheJsonForms(WireForm form) {
    byte[] golden = bytes("failure-answer.json");
    Decoded<LookupAnswer> lookup = db.decodeLookupAnswer(golden, form);
    Decoded<VerificationAnswer> verification = db.decodeVerificationAnswer(golden, form);

    AnswerStatus failure = AnswerStatus.failure(ResultCode.of("-1"), "Không tìm thấy thông tin công dân");
    assertThat(lookup.value()).isEqualTo(LookupAnswer.failed(failure));
    assertThat(verification.value()).isEqualTo(new VerificationAnswer(failure, null));
    assertThat(lookup.unknownFields()).isEmpty();
    assertSamePayload(form, db.writeLookupAnswer(lookup, form), golden);
    assertSamePayload(form, db.writeVerificationAnswer(verification, form), golden);
  }

  @Test
  void failureAnswerAsASoapFault() {
    byte[] golden = bytes("failure-answer.soap.xml");
    Decoded<LookupAnswer> lookup = db.decodeLookupAnswer(golden, WireForm.SOAP);

    assertThat(lookup.value()).isEqualTo(LookupAnswer.failed(
        AnswerStatus.failure(ResultCode.of("soap:Server"), "Không tìm thấy thông tin công dân")));
    assertThat(lookup.unknownFields()).isEmpty();
    assertSamePayload(WireForm.SOAP, db.writeLookupAnswer(lookup, WireForm.SOAP), golden);
    assertThat(db.decodeVerificationAnswer(golden, WireForm.SOAP).value().status().success()).isFalse();
  }
}
