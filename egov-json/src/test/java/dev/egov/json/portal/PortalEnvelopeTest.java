package dev.egov.json.portal;

import static dev.egov.json.portal.PortalGoldens.AGENCY;
import static dev.egov.json.portal.PortalGoldens.ONLINE_CODE;
import static dev.egov.json.portal.PortalGoldens.bytes;
import static dev.egov.json.portal.PortalGoldens.tree;
import static dev.egov.json.portal.PortalGoldens.utf8;
import static dev.egov.json.portal.PortalGoldens.vn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.egov.json.AnswerStatus.Outcome;
import dev.egov.json.AnswerStatus;
import dev.egov.json.Decoded;
import dev.egov.json.ResultCode;
import dev.egov.model.code.DossierStatus;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.dossier.ProcessingStep;
import dev.egov.model.id.AgencyCode;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The envelope and its secret, the answers and their configurable codes, and progress batching. */
class PortalEnvelopeTest {

  private static final String SECRET = "eyJhbGciOiJIUzI1NiJ9.c2Vzc2lvbg.s3cr3t";

  private final PortalJson portal = PortalJson.get();

  // ---- the session is a secret ----

  @Test
  void request_toString_neverPrintsTheSession() {
    PortalRequest<Dossier> request = PortalRequest.dossierSync(SECRET, AGENCY, false,
        List.of(PortalGoldens.onlineDossier()));

    assertThat(request.toString()).doesNotContain(SECRET).contains("session=***").contains("DongBoHoSoMC")
        .contains("000.00.06.H56").contains("1 item");
    assertThat(request.withSession("other").toString()).doesNotContain("other");
    assertThat(PortalRequest.progress(SECRET, AGENCY, PortalGoldens.progressSteps()).toString())
        .doesNotContain(SECRET).contains("3 items");
  }

  @Test
  void decodedRequest_toString_neverPrintsTheSessionNorTheApplicantsNumber() {
    byte[] json = portal.writeDossierRequest(PortalRequest.dossierSync(SECRET, AGENCY, false,
        List.of(PortalGoldens.onlineDossier())));

    Decoded<PortalRequest<Dossier>> read = portal.decodeDossierRequest(json);

    assertThat(new String(json, StandardCharsets.UTF_8)).contains(SECRET);   // it travels in the body
    assertThat(read.value().session()).isEqualTo(SECRET);
    assertThat(read.toString()).doesNotContain(SECRET).doesNotContain("079303001234");
  }

  @Test
  void answer_toString_neverPrintsTheSessionNorThePayload() {
    PortalLogin login = new PortalLogin(AnswerStatus.success(ResultCode.ofNumber(0), null), SECRET);
    PortalAnswer withResult = portal.answer("0", "Thành công").withResult("{\"SoDinhDanh\":\"079303001234\"}");

    assertThat(login.toString()).doesNotContain(SECRET).contains("session=***");
    assertThat(withResult.toString()).doesNotContain("079303001234").contains("Thành công");
    assertThat(portal.decodeLoginAnswer(portal.writeLoginAnswer(login)).toString()).doesNotContain(SECRET);
    assertThat(portal.decodeLoginAnswer(portal.writeLoginAnswer(login)).value().session()).isEqualTo(SECRET);
  }

