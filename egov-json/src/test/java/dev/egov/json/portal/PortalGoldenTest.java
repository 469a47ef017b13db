package dev.egov.json.portal;

import static dev.egov.json.portal.PortalGoldens.AGENCY;
import static dev.egov.json.portal.PortalGoldens.SESSION;
import static dev.egov.json.portal.PortalGoldens.bytes;
import static dev.egov.json.portal.PortalGoldens.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.json.AnswerStatus.Outcome;
import dev.egov.json.Decoded;
import dev.egov.json.ResultCode;
import dev.egov.model.dossier.Dossier;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every golden payload reads into the records built by hand, and those records write back to the same JSON. */
class PortalGoldenTest {

  private final PortalJson portal = PortalJson.get();

  @Test
  void onlineDossierRequest_readsIntoTheExpectedRecords() {
    Decoded<PortalRequest<Dossier>> read = portal.decodeDossierRequest(bytes("dong-bo-ho-so-mc-online.json"));

    assertThat(read.unknownFields()).isEmpty();
    assertThat(read.value()).isEqualTo(
        PortalRequest.dossierSync(SESSION, AGENCY, false, List.of(PortalGoldens.onlineDossier())));
  }

  @Test
  void onlineDossierRequest_writesBackExactly() {
    byte[] written = portal.writeDossierRequest(
        PortalRequest.dossierSync(SESSION, AGENCY, false, List.of(PortalGoldens.onlineDossier())));

    assertThat(tree(written)).isEqualTo(tree(bytes("dong-bo-ho-so-mc-online.json")));
  }

  @Test
  void onlineDossier_instantsAreVietnameseLocalTime() {
    Dossier dossier = portal.decodeDossierRequest(bytes("dong-bo-ho-so-mc-online.json")).value().data().get(0);

    assertThat(dossier.timeline().receivedAt()).isEqualTo(Instant.parse("2026-11-16T02:00:00Z"));   // "20261116090000"
    assertThat(dossier.timeline().refusedAt()).isNull();                                            // ""
    assertThat(dossier.documents().hasElectronicResult()).isTrue();
    assertThat(dossier.effectiveReceivingAgency()).isEqualTo(AGENCY);
  }

  @Test
  void directDossierRequest_readsIntoTheExpectedRecords() {
    Decoded<PortalRequest<Dossier>> read = portal.decodeDossierRequest(bytes("dong-bo-ho-so-mc-direct.json"));

    assertThat(read.unknownFields()).isEmpty();
    assertThat(read.value()).isEqualTo(
        PortalRequest.dossierSync(SESSION, AGENCY, true, List.of(PortalGoldens.directDossier())));
  }

  @Test
  void directDossierRequest_writesBackExactly() {
    byte[] written = portal.writeDossierRequest(
        PortalRequest.dossierSync(SESSION, AGENCY, true, List.of(PortalGoldens.directDossier())));

    assertThat(tree(written)).isEqualTo(tree(bytes("dong-bo-ho-so-mc-direct.json")));
  }

  @Test
  void progressRequest_readsIntoTheExpectedSteps() {
    Decoded<PortalRequest<DossierStep>> read = portal.decodeProgressRequest(bytes("cap-nhat-tien-do-ho-so-mc.json"));

    assertThat(read.unknownFields()).isEmpty();
    assertThat(read.value()).isEqualTo(PortalRequest.progress(SESSION, AGENCY, PortalGoldens.progressSteps()));
  }

  @Test
  void progressRequest_writesBackExactly() {
    byte[] written = portal.writeProgressRequest(PortalRequest.progress(SESSION, AGENCY, PortalGoldens.progressSteps()));

    assertThat(tree(written)).isEqualTo(tree(bytes("cap-nhat-tien-do-ho-so-mc.json")));
  }

  @Test
  void singleDossier_withoutEnvelope_readsAndWritesTheSameObject() {
    byte[] object = PortalGoldens.utf8(tree(bytes("dong-bo-ho-so-mc-online.json")).get("data").get(0).toString());

    Decoded<Dossier> read = portal.decodeDossier(object);

    assertThat(read.value()).isEqualTo(PortalGoldens.onlineDossier());
    assertThat(tree(portal.writeDossier(read.value()))).isEqualTo(tree(object));
  }

  static Stream<Arguments> answers() {
    return Stream.of(
        Arguments.of("answer-success.json", PortalJson.get().answer("0", "Thành công"), Outcome.SUCCESS),
        Arguments.of("answer-success-numeric.json",
            PortalAnswer.of(PortalJson.get().classify(ResultCode.ofNumber(0), "Đồng bộ thành công")), Outcome.SUCCESS),
        Arguments.of("answer-success-00.json",
            PortalJson.get().answer("00", "Thành công").withResult("{\"MaHoSo\":\"000.00.06.H56-261116-0007\"}"),
            Outcome.SUCCESS),
        Arguments.of("answer-failure.json", PortalJson.get().answer("-1", "Sai định dạng trường NgayTiepNhan"),
            Outcome.FAILURE),
        Arguments.of("answer-already-exists.json",
            PortalJson.get().answer("-3", "Hồ sơ 000.00.06.H56-261116-0007 đã tồn tại trên hệ thống"),
            Outcome.ALREADY_EXISTS),
        Arguments.of("answer-already-exists-3.json", PortalJson.get().answer("3", "Mã hồ sơ đã tồn tại"),
            Outcome.ALREADY_EXISTS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void answer_readsIntoTheExpectedRecord_withItsOutcome(String file, PortalAnswer expected, Outcome outcome) {
    Decoded<PortalAnswer> read = portal.decodeAnswer(bytes(file));

    assertThat(read.unknownFields()).isEmpty();
    assertThat(read.value()).isEqualTo(expected);
    assertThat(read.value().status().outcome()).isEqualTo(outcome);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void answer_writesBackExactly(String file, PortalAnswer expected, Outcome outcome) {
    assertThat(tree(portal.writeAnswer(expected))).isEqualTo(tree(bytes(file)));
  }
}
