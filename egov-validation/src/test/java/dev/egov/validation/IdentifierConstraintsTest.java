package dev.egov.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.model.id.BranchTaxCode;
import dev.egov.model.id.HealthInsuranceIdentifier;
import dev.egov.model.id.IdentifierCheck;
import dev.egov.model.id.IdentifierKind;
import dev.egov.model.id.PhoneNumber;
import dev.egov.model.id.Strictness;
import dev.egov.model.id.TaxCode;
import dev.egov.model.id.TaxIdentifier;
import dev.egov.validation.constraints.ValidAgencyCode;
import dev.egov.validation.constraints.ValidBranchTaxCode;
import dev.egov.validation.constraints.ValidDossierCode;
import dev.egov.validation.constraints.ValidHealthInsuranceCardCode;
import dev.egov.validation.constraints.ValidHealthInsuranceIdentifier;
import dev.egov.validation.constraints.ValidLegacyIdCardNumber;
import dev.egov.validation.constraints.ValidPersonalIdNumber;
import dev.egov.validation.constraints.ValidPhoneNumber;
import dev.egov.validation.constraints.ValidProcedureCode;
import dev.egov.validation.constraints.ValidSocialInsuranceNumber;
import dev.egov.validation.constraints.ValidTaxCode;
import dev.egov.validation.constraints.ValidTaxIdentifier;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every identifier constraint on text agrees with the model's check, reason for reason, in both languages. */
@Timeout(30)
class IdentifierConstraintsTest {

  /** One field per constraint, all strict. */
  record Strict(
      @ValidPersonalIdNumber String personalId,
      @ValidLegacyIdCardNumber String legacyIdCard,
      @ValidTaxCode String taxCode,
      @ValidBranchTaxCode String branchTaxCode,
      @ValidTaxIdentifier String taxIdentifier,
      @ValidSocialInsuranceNumber String socialInsurance,
      @ValidHealthInsuranceCardCode String healthCard,
      @ValidHealthInsuranceIdentifier String healthIdentifier,
      @ValidAgencyCode String agency,
      @ValidProcedureCode String procedure,
      @ValidDossierCode String dossier,
      @ValidPhoneNumber String phone) {

    static Strict all(String value) {
      return new Strict(value, value, value, value, value, value, value, value, value, value, value, value);
    }
  }

  /** The same constraints, lenient where they can be. */
  record Lenient(
      @ValidTaxCode(lenient = true) String taxCode,
      @ValidBranchTaxCode(lenient = true) String branchTaxCode,
      @ValidTaxIdentifier(lenient = true) String taxIdentifier,
      @ValidHealthInsuranceCardCode(lenient = true) String healthCard,
      @ValidHealthInsuranceIdentifier(lenient = true) String healthIdentifier,
      @ValidAgencyCode(lenient = true) String agency,
      @ValidProcedureCode(lenient = true) String procedure,
      @ValidDossierCode(lenient = true) String dossier,
      @ValidPhoneNumber(lenient = true) String phone) {

    static Lenient all(String value) {
      return new Lenient(value, value, value, value, value, value, value, value, value);
    }
  }

  /** Which model check each strict field stands for, and the code prefix of its violations. */
  private static final List<Object[]> STRICT_FIELDS = List.of(
      new Object[] {"personalId", "PERSONAL_ID", (Function<String, IdentifierCheck>) IdentifierKind.PERSONAL_ID::check},
      new Object[] {"legacyIdCard", "LEGACY_ID_CARD", (Function<String, IdentifierCheck>) IdentifierKind.LEGACY_ID_CARD::check},
      new Object[] {"taxCode", "TAX_CODE", (Function<String, IdentifierCheck>) TaxCode::check},
      new Object[] {"branchTaxCode", "BRANCH_TAX_CODE", (Function<String, IdentifierCheck>) BranchTaxCode::check},
      new Object[] {"taxIdentifier", "TAX_IDENTIFIER", (Function<String, IdentifierCheck>) TaxIdentifier::check},
      new Object[] {"socialInsurance", "SOCIAL_INSURANCE_NUMBER",
          (Function<String, IdentifierCheck>) IdentifierKind.SOCIAL_INSURANCE_NUMBER::check},
      new Object[] {"healthCard", "HEALTH_INSURANCE_CARD",
          (Function<String, IdentifierCheck>) IdentifierKind.HEALTH_INSURANCE_CARD::check},
      new Object[] {"healthIdentifier", "HEALTH_INSURANCE_IDENTIFIER",
          (Function<String, IdentifierCheck>) HealthInsuranceIdentifier::check},
      new Object[] {"agency", "AGENCY_CODE", (Function<String, IdentifierCheck>) IdentifierKind.AGENCY_CODE::check},
      new Object[] {"procedure", "PROCEDURE_CODE", (Function<String, IdentifierCheck>) IdentifierKind.PROCEDURE_CODE::check},
      new Object[] {"dossier", "DOSSIER_CODE", (Function<String, IdentifierCheck>) IdentifierKind.DOSSIER_CODE::check},
      new Object[] {"phone", "PHONE_NUMBER", (Function<String, IdentifierCheck>) PhoneNumber::check});

