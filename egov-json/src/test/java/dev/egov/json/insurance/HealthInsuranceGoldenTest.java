package dev.egov.json.insurance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.egov.json.AnswerStatus;
import dev.egov.json.Decoded;
import dev.egov.json.ResultCode;
import dev.egov.model.id.HealthInsuranceCardCode;
import dev.egov.model.id.PersonalIdNumber;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The goldens of {@code golden/insurance/} read into records built here by hand, and written back exactly (compared
 * as JSON trees); the visit history dropped unless asked for; secrets and personal data never printed.
 */
class HealthInsuranceGoldenTest {

  private static final HealthInsuranceJson DEFAULT = HealthInsuranceJson.get();
  private static final HealthInsuranceJson WITH_VISITS = HealthInsuranceJson.builder().visitHistory(true).build();
  private static final ObjectMapper TREES = new ObjectMapper();

  static byte[] bytes(String file) {
    try (InputStream in = HealthInsuranceGoldenTest.class.getResourceAsStream("/golden/insurance/" + file)) {
      if (in == null) {
        throw new IllegalStateException("No golden file " + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tree(byte[] json) {
    try {
      return TREES.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final String ACCESS = "golden-access-token-not-a-real-one";
  static final String ID = "golden-id-token-not-a-real-one";
  static final String MD5_OF_PASSWORD = "5f4dcc3b5aa765d61d8327deb882cf99";

  static CardCheckTokenAnswer token() {
    return new CardCheckTokenAnswer(AnswerStatus.success(ResultCode.of("200"), null),
        new ApiKey(ACCESS, ID, "Bearer", "benhvien_golden", "2026-12-07T10:30:00Z"));
  }

  static CardCheckAnswer answer() {
    return new CardCheckAnswer(AnswerStatus.success(ResultCode.of("000"), "Thẻ còn giá trị sử dụng"),
        "DN4790123456789", "Nguyễn Văn An", "01/06/1985",
        "Số 12 ngõ 34 phố Trần Thái Tông, Phường Cầu Giấy, Thành phố Hà Nội", "Nam", "01001",
        "Bảo hiểm xã hội Thành phố Hà Nội", "01/01/2026", "31/12/2026", null, "01/01/2027", "0123456789",
        "DN4790123456789", "DN4790123456789", "01/01/2026", "31/12/2026",
        List.of(new Visit("1234567", "01001", "Bệnh viện Đa khoa Sông Hồng", "202611020830", "202611021015",
            "Viêm họng cấp", "1", "1")),
        List.of(new CheckLog("benhvien_golden", "202611020825", "Thẻ còn giá trị sử dụng", "000")));
  }

  @Test
  void tokenRequest_hashesThePassword_readsAndWritesBackExactly() {
    CardCheckTokenRequest request = CardCheckTokenRequest.of("benhvien_golden", "password".toCharArray());
    assertThat(request.passwordMd5()).isEqualTo(MD5_OF_PASSWORD);
    assertThat(DEFAULT.decodeTokenRequest(bytes("token-request.json")).value()).isEqualTo(request);
    assertThat(tree(DEFAULT.writeTokenRequest(request))).isEqualTo(tree(bytes("token-request.json")));
    assertThat(request.toString()).doesNotContain(MD5_OF_PASSWORD).doesNotContain("password=5");
  }

  @Test
  void tokenAnswer_readsAndWritesBackExactly_andNeverPrintsATokens() {
    Decoded<CardCheckTokenAnswer> read = DEFAULT.decodeTokenAnswer(bytes("token-answer.json"));
    assertThat(read.unknownFields()).isEmpty();
    assertThat(read.value()).isEqualTo(token());
    assertThat(read.value().apiKey().expiry()).contains(Instant.parse("2026-12-07T10:30:00Z"));
    assertThat(tree(DEFAULT.writeTokenAnswer(token()))).isEqualTo(tree(bytes("token-answer.json")));
    assertThat(read.toString()).doesNotContain(ACCESS).doesNotContain(ID);
  }

  @Test
  void cardCheckRequests_readAndWriteBackExactly() {
    CardCheckRequest full = CardCheckRequest.of(HealthInsuranceCardCode.parse("DN4790123456789"), "Nguyễn Văn An",
        LocalDate.of(1985, 6, 1), "Trần Thị Bình", PersonalIdNumber.parse("079190012345"));
    CardCheckRequest year = CardCheckRequest.of(HealthInsuranceCardCode.parse("HC4010123456789"), "Lê Minh Châu",
        Year.of(1930), "Trần Thị Bình", PersonalIdNumber.parse("079190012345"));
    assertThat(DEFAULT.decodeCardCheckRequest(bytes("card-check-request.json")).value()).isEqualTo(full);
    assertThat(DEFAULT.decodeCardCheckRequest(bytes("card-check-request.year-only.json")).value()).isEqualTo(year);
    assertThat(tree(DEFAULT.writeCardCheckRequest(full))).isEqualTo(tree(bytes("card-check-request.json")));
    assertThat(tree(DEFAULT.writeCardCheckRequest(year))).isEqualTo(tree(bytes("card-check-request.year-only.json")));
    assertThat(full.toString()).doesNotContain("DN479", "Nguyễn", "1985", "079190012345");
  }

  @Test
  void cardCheckAnswer_withVisitsAskedFor_readsAndWritesBackExactly() {
    Decoded<CardCheckAnswer> read = WITH_VISITS.decodeCardCheckAnswer(bytes("card-check-answer.json"));
    assertThat(read.unknownFields()).isEmpty();
    assertThat(read.value()).isEqualTo(answer());
    assertThat(tree(WITH_VISITS.writeCardCheckAnswer(answer()))).isEqualTo(tree(bytes("card-check-answer.json")));
  }

  @Test
  void cardCheckAnswer_byDefault_dropsTheVisitHistory_keepingItNowhere() {
    Decoded<CardCheckAnswer> read = DEFAULT.decodeCardCheckAnswer(bytes("card-check-answer.json"));
    assertThat(read.value()).isEqualTo(answer().withoutVisits());
    assertThat(read.value().visits()).isNull();
    assertThat(read.unknownFields()).isEmpty();
    byte[] written = DEFAULT.writeCardCheckAnswer(read);
    assertThat(new String(written, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("dsLichSuKCB2018")
        .doesNotContain("Viêm họng");
  }

  @Test
  void cardCheckAnswer_toString_showsNeitherVisitsNorPersonalData() {
    String printed = answer().toString() + answer().visits() + answer().checks();
    assertThat(printed).doesNotContain("Viêm họng", "Sông Hồng", "Nguyễn", "DN479", "01/06/1985", "0123456789",
        "benhvien_golden");
  }

  @Test
  void notFound_isAFailureWithTheCodesMeaning() {
    CardCheckAnswer read = DEFAULT.decodeCardCheckAnswer(bytes("card-check-answer.not-found.json")).value();
    assertThat(read.status().outcome()).isEqualTo(AnswerStatus.Outcome.FAILURE);
    assertThat(read.result()).contains(CardCheckCode.of("050"));
    assertThat(read.result().orElseThrow().meaning()).contains("no card found");
    assertThat(tree(DEFAULT.writeCardCheckAnswer(read)))
        .isEqualTo(tree(bytes("card-check-answer.not-found.json")));
  }

  @Test
  void codes_areAnOpenList_unknownCodesKept() {
    assertThat(CardCheckCode.known()).hasSize(26);
    assertThat(CardCheckCode.of("000").cardUsable()).isTrue();
    assertThat(CardCheckCode.of("004").cardUsable()).isTrue();
    assertThat(CardCheckCode.of("010").cardUsable()).isFalse();
    assertThat(CardCheckCode.of("123").meaning()).contains("the card has been reported reduced");
    CardCheckAnswer read = DEFAULT.decodeCardCheckAnswer("{\"maKetQua\":\"777\"}".getBytes(
        java.nio.charset.StandardCharsets.UTF_8)).value();
    assertThat(read.result().orElseThrow().isKnown()).isFalse();
    assertThat(read.result().orElseThrow().code()).isEqualTo("777");
  }

  @Test
  void checkUrl_carriesTheCredentials_butPrintsRedacted() {
    CardCheckUrl url = CardCheckUrl.of(URI.create("https://egw.example.vn"),
        CardCheckTokenRequest.of("benhvien_golden", "password".toCharArray()), token().apiKey());
    assertThat(url.uri().toString()).isEqualTo("https://egw.example.vn/api/egw/KQNhanLichSuKCB2024?token=" + ACCESS
        + "&id_token=" + ID + "&username=benhvien_golden&password=" + MD5_OF_PASSWORD);
    assertThat(url.toString()).isEqualTo(url.redacted()).isEqualTo("https://egw.example.vn/api/egw/"
        + "KQNhanLichSuKCB2024?token=***&id_token=***&username=***&password=***");
  }
}
