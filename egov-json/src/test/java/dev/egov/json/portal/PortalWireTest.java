package dev.egov.json.portal;

import static dev.egov.json.portal.PortalGoldens.bytes;
import static dev.egov.json.portal.PortalGoldens.tree;
import static dev.egov.json.portal.PortalGoldens.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.egov.json.Decoded;
import dev.egov.json.UnknownField;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.dossier.SubmittedDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The portal on the wire kernel: goldens written back byte for byte, and the variants real systems send. */
class PortalWireTest {

  private static final ObjectMapper COMPACT = new ObjectMapper();
  private final PortalJson portal = PortalJson.get();

  /** The golden's own bytes, without the white space between tokens: field order and every value's form kept. */
  private static String compact(byte[] golden) throws Exception {
    return COMPACT.writeValueAsString(COMPACT.readTree(golden));
  }

  static Stream<Arguments> goldens() {
    PortalJson p = PortalJson.get();
    Function<byte[], byte[]> dossiers = b -> p.writeDossierRequest(p.decodeDossierRequest(b));
    Function<byte[], byte[]> answers = b -> p.writeAnswer(p.decodeAnswer(b));
    return Stream.of(
        Arguments.of("dong-bo-ho-so-mc-online.json", dossiers),
        Arguments.of("dong-bo-ho-so-mc-direct.json", dossiers),
        Arguments.of("cap-nhat-tien-do-ho-so-mc.json",
            (Function<byte[], byte[]>) b -> p.writeProgressRequest(p.decodeProgressRequest(b))),
        Arguments.of("answer-success.json", answers),
        Arguments.of("answer-success-numeric.json", answers),
        Arguments.of("answer-success-00.json", answers),
        Arguments.of("answer-failure.json", answers),
        Arguments.of("answer-already-exists.json", answers),
        Arguments.of("answer-already-exists-3.json", answers));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void everyGolden_readAndWrittenBack_isTheSameBytes(String file, Function<byte[], byte[]> roundTrip)
      throws Exception {
    assertThat(new String(roundTrip.apply(bytes(file)), StandardCharsets.UTF_8)).isEqualTo(compact(bytes(file)));
  }

  // ---- bodies without the envelope (newer provincial systems post to "add", "update" and "progress" addresses) ----

  @Test
  void dossierSyncBody_asABareList_readsTheSameDossiers_andWritesBackTheSameBytes() throws Exception {
    JsonNode envelope = tree(bytes("dong-bo-ho-so-mc-online.json"));
    byte[] bare = COMPACT.writeValueAsBytes(envelope.get("data"));

    Decoded<List<Dossier>> read = portal.decodeDossiers(bare);

    assertThat(read.value()).containsExactly(PortalGoldens.onlineDossier().toBuilder()
        .submission(PortalGoldens.onlineDossier().submission().withReceivingAgency(null)).build());
    assertThat(new String(portal.writeDossiers(read), StandardCharsets.UTF_8)).isEqualTo(compact(bare));
    assertThat(portal.decodeDossiers(COMPACT.writeValueAsBytes(envelope.get("data").get(0))).value())
        .isEqualTo(read.value());
  }

  @Test
  void progressBody_asABareList_orOneStepAlone_isRead() throws Exception {
    JsonNode envelope = tree(bytes("cap-nhat-tien-do-ho-so-mc.json"));
    byte[] bare = COMPACT.writeValueAsBytes(envelope.get("data"));
    byte[] one = COMPACT.writeValueAsBytes(envelope.get("data").get(2));

    Decoded<List<DossierStep>> steps = portal.decodeSteps(bare);
    Decoded<List<DossierStep>> alone = portal.decodeSteps(one);

    assertThat(steps.value()).isEqualTo(portal.decodeProgressRequest(bytes("cap-nhat-tien-do-ho-so-mc.json"))
        .value().data());
    assertThat(alone.value()).containsExactly(steps.value().get(2));
    assertThat(new String(portal.writeSteps(steps), StandardCharsets.UTF_8)).isEqualTo(compact(bare));
    assertThatThrownBy(() -> portal.writeSteps(java.util.Collections.nCopies(11, steps.value().get(0))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 10");
  }

  @Test
  void unknownFieldsOfABareList_carryTheirIndex_andAreWrittenBack() {
    String bare = """
        [{"MaHoSo": "000.00.06.H56-261116-0012", "ThoiDiemXuLy": "20261116090000", "TrangThai": "4",
          "BuocXuLyId": "B-17"}]""";

    Decoded<List<DossierStep>> read = portal.decodeSteps(utf8(bare));

    assertThat(read.unknownFields()).containsExactly(new UnknownField("/0/BuocXuLyId", "\"B-17\""));
    assertThat(tree(portal.writeSteps(read)).get(0).get("BuocXuLyId").textValue()).isEqualTo("B-17");
  }

  // ---- booleans as real systems write them ----

  @Test
  void flags_readInEveryForm_realSystemsWrite() throws Exception {
    ObjectNode dossier = (ObjectNode) tree(bytes("dong-bo-ho-so-mc-online.json")).get("data").get(0);
    dossier.put("HoSoCoThanhPhanSoHoa", "True");
    dossier.put("TaiKhoanDuocXacThucVoiVNeID", "0");
    ArrayNode documents = (ArrayNode) dossier.get("TaiLieuNop");
    ObjectNode document = (ObjectNode) documents.get(0);
    document.put("IsDeleted", "False");
    document.put("DuocSoHoa", "1");
    document.put("DuocTaiSuDung", true);
    document.put("DuocLayTuKhoDMQG", 0);

    Dossier read = portal.decodeDossier(COMPACT.writeValueAsBytes(dossier)).value();
    SubmittedDocument first = read.documents().submitted().get(0);

    assertThat(read.flags().hasDigitisedComponents()).isTrue();
    assertThat(read.flags().vneidVerified()).isFalse();
    assertThat(first.deleted()).isFalse();
    assertThat(first.digitised()).isTrue();
    assertThat(first.reused()).isTrue();
    assertThat(first.fromDataRepository()).isFalse();
    ObjectNode written = (ObjectNode) tree(portal.writeDossier(read));
    assertThat(written.get("HoSoCoThanhPhanSoHoa").textValue()).isEqualTo("1");
    assertThat(written.get("TaiLieuNop").get(0).get("IsDeleted").textValue()).isEqualTo("0");
  }

  @Test
  void aNumberWhoseScaleIsOutOfRange_anywhere_isAnInvalidValue_notANumberFormatException() {
    for (byte[] payload : List.of(utf8("{\"error_code\": \"0\", \"x\": 1e-2147483648}"),
        utf8("{\"error_code\": \"0\", \"result\": [1e-2147483648]}"))) {
      Throwable e = org.assertj.core.api.Assertions.catchThrowable(() -> portal.decodeAnswer(payload));

      assertThat(e).isInstanceOf(dev.egov.json.JsonDecodingException.class);
      assertThat(((dev.egov.json.JsonDecodingException) e).reason())
          .isEqualTo(dev.egov.json.JsonDecodingException.Reason.INVALID_VALUE);
      assertThat(e.getMessage()).doesNotContain("2147483648");
    }
  }

  @Test
  void portalView_derivesFromTheTable_andIsWhatAWriteThenAReadGives() {
    Dossier online = PortalGoldens.onlineDossier();

    assertThat(PortalJson.portalView(online)).isEqualTo(portal.decodeDossierRequest(portal.writeDossierRequest(
        PortalRequest.dossierSync("s", online.effectiveReceivingAgency(), false, List.of(online)))).value().data()
        .get(0));
  }
}
