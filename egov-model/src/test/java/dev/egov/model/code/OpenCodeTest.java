package dev.egov.model.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The open code lists: the documented codes and labels of docs/population-database.md and docs/dossiers-and-portal.md, and what open means. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class OpenCodeTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every documented code with the Vietnamese label the docs give it, and the list's {@code of}. */
  static Stream<Arguments> documentedCodes() {
    Function<String, OpenCode> status = DossierStatus::of;
    Function<String, OpenCode> channel = Channel::of;
    Function<String, OpenCode> applicant = ApplicantType::of;
    Function<String, OpenCode> marital = MaritalStatus::of;
    Function<String, OpenCode> blood = BloodGroup::of;
    Function<String, OpenCode> delivery = ResultDelivery::of;
    return Stream.of(
        // docs/dossiers-and-portal.md: TrangThaiHoSo
        arguments(DossierStatus.SUBMITTED, "1", "Mới đăng ký", status),
        arguments(DossierStatus.RECEIVED, "2", "Được tiếp nhận", status),
        arguments(DossierStatus.NOT_RECEIVED, "3", "Không được tiếp nhận", status),
        arguments(DossierStatus.PROCESSING, "4", "Đang xử lý", status),
        arguments(DossierStatus.SUPPLEMENT_REQUESTED, "5", "Yêu cầu bổ sung giấy tờ", status),
        arguments(DossierStatus.FINANCIAL_OBLIGATION, "6", "Yêu cầu thực hiện nghĩa vụ tài chính", status),
        arguments(DossierStatus.WITHDRAWN, "7", "Công dân yêu cầu rút hồ sơ", status),
        arguments(DossierStatus.STOPPED, "8", "Dừng xử lý", status),
        arguments(DossierStatus.FINISHED, "9", "Đã xử lý xong", status),
        arguments(DossierStatus.RESULT_RETURNED, "10", "Đã trả kết quả", status),
        // docs/dossiers-and-portal.md: KenhThucHien
        arguments(Channel.DIRECT, "1", "trực tiếp", channel),
        arguments(Channel.ONLINE, "2", "trực tuyến", channel),
        arguments(Channel.POST, "3", "bưu chính công ích", channel),
        // docs/dossiers-and-portal.md: LoaiDoiTuong
        arguments(ApplicantType.CITIZEN, "1", "công dân", applicant),
        arguments(ApplicantType.ENTERPRISE, "2", "doanh nghiệp", applicant),
        arguments(ApplicantType.STATE_AGENCY, "3", "cơ quan nhà nước", applicant),
        arguments(ApplicantType.OTHER_ORGANISATION, "4", "tổ chức/khác", applicant),
        // docs/population-database.md: TinhTrangHonNhan
        arguments(MaritalStatus.NOT_RECORDED, "0", "chưa có thông tin", marital),
        arguments(MaritalStatus.NEVER_MARRIED, "1", "chưa kết hôn", marital),
        arguments(MaritalStatus.MARRIED, "2", "đang có vợ/chồng", marital),
        arguments(MaritalStatus.DIVORCED_OR_WIDOWED, "3", "đã ly hôn hoặc góa", marital),
        // docs/population-database.md: NhomMau
        arguments(BloodGroup.NOT_RECORDED, "00", "chưa có thông tin", blood),
        arguments(BloodGroup.A, "01", "A", blood),
        arguments(BloodGroup.B, "02", "B", blood),
        arguments(BloodGroup.AB, "03", "AB", blood),
        arguments(BloodGroup.O, "04", "O", blood),
        // docs/dossiers-and-portal.md: HinhThuc
        arguments(ResultDelivery.DIRECT, "0", "trực tiếp", delivery),
        arguments(ResultDelivery.POST, "1", "bưu chính", delivery));
  }

  @ParameterizedTest(name = "{0} = {2}")
  @MethodSource("documentedCodes")
  void constant_documentedCode_hasTheReferenceCodeAndLabel(
      OpenCode constant, String code, String label, Function<String, OpenCode> of) {
    assertThat(constant.code()).isEqualTo(code);
    assertThat(constant.vietnameseLabel()).contains(label);
    assertThat(constant.englishLabel()).isPresent();
    assertThat(constant.isKnown()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentedCodes")
  void of_documentedCode_returnsTheSameInstance(
      OpenCode constant, String code, String label, Function<String, OpenCode> of) {
    assertThat(of.apply(code)).isSameAs(constant);
    assertThat(of.apply(new String(code.toCharArray()))).isSameAs(constant);
  }

  /** docs/dossiers-and-portal.md documents meanings but no Vietnamese wording for these two lists: codes only. */
  @Test
  void constant_idDocumentTypeAndOnlinePayment_haveTheReferenceCodes() {
    assertThat(IdDocumentType.PERSONAL_ID.code()).isEqualTo("1");
    assertThat(IdDocumentType.LEGACY_ID_CARD.code()).isEqualTo("2");
    assertThat(IdDocumentType.of("1")).isSameAs(IdDocumentType.PERSONAL_ID);
    assertThat(IdDocumentType.of("2")).isSameAs(IdDocumentType.LEGACY_ID_CARD);
    assertThat(OnlinePayment.NATIONAL_PLATFORM.code()).isEqualTo("1");
    assertThat(OnlinePayment.OWN_PORTAL.code()).isEqualTo("2");
    assertThat(OnlinePayment.of("1")).isSameAs(OnlinePayment.NATIONAL_PLATFORM);
    assertThat(OnlinePayment.of("2")).isSameAs(OnlinePayment.OWN_PORTAL);
  }

  @Test
  void known_everyDocumentedList_listsItsCodesInOrder() {
    assertThat(DossierStatus.known()).extracting(OpenCode::code)
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    assertThat(Channel.known()).extracting(OpenCode::code).containsExactly("1", "2", "3");
    assertThat(ApplicantType.known()).extracting(OpenCode::code).containsExactly("1", "2", "3", "4");
    assertThat(MaritalStatus.known()).extracting(OpenCode::code).containsExactly("0", "1", "2", "3");
    assertThat(BloodGroup.known()).extracting(OpenCode::code).containsExactly("00", "01", "02", "03", "04");
    assertThat(IdDocumentType.known()).extracting(OpenCode::code).containsExactly("1", "2");
    assertThat(ResultDelivery.known()).extracting(OpenCode::code).containsExactly("0", "1");
    assertThat(OnlinePayment.known()).extracting(OpenCode::code).containsExactly("1", "2");
  }

  /** Repeated unknown codes are shared up to a bound; a bad code is refused every time, never remembered. */
  @Test
  void of_unknownCodeRepeated_isEqualAndShared_andBadCodesStayRefused() {
    Nationality first = Nationality.of("VN");

    assertThat(Nationality.of("VN")).isEqualTo(first).isSameAs(first);
    assertThat(first.isKnown()).isFalse();
    for (int i = 0; i < 1_000; i++) {
      assertThat(Religion.of("R" + i)).isEqualTo(Religion.of("R" + i));   // past the bound: equal, maybe not shared
    }
    assertThatThrownBy(() -> Nationality.of(" VN")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Nationality.of(" VN")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void known_undocumentedLists_areEmpty() {
    assertThat(Nationality.known()).isEmpty();
    assertThat(Religion.known()).isEmpty();
    assertThat(Relation.known()).isEmpty();
    assertThat(FeeType.known()).isEmpty();
    assertThat(FeeCollectionMethod.known()).isEmpty();
    assertThat(NationalDatabase.known()).isEmpty();
    assertThat(SupplementState.known()).isEmpty();
  }

  @Test
  void known_returnedList_isUnmodifiable() {
    List<DossierStatus> known = DossierStatus.known();
    assertThatThrownBy(() -> known.add(DossierStatus.of("11"))).isInstanceOf(UnsupportedOperationException.class);
    assertThat(DossierStatus.known()).hasSize(10);
  }

  @Test
  void of_unknownCode_keepsTheRawCodeWithoutLabels() {
    DossierStatus unknown = DossierStatus.of("11");

    assertThat(unknown.code()).isEqualTo("11");
    assertThat(unknown.isKnown()).isFalse();
    assertThat(unknown.vietnameseLabel()).isEmpty();
    assertThat(unknown.englishLabel()).isEmpty();
    assertThat(unknown).hasToString("11");
    assertThat(DossierStatus.known()).doesNotContain(unknown);
  }

  /** Codes are compared as written: {@code 01} is not {@code 1} in a list where only {@code 1} is documented. */
  @Test
  void of_unknownCode_isEqualToAnotherOfTheSameCodeOnly() {
    assertThat(DossierStatus.of("11")).isEqualTo(DossierStatus.of("11"))
        .hasSameHashCodeAs(DossierStatus.of("11"))
        .isNotEqualTo(DossierStatus.of("12"))
        .isNotEqualTo(DossierStatus.RECEIVED);
    assertThat(DossierStatus.of("01")).isNotEqualTo(DossierStatus.SUBMITTED);
    assertThat(DossierStatus.of("01").isKnown()).isFalse();
    assertThat(Religion.of("Phật giáo")).isEqualTo(Religion.of("Phật giáo"));
  }

  @Test
  void equals_sameTextInAnotherList_isNeverEqual() {
    assertThat((OpenCode) Channel.DIRECT).isNotEqualTo(DossierStatus.SUBMITTED)
        .isNotEqualTo(ApplicantType.CITIZEN)
        .isNotEqualTo(IdDocumentType.PERSONAL_ID)
        .isNotEqualTo(MaritalStatus.NEVER_MARRIED);
    assertThat((OpenCode) ResultDelivery.DIRECT).isNotEqualTo(MaritalStatus.NOT_RECORDED);
    assertThat((OpenCode) Religion.of("1")).isNotEqualTo(Nationality.of("1")).isNotEqualTo(Relation.of("1"));
    assertThat((OpenCode) FeeType.of("1")).isNotEqualTo(FeeCollectionMethod.of("1"));
    assertThat((OpenCode) Channel.of("9")).isNotEqualTo(DossierStatus.of("9"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", " 1", "1 ", "\t2", "2\n", " 10 "})
  void of_emptyOrPaddedCode_isRejected(String code) {
    assertThatThrownBy(() -> DossierStatus.of(code)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Channel.of(code)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Religion.of(code)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Ethnicity.of(code)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_null_isRejected() {
    assertThatThrownBy(() -> DossierStatus.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void toString_knownCode_addsTheEnglishLabel() {
    assertThat(DossierStatus.PROCESSING).hasToString("4 (processing)");
    assertThat(Channel.ONLINE).hasToString("2 (online)");
    assertThat(BloodGroup.AB).hasToString("03 (AB)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentedCodes")
  void json_documentedCode_roundTripsAsAString(
      OpenCode constant, String code, String label, Function<String, OpenCode> of) throws Exception {
    String json = JSON.writeValueAsString(constant);

    assertThat(json).isEqualTo('"' + code + '"');
    assertThat(JSON.readValue(json, constant.getClass())).isSameAs(constant);
  }

  record Synced(DossierStatus status, Channel channel, BloodGroup bloodGroup, Religion religion) {}

  @Test
  void json_unknownCodesInARecord_roundTripUnchanged() throws Exception {
    Synced synced = new Synced(DossierStatus.of("11"), Channel.ONLINE, BloodGroup.of("05"), Religion.of("Cao Đài"));

    String json = JSON.writeValueAsString(synced);
    Synced read = JSON.readValue(json, Synced.class);

    assertThat(json).isEqualTo(
        "{\"status\":\"11\",\"channel\":\"2\",\"bloodGroup\":\"05\",\"religion\":\"Cao Đài\"}");
    assertThat(read).isEqualTo(synced);
    assertThat(read.status().isKnown()).isFalse();
    assertThat(read.channel()).isSameAs(Channel.ONLINE);
    assertThat(JSON.writeValueAsString(read)).isEqualTo(json);
  }

  @Test
  void json_paddedCode_isRejected() {
    assertThatThrownBy(() -> JSON.readValue("\" 4\"", DossierStatus.class)).isInstanceOf(DatabindException.class)
        .hasRootCauseInstanceOf(IllegalArgumentException.class);
  }
}