  static Stream<String> samples() {
    List<String> samples = new ArrayList<>(List.of(
        "079303001234", "123456789", "0100109106", "0100109107", "0100000003", "01.00.109.106",
        "0100109106-001", "0100109106001", "0100109106-000", "7912345678", "DN4797912345678", "dn4797912345678",
        "DN6797912345678", "000.00.00.H56", "H56.14", "000.0.00.H56", "1.001193", "1.003560.000.00.00.H56",
        "2.002621.H56", "4.001193", "000.00.06.H56-231027-0361", "000.00.06.H56-231027-03611",
        "000.00.06.H56-230230-0001", "0912345678", "+84912345678", "0912 345 678", "0952345678", "02438251234",
        "", " ", "abc", "٠١٢٣٤٥٦٧٨٩٠١", "00109901234５"));
    Random random = new Random(20261122L);
    String alphabet = "0123456789.- +ABHx";
    for (int i = 0; i < 300; i++) {
      StringBuilder s = new StringBuilder();
      for (int n = random.nextInt(27); n > 0; n--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      samples.add(s.toString());
    }
    return samples.stream();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void strictConstraints_reportExactlyTheModelsReason(String value) {
    List<Violation> violations = EgovValidation.validate(Strict.all(value), Locale.ENGLISH);

    List<String> expected = new ArrayList<>();
    for (Object[] field : STRICT_FIELDS) {
      @SuppressWarnings("unchecked")
      IdentifierCheck reason = ((Function<String, IdentifierCheck>) field[2]).apply(value);
      if (!reason.isValid()) {
        expected.add(field[0] + " " + field[1] + "." + reason.name());
      }
    }
    assertThat(violations).extracting(v -> v.path() + " " + v.code()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(violations).allSatisfy(v -> assertThat(v.message()).startsWith("must be a valid ").doesNotContain("{"));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void lenientConstraints_acceptWhatLenientParsingAccepts(String value) {
    List<Violation> violations = EgovValidation.validate(Lenient.all(value), Locale.ENGLISH);

    assertThat(violations.stream().filter(v -> v.path().equals("taxCode")).findFirst().map(Violation::code))
        .isEqualTo(optionalCode("TAX_CODE", TaxCode.checkLenient(value)));
    assertThat(violations.stream().filter(v -> v.path().equals("agency")).findFirst().map(Violation::code))
        .isEqualTo(optionalCode("AGENCY_CODE", IdentifierKind.AGENCY_CODE.checkLenient(value)));
    assertThat(violations.stream().filter(v -> v.path().equals("dossier")).findFirst().map(Violation::code))
        .isEqualTo(optionalCode("DOSSIER_CODE", IdentifierKind.DOSSIER_CODE.checkLenient(value)));
    assertThat(violations.stream().filter(v -> v.path().equals("phone")).findFirst().map(Violation::code))
        .isEqualTo(optionalCode("PHONE_NUMBER", PhoneNumber.checkLenient(value)));
    assertThat(violations).noneMatch(v -> v.code().endsWith(".NON_STANDARD_FORM"));
  }

  private static java.util.Optional<String> optionalCode(String prefix, IdentifierCheck reason) {
    return reason.isValid() ? java.util.Optional.empty() : java.util.Optional.of(prefix + "." + reason.name());
  }

  @Test
  void nulls_areValid() {
    assertThat(EgovValidation.validate(Strict.all(null), Locale.ENGLISH)).isEmpty();
    assertThat(EgovValidation.validate(Lenient.all(null), Locale.ENGLISH)).isEmpty();
  }

  static Stream<Arguments> messages() {
    return Stream.of(
        Arguments.of("0100109107", "taxCode", Locale.ENGLISH, "must be a valid tax code: the check digit does not match"),
        Arguments.of("0100109107", "taxCode", EgovValidation.VIETNAMESE, "phải là mã số thuế hợp lệ: sai chữ số kiểm tra"),
        Arguments.of("0100000003", "taxCode", Locale.ENGLISH, "must be a valid tax code: digits 3 to 9 are all zero"),
        Arguments.of("0100109106-000", "branchTaxCode", EgovValidation.VIETNAMESE,
            "phải là mã số thuế đơn vị phụ thuộc hợp lệ: các chữ số từ 3 đến 9 của mã đơn vị chủ quản đều bằng 0, "
                + "hoặc số thứ tự đơn vị là 000"),
        Arguments.of("07930300123", "personalId", EgovValidation.VIETNAMESE, "phải là số định danh cá nhân hợp lệ: sai độ dài"),
        Arguments.of("000.00.06.H56-230230-0001", "dossier", Locale.ENGLISH,
            "must be a valid dossier code: its date does not exist"),
        Arguments.of("0952345678", "phone", EgovValidation.VIETNAMESE,
            "phải là số điện thoại hợp lệ: đầu số di động chưa được cấp cho nhà mạng nào"));
  }

  @ParameterizedTest
  @MethodSource("messages")
  void messages_nameTheRuleInTheValidatorsLanguage(String value, String path, Locale locale, String message) {
    assertThat(EgovValidation.validate(Strict.all(value), locale))
        .filteredOn(v -> v.path().equals(path))
        .extracting(Violation::message)
        .containsExactly(message);
  }

  record Custom(@ValidTaxCode(message = "Mã số thuế không hợp lệ") String taxCode) {}

  @Test
  void customMessage_isUsed_andTheCodeStillNamesTheReason() {
    assertThat(EgovValidation.validate(new Custom("0100109107"), Locale.ENGLISH))
        .containsExactly(new Violation("TAX_CODE.INVALID_CHECKSUM", "taxCode", "Mã số thuế không hợp lệ"));
  }

  record Strictnesses(
      @ValidTaxCode(strictness = Strictness.FORMAT) String format,
      @ValidPhoneNumber(strictness = Strictness.FORMAT) String phone) {}

  @Test
  void strictnessAttribute_isApplied() {
    assertThat(EgovValidation.validate(new Strictnesses("0100109107", "0952345678"), Locale.ENGLISH)).isEmpty();
    assertThat(EgovValidation.validate(new Strictnesses("01001091070", "0152345678"), Locale.ENGLISH))
        .extracting(Violation::code)
        .containsExactly("TAX_CODE.WRONG_LENGTH", "PHONE_NUMBER.INVALID_FORMAT"); // ordered by path
  }

  record Repeated(@ValidTaxCode @ValidSocialInsuranceNumber String tenDigits) {}

  @Test
  void severalConstraints_onOneField_reportEach() {
    assertThat(EgovValidation.validate(new Repeated("0100109107"), Locale.ENGLISH))
        .extracting(Violation::code)
        .containsExactly("TAX_CODE.INVALID_CHECKSUM");
    assertThat(EgovValidation.validate(new Repeated("01001091"), Locale.ENGLISH))
        .extracting(Violation::code)
        .containsExactly("SOCIAL_INSURANCE_NUMBER.WRONG_LENGTH", "TAX_CODE.WRONG_LENGTH");
  }

  record TypeUse(List<@ValidPersonalIdNumber String> members) {}

  @Test
  void typeUse_onListElements_reportsTheIndex() {
    assertThat(EgovValidation.validate(new TypeUse(List.of("079303001234", "0793030012")), Locale.ENGLISH))
        .extracting(v -> v.path() + " " + v.code())
        .containsExactly("members[1].<list element> PERSONAL_ID.WRONG_LENGTH");
  }

  @Test
  void sharedValidators_areCachedPerLanguage() {
    Validator vietnamese = EgovValidation.validator();
    assertThat(EgovValidation.validator(EgovValidation.VIETNAMESE)).isSameAs(vietnamese);
    assertThat(EgovValidation.validator(Locale.forLanguageTag("vi-VN"))).isSameAs(vietnamese);
    assertThat(EgovValidation.validator(Locale.FRENCH)).isSameAs(EgovValidation.validator(Locale.ENGLISH));
  }
}
