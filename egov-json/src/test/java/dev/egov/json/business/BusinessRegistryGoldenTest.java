package dev.egov.json.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.egov.json.AnswerStatus;
import dev.egov.json.Decoded;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.json.ResultCode;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.id.BranchTaxCode;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.TaxCode;
import dev.egov.model.organisation.Organisation;
import dev.egov.model.organisation.OrganisationKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The goldens of {@code golden/business/} read into records built here by hand, and written back exactly (compared
 * as JSON trees).
 */
class BusinessRegistryGoldenTest {

  private static final BusinessRegistryJson REGISTRY = BusinessRegistryJson.get();
  private static final ObjectMapper TREES = new ObjectMapper();

  static byte[] bytes(String file) {
    try (InputStream in = BusinessRegistryGoldenTest.class.getResourceAsStream("/golden/business/" + file)) {
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

  static RegistryAnswer found() {
    RegistryEnterprise main = new RegistryEnterprise(987654L, "0102030405", TaxCode.parse("0102030405"),
        "CÔNG TY TNHH KỸ THUẬT SÔNG HỒNG", "SONG HONG ENGINEERING COMPANY LIMITED", "SONG HONG ENGINEERING CO., LTD",
        new EnterpriseStatus("1", "Đang hoạt động"), "2", "Công ty trách nhiệm hữu hạn hai thành viên trở lên",
        "2015-03-12T00:00:00", "2024-09-30T00:00:00", new BigDecimal("5000000000"), 3);
    HeadOffice office = new HeadOffice(1, 5, 166, "Thành phố Hà Nội", "Quận Cầu Giấy", "Phường Dịch Vọng",
        "Số 12 ngõ 34 phố Trần Thái Tông",
        "Số 12 ngõ 34 phố Trần Thái Tông, Phường Dịch Vọng, Quận Cầu Giấy, Thành phố Hà Nội");
    List<Representative> reps = List.of(
        new Representative("NGUYỄN VĂN AN", "1", "001085001234", "Căn cước công dân", "2021-04-20T00:00:00",
            "Cục Cảnh sát quản lý hành chính về trật tự xã hội", "2045-06-01T00:00:00", "1985-06-01T00:00:00",
            "Việt Nam"),
        new Representative("TRẦN THỊ BÌNH", "2", "079190012345", "Căn cước công dân", null, null, null,
            "1990-01-15T00:00:00", "Việt Nam"));
    return new RegistryAnswer(RegistryAnswer.Shape.ENVELOPE,
        new AnswerStatus(AnswerStatus.Outcome.SUCCESS, ResultCode.ofNumber(1), "Thành công", null), 1, 1, main,
        office, reps, false);
  }

  static RegistryAnswer branch() {
    RegistryEnterprise main = new RegistryEnterprise(1234567L, "0312345673-001",
        BranchTaxCode.parse("0312345673-001"),
        "CHI NHÁNH CÔNG TY CỔ PHẦN THỰC PHẨM BẾN NGHÉ TẠI THÀNH PHỐ CẦN THƠ", null, null,
        new EnterpriseStatus("1", "Đang hoạt động"), null, null, null, null, BigDecimal.ZERO, null);
    HeadOffice office = new HeadOffice(null, null, null, "Thành phố Cần Thơ", null, "Phường Ninh Kiều",
        "Số 8 đường Hòa Bình", "Số 8 đường Hòa Bình, Phường Ninh Kiều, Thành phố Cần Thơ");
    Representative rep = new Representative("LÊ MINH CHÂU", "1", "079301000777", "Căn cước", null, null, null, null,
        null);
    return new RegistryAnswer(RegistryAnswer.Shape.DATA,
        new AnswerStatus(AnswerStatus.Outcome.SUCCESS, ResultCode.ofNumber(1), null, null), null, 1, main, office,
        List.of(rep), true);
  }

  static RegistryAnswer notFound() {
    return new RegistryAnswer(RegistryAnswer.Shape.ENVELOPE,
        new AnswerStatus(AnswerStatus.Outcome.SUCCESS, ResultCode.ofNumber(0), "Không tìm thấy doanh nghiệp", null),
        0, 0, null, null, List.of(), false);
  }

  static ProvincialRegistryAnswer provincial() {
    return new ProvincialRegistryAnswer(AnswerStatus.success(ResultCode.ofNumber(200), "Thành công"), "SUCCESS",
        false, new ProvincialEnterprise("CÔNG TY TNHH KỸ THUẬT SÔNG HỒNG", TaxCode.parse("0102030405"),
            "Đang hoạt động",
            "Số 12 ngõ 34 phố Trần Thái Tông, Phường Dịch Vọng, Quận Cầu Giấy, Thành phố Hà Nội"));
  }

  @Test
  void envelopeAnswer_readsIntoTheExpectedRecord_andWritesBackExactly() {
    Decoded<RegistryAnswer> read = REGISTRY.decodeAnswer(bytes("chi-tiet-doanh-nghiep.answer.json"));
    assertThat(read.unknownFields()).isEmpty();
    assertThat(read.value()).isEqualTo(found());
    assertThat(tree(REGISTRY.writeAnswer(found()))).isEqualTo(tree(bytes("chi-tiet-doanh-nghiep.answer.json")));
  }

  @Test
  void innerShapeWithOneRepresentativeAlone_readsAndWritesBackInTheSameShape() {
    byte[] golden = bytes("chi-tiet-doanh-nghiep.branch-single-representative.json");
    Decoded<RegistryAnswer> read = REGISTRY.decodeAnswer(golden);
    assertThat(read.unknownFields()).isEmpty();
    assertThat(read.value()).isEqualTo(branch());
    assertThat(tree(REGISTRY.writeAnswer(branch()))).isEqualTo(tree(golden));
  }

  @Test
  void notFound_isAnAnswerWithoutEnterprise_notAnError() {
    byte[] golden = bytes("chi-tiet-doanh-nghiep.not-found.json");
    RegistryAnswer read = REGISTRY.decodeAnswer(golden).value();
    assertThat(read).isEqualTo(notFound());
    assertThat(read.found()).isFalse();
    assertThat(read.organisation()).isEmpty();
    assertThat(tree(REGISTRY.writeAnswer(notFound()))).isEqualTo(tree(golden));
  }

  @Test
  void notFound_readsFromMainInformationNullOrDataNull() {
    for (String body : List.of("{\"data\":{\"Status\":0,\"Data\":{\"MainInformation\":null}}}",
        "{\"data\":{\"Status\":0,\"Data\":null}}", "{\"Data\":{\"MainInformation\":null,\"Representatives\":[]}}")) {
      RegistryAnswer read = REGISTRY.decodeAnswer(body.getBytes(StandardCharsets.UTF_8)).value();
      assertThat(read.found()).as(body).isFalse();
      assertThat(read.status().outcome()).isEqualTo(AnswerStatus.Outcome.SUCCESS);
    }
  }

  @Test
  void provincialAnswer_readsIntoTheExpectedRecord_andWritesBackExactly() {
    byte[] golden = bytes("tra-cuu-thong-tin-doanh-nghiep.answer.json");
    Decoded<ProvincialRegistryAnswer> read = REGISTRY.decodeProvincialAnswer(golden);
    assertThat(read.unknownFields()).isEmpty();
    assertThat(read.value()).isEqualTo(provincial());
    assertThat(tree(REGISTRY.writeProvincialAnswer(provincial()))).isEqualTo(tree(golden));
  }

  @Test
  void provincialAnswer_thatThrew_isAFailure() {
    byte[] body = ("{\"StatusCode\":200,\"Status\":\"ERROR\",\"ThrowException\":true,\"Description\":\"Lỗi\"}")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(REGISTRY.decodeProvincialAnswer(body).value().status().outcome())
        .isEqualTo(AnswerStatus.Outcome.FAILURE);
  }

  @Test
  void enterprise_mapsToAnOrganisation_withItsHeadOfficeAndFirstRepresentative() {
    Organisation o = found().organisation().orElseThrow();
    assertThat(o.kind()).isEqualTo(OrganisationKind.ENTERPRISE);
    assertThat(o.taxIdentifier()).isEqualTo(TaxCode.parse("0102030405"));
    assertThat(o.foreignName()).isEqualTo("SONG HONG ENGINEERING COMPANY LIMITED");
    assertThat(o.address().era()).isEqualTo(AdministrativeEra.LEGACY_2004);
    assertThat(o.address().districtName()).isEqualTo("Quận Cầu Giấy");
    assertThat(o.address().detail()).isEqualTo("Số 12 ngõ 34 phố Trần Thái Tông");
    assertThat(o.legalRepresentative().name().fullName()).isEqualTo("NGUYỄN VĂN AN");
    assertThat(o.legalRepresentative().personalId()).isEqualTo(PersonalIdNumber.parse("001085001234"));
  }

  @Test
  void branchLookedUpByItsThirteenCharacterCode_mapsToADependentUnitCarryingItsParentsCode() {
    Organisation o = branch().organisation().orElseThrow();
    assertThat(o.kind()).isEqualTo(OrganisationKind.DEPENDENT_UNIT);
    assertThat(((BranchTaxCode) o.taxIdentifier()).parent()).isEqualTo(TaxCode.parse("0312345673"));
    assertThat(o.address().era()).isEqualTo(AdministrativeEra.REFORM_2025);
  }

  @Test
  void configuredSuccessCodes_makeOtherStatusesAFailure() {
    BusinessRegistryJson strict = BusinessRegistryJson.builder().successCodes("1").build();
    assertThat(strict.decodeAnswer(bytes("chi-tiet-doanh-nghiep.not-found.json")).value().status().outcome())
        .isEqualTo(AnswerStatus.Outcome.FAILURE);
    assertThat(strict.decodeAnswer(bytes("chi-tiet-doanh-nghiep.answer.json")).value().status().outcome())
        .isEqualTo(AnswerStatus.Outcome.SUCCESS);
  }

  @Test
  void invalidTaxCode_isInvalidValueNamingTheField_neverQuotingIt() {
    byte[] body = "{\"Data\":{\"MainInformation\":{\"NAME\":\"X\",\"ENTERPRISE_GDT_CODE\":\"0102030406\"}}}"
        .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> REGISTRY.decodeAnswer(body))
        .isInstanceOfSatisfying(JsonDecodingException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
          assertThat(e.getMessage()).contains("/Data/MainInformation/ENTERPRISE_GDT_CODE")
              .doesNotContain("0102030406");
        });
  }