  @Test
  void request_refusesBlankSessionOrService() {
    assertThatThrownBy(() -> PortalRequest.progress(" ", AGENCY, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PortalRequest<>(SECRET, AGENCY, "", null, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- answers: success codes are configuration, "already exists" is its own outcome ----

  @ParameterizedTest(name = "{0} {1}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      0   | true  | Thành công                            | SUCCESS
      0   | false | Thành công                            | SUCCESS
      00  | false | Thành công                            | SUCCESS
      -1  | true  | Lỗi                                   | FAILURE
      1   | false | Lỗi                                   | FAILURE
      3   | false | Mã hồ sơ đã tồn tại                   | ALREADY_EXISTS
      -3  | true  | Hồ sơ ĐÃ TỒN TẠI trên hệ thống        | ALREADY_EXISTS
      -3  | false | Sai định dạng                         | FAILURE
      0   | false | Hồ sơ đã tồn tại, cập nhật thành công | SUCCESS
      """)
  void outcome_withTheDefaultCodes(String code, boolean numeric, String message, Outcome expected) {
    assertThat(portal.classify(new ResultCode(code, numeric), message).outcome()).isEqualTo(expected);
  }

  @Test
  void alreadyExists_isRecognisedInDecomposedUnicodeToo() {
    String decomposed = Normalizer.normalize("Hồ sơ đã tồn tại", Normalizer.Form.NFD);

    assertThat(decomposed).isNotEqualTo("Hồ sơ đã tồn tại");
    assertThat(portal.answer("-3", decomposed).status().outcome()).isEqualTo(Outcome.ALREADY_EXISTS);
    assertThat(portal.answer("-3", null).status().outcome()).isEqualTo(Outcome.FAILURE);
  }

  /**
   * A message past egov's text limits (a stack trace, a page of combining marks) is not normalised, whose cost grows
   * with the square of a run of marks, and still classified: the answer is never refused for its message.
   */
  @Test
  @Timeout(10)
  void alreadyExists_messageBeyondTheTextLimits_isClassifiedWithoutNormalising() {
    String marks = "a" + "\u0301\u0316".repeat(1 << 20);

    assertThat(portal.answer("-3", marks + " Hồ sơ đã tồn tại").status().outcome()).isEqualTo(Outcome.ALREADY_EXISTS);
    assertThat(portal.answer("-3", marks).status().outcome()).isEqualTo(Outcome.FAILURE);
    assertThat(portal.answer("0", "x".repeat(2_000_000)).status().outcome()).isEqualTo(Outcome.SUCCESS);
    assertThat(portal.answer("3", "Hồ sơ đã tồn tại" + "\u0301".repeat(40)).status().outcome())
        .isEqualTo(Outcome.ALREADY_EXISTS);
  }

  @Test
  void successCodes_areConfiguredPerGateway() {
    PortalJson strict = PortalJson.builder().successCodes("00").build();
    PortalJson other = PortalJson.builder().successCodes(List.of("1", "200")).alreadyExistsCodes().build();

    assertThat(strict.answer("00", "ok").status().outcome()).isEqualTo(Outcome.SUCCESS);
    assertThat(strict.answer("0", "ok").status().outcome()).isEqualTo(Outcome.FAILURE);
    assertThat(other.answer("200", "ok").status().outcome()).isEqualTo(Outcome.SUCCESS);
    assertThat(other.answer("-3", "đã tồn tại").status().outcome()).isEqualTo(Outcome.FAILURE);
    assertThat(other.successCodes()).containsExactlyInAnyOrder("1", "200");
    assertThat(portal.successCodes()).containsExactlyInAnyOrder("0", "00");
    assertThat(portal.alreadyExistsCodes()).containsExactlyInAnyOrder("3", "-3");
    assertThat(strict.toString()).contains("[00]");
  }

  @Test
  void successCodes_mustBeUsable() {
    assertThatThrownBy(() -> PortalJson.builder().successCodes()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PortalJson.builder().successCodes(" 0")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PortalJson.builder().alreadyExistsCodes("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PortalJson.builder().maxStepsPerCall(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ResultCode("0.5", true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void alreadyExists_isRetriedAsAnUpdate() {
    PortalRequest<Dossier> create = portal.decodeDossierRequest(bytes("dong-bo-ho-so-mc-online.json")).value();

    Outcome outcome = portal.decodeAnswer(bytes("answer-already-exists.json")).value().status().outcome();
    PortalRequest<Dossier> retry = outcome == Outcome.ALREADY_EXISTS ? create.withUpdating(true) : create;

    assertThat(tree(portal.writeDossierRequest(retry)).get("isUpdating").textValue()).isEqualTo("True");
    assertThat(retry.data()).isEqualTo(create.data());
  }

  // ---- progress updates are batched explicitly ----

  private static List<DossierStep> steps(int count) {
    List<DossierStep> steps = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      steps.add(new DossierStep(ONLINE_CODE, new ProcessingStep("Cán bộ " + i, null, vn(2026, 11, 16, 9, i), null,
          "Bước " + i, DossierStatus.PROCESSING, null, null)));
    }
    return steps;
  }

  @Test
  void progressRequests_splitIntoCallsOfAtMostTen_inOrder() {
    List<DossierStep> all = steps(23);

    List<PortalRequest<DossierStep>> calls = portal.progressRequests(SECRET, AGENCY, all);

    assertThat(calls).extracting(c -> c.data().size()).containsExactly(10, 10, 3);
    assertThat(calls).allSatisfy(c -> {
      assertThat(c.service()).isEqualTo(PortalRequest.PROGRESS_UPDATE);
      assertThat(c.updating()).isNull();
      assertThat(tree(portal.writeProgressRequest(c)).has("isUpdating")).isFalse();
    });
    List<DossierStep> back = new ArrayList<>();
    for (PortalRequest<DossierStep> call : calls) {
      back.addAll(portal.decodeProgressRequest(portal.writeProgressRequest(call)).value().data());
    }
    assertThat(back).isEqualTo(all);
    assertThat(portal.progressRequests(SECRET, AGENCY, List.of())).isEmpty();
  }

  @Test
  void progressBatchSize_isConfigurable_andAnOversizedCallIsRefusedNotTruncated() {
    PortalJson fives = PortalJson.builder().maxStepsPerCall(5).build();
    PortalRequest<DossierStep> eleven = PortalRequest.progress(SECRET, AGENCY, steps(11));

    assertThat(fives.progressRequests(SECRET, AGENCY, steps(11))).extracting(c -> c.data().size())
        .containsExactly(5, 5, 1);
    assertThatThrownBy(() -> portal.writeProgressRequest(eleven))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 10").hasMessageContaining("11").hasMessageNotContaining(SECRET);
    assertThat(portal.decodeProgressRequest(PortalJson.builder().maxStepsPerCall(20).build()
        .writeProgressRequest(eleven)).value().data()).hasSize(11);   // a reader never refuses a big call
    assertThatThrownBy(() -> portal.writeProgressRequest(
        new Decoded<>(eleven, List.of()))).isInstanceOf(IllegalArgumentException.class);
  }

  // ---- the receiving agency travels in the envelope ----

  @Test
  void writer_refusesADossierReceivedByAnotherAgency() {
    Dossier elsewhere = PortalGoldens.directDossier().toBuilder()
        .submission(PortalGoldens.directDossier().submission().withReceivingAgency(AgencyCode.parse("000.00.07.H56")))
        .build();

    assertThatThrownBy(() -> portal.writeDossierRequest(
        PortalRequest.dossierSync(SECRET, AGENCY, false, List.of(elsewhere))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("000.00.07.H56").hasMessageContaining("one request per agency")
        .hasMessageNotContaining(SECRET);
    assertThat(portal.writeDossierRequest(PortalRequest.dossierSync(SECRET, AgencyCode.parse("000.00.07.H56"), false,
        List.of(elsewhere)))).isNotEmpty();
  }

  @Test
  void dossierWithoutAgency_readsBackWithTheEnvelopesAgency_whenItIsNotTheCodes() {
    AgencyCode province = AgencyCode.parse("000.00.00.H56");
    Dossier direct = PortalGoldens.directDossier();

    Dossier back = portal.decodeDossierRequest(portal.writeDossierRequest(
        PortalRequest.dossierSync(SECRET, province, false, List.of(direct)))).value().data().get(0);

    assertThat(back.submission().receivingAgency()).isEqualTo(province);
    assertThat(back.toBuilder().submission(back.submission().withReceivingAgency(null)).build()).isEqualTo(direct);
    assertThat(portal.decodeDossier(portal.writeDossier(back)).value().submission().receivingAgency()).isNull();
  }

  @Test
  void unknownFieldThatIsNotJson_isRefusedByTheWriter() {
    Decoded<PortalAnswer> forged = new Decoded<>(portal.answer("0", null),
        List.of(new dev.egov.json.UnknownField("/x", "{not json")));

    assertThatThrownBy(() -> portal.writeAnswer(forged)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/x");
    assertThatThrownBy(() -> portal.writeAnswer(portal.answer("0", null).withResult("{")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void get_isShared() {
    assertThat(PortalJson.get()).isSameAs(portal);
    assertThat(portal.maxStepsPerCall()).isEqualTo(10);
    assertThat(tree(portal.writeAnswer(portal.decodeAnswer(utf8("{\"error_code\":0}")).value())))
        .isEqualTo(tree(utf8("{\"error_code\":0}")));
  }
}