  @Test
  void numbersAsStrings_areRead() {
    byte[] body = ("{\"data\":{\"Status\":\"1\",\"DataCount\":\"1\",\"Data\":{\"MainInformation\":{\"NAME\":\"X\","
        + "\"ENTERPRISE_GDT_CODE\":\"0102030405\",\"CAPITAL_AMOUNT\":\"1500000000.50\",\"NUMBER_CHANGES\":\"2\"}}}}")
        .getBytes(StandardCharsets.UTF_8);
    RegistryEnterprise e = REGISTRY.decodeAnswer(body).value().enterprise();
    assertThat(e.capital()).isEqualByComparingTo("1500000000.50");
    assertThat(e.numberOfChanges()).isEqualTo(2);
  }

  @Test
  void numbersAsNumbers_areReadWithTheirScale_andOutOfRangeOnesRefused() {
    String main = "{\"data\":{\"Status\":1,\"Data\":{\"MainInformation\":{\"NAME\":\"X\","
        + "\"ENTERPRISE_GDT_CODE\":\"0102030405\",";
    RegistryEnterprise e = REGISTRY.decodeAnswer((main + "\"ENTERPRISE_ID\":9007199254740993,"
        + "\"CAPITAL_AMOUNT\":1500000000.50,\"NUMBER_CHANGES\":2}}}}").getBytes(StandardCharsets.UTF_8)).value()
        .enterprise();
    assertThat(e.enterpriseId()).isEqualTo(9007199254740993L);
    assertThat(e.capital()).isEqualTo(new BigDecimal("1500000000.50"));
    assertThat(e.numberOfChanges()).isEqualTo(2);
    for (String field : List.of("\"NUMBER_CHANGES\":2147483648", "\"ENTERPRISE_ID\":9223372036854775808",
        "\"CAPITAL_AMOUNT\":1" + "0".repeat(40))) {
      assertThatThrownBy(() -> REGISTRY.decodeAnswer((main + field + "}}}}").getBytes(StandardCharsets.UTF_8)))
          .as(field).isInstanceOfSatisfying(JsonDecodingException.class,
              x -> assertThat(x.reason()).isEqualTo(Reason.INVALID_VALUE));
    }
  }

  @Test
  void toString_showsNoRepresentativesPersonalData_norTheAddressLine() {
    String printed = found().toString() + found().representatives() + found().headOffice();
    assertThat(printed).doesNotContain("NGUYỄN", "001085001234", "1985-06-01", "Trần Thái Tông", "SÔNG HỒNG",
        "0102030405");
  }

  @Test
  void lookup_buildsThePathAndQuery_withoutCredentials() {
    assertThat(EnterpriseLookup.national(TaxCode.parse("0102030405")).pathAndQuery())
        .isEqualTo("chiTietDoanhNghiep?msdn=0102030405");
    assertThat(EnterpriseLookup.provincial(BranchTaxCode.parse("0312345673-001")).pathAndQuery())
        .isEqualTo("TraCuuThongTinDoanhNghiep?MaSoDoanhNghiep=0312345673-001");
    assertThat(EnterpriseLookup.national(TaxCode.parse("0102030405")).toString()).doesNotContain("0102030405");
  }
}
