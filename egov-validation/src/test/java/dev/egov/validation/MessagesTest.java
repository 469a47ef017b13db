package dev.egov.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.model.id.IdentifierCheck;
import dev.egov.model.id.IdentifierKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The message bundles: complete, EL-free, in both languages, and registered the way libraries should. */
@Timeout(30)
class MessagesTest {

  /** Every kind's name, and the composite constraints' prefixes. */
  private static final List<String> CODE_PREFIXES = java.util.stream.Stream.concat(
          java.util.Arrays.stream(IdentifierKind.values()).map(IdentifierKind::name),
          java.util.stream.Stream.of("TAX_IDENTIFIER", "HEALTH_INSURANCE_IDENTIFIER"))
      .collect(java.util.stream.Collectors.toList());

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(in);
    }
    return properties;
  }

  @Test
  void everyCodeHasAMessage_inEnglishAndVietnamese() throws IOException {
    Properties english = load("ContributorValidationMessages.properties");
    Properties vietnamese = load("ContributorValidationMessages_vi.properties");
    for (String prefix : CODE_PREFIXES) {
      for (IdentifierCheck reason : IdentifierCheck.values()) {
        if (reason.isValid()) {
          continue;
        }
        String key = "dev.egov.validation." + prefix + "." + reason.name();
        assertThat(english.getProperty(key)).as(key).isNotBlank();
        assertThat(vietnamese.getProperty(key)).as(key).isNotBlank().isNotEqualTo(english.getProperty(key));
      }
    }
    for (String finding : List.of("BIRTH_YEAR_MISMATCH", "SEX_MISMATCH", "BIRTH_YEAR_IN_FUTURE")) {
      assertThat(vietnamese.getProperty("dev.egov.validation.PERSONAL_ID." + finding)).isNotBlank();
      assertThat(english.getProperty("dev.egov.validation.PERSONAL_ID." + finding)).isNotBlank();
    }
    assertThat(vietnamese.stringPropertyNames()).containsAll(english.stringPropertyNames());
  }

  /** The codes of the record rules (ConsistentDossier, KnownAdministrativeUnits, CarriesPersonalId). */
  private static final List<String> RECORD_RULE_CODES = List.of(
      "ADDRESS.UNKNOWN_PROVINCE", "ADDRESS.UNKNOWN_COMMUNE", "ADDRESS.UNKNOWN_DISTRICT",
      "ADDRESS.COMMUNE_NOT_IN_DISTRICT", "ADDRESS.NAME_MISMATCH",
      "DOSSIER.DUE_BEFORE_RECEIPT", "DOSSIER.FINISHED_BEFORE_RECEIPT", "DOSSIER.SUPPLEMENT_DUE_MOVED_BACK",
      "DOSSIER.APPLICANT_ID_MISMATCH", "DOSSIER.PROVINCE_NOT_IN_FORCE",
      "RESULT.PERSONAL_ID_MISSING");

  @Test
  void everyRecordRuleCode_hasAMessage_inEveryBundle() throws IOException {
    Properties root = load("ContributorValidationMessages.properties");
    Properties english = load("ContributorValidationMessages_en.properties");
    Properties vietnamese = load("ContributorValidationMessages_vi.properties");
    List<String> keys = new java.util.ArrayList<>(List.of(
        "dev.egov.model.address.KnownAdministrativeUnits.message",
        "dev.egov.model.dossier.ConsistentDossier.message",
        "dev.egov.model.result.CarriesPersonalId.message"));
    for (String code : RECORD_RULE_CODES) {
      keys.add("dev.egov.validation." + code);
    }
    for (String key : keys) {
      assertThat(root.getProperty(key)).as(key).isNotBlank();
      assertThat(english.getProperty(key)).as(key).isEqualTo(root.getProperty(key));
      assertThat(vietnamese.getProperty(key)).as(key).isNotBlank().isNotEqualTo(english.getProperty(key));
    }
  }

  @Test
  void bundles_containNoExpressionLanguage_andNoRootValidationMessages() throws IOException {
    for (String name : List.of("ContributorValidationMessages.properties",
        "ContributorValidationMessages_en.properties", "ContributorValidationMessages_vi.properties")) {
      assertThat(load(name).values()).allSatisfy(v -> assertThat(v.toString()).doesNotContain("${"));
    }
    assertThat(load("ContributorValidationMessages_en.properties"))
        .isEqualTo(load("ContributorValidationMessages.properties"));
    assertThat(MessagesTest.class.getClassLoader().getResource("ValidationMessages.properties")).isNull();
  }

  record Standard(
      @NotNull String required,
      @NotBlank String name,
      @Size(min = 2, max = 5) String code,
      @DecimalMax(value = "10", inclusive = false) BigDecimal below,
      @DecimalMin("1") BigDecimal atLeast) {}

  @Test
  void standardConstraints_areTranslated_andNeedNoExpressionLanguage() {
    Standard bad = new Standard(null, " ", "x", BigDecimal.TEN, BigDecimal.ZERO);
    List<LogRecord> warnings = new java.util.ArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        warnings.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger root = Logger.getLogger("");
    root.addHandler(capture);
    try {
      assertThat(EgovValidation.validate(bad, EgovValidation.VIETNAMESE))
          .containsExactly(
              new Violation("DecimalMin", "atLeast", "phải lớn hơn hoặc bằng 1"),
              new Violation("DecimalMax", "below", "phải nhỏ hơn 10"),
              new Violation("Size", "code", "độ dài phải từ 2 đến 5"),
              new Violation("NotBlank", "name", "không được để trống"),
              new Violation("NotNull", "required", "không được để trống"));
      assertThat(EgovValidation.validate(bad, Locale.ENGLISH))
          .extracting(Violation::message)
          .containsExactly("must be greater than or equal to 1", "must be less than 10", "size must be between 2 and 5",
              "must not be blank", "must not be null");
    } finally {
      root.removeHandler(capture);
    }
    assertThat(warnings).noneMatch(r -> String.valueOf(r.getMessage()).contains("HV000185"));
  }

  record Taxed(@dev.egov.validation.constraints.ValidTaxCode String taxCode) {}

  @Test
  void englishRequest_neverFallsBackToTheJvmDefaultLocale() {
    Locale before = Locale.getDefault();
    Locale.setDefault(EgovValidation.VIETNAMESE);
    try {
      assertThat(EgovValidation.validate(new Taxed("0100109107"), Locale.ENGLISH))
          .extracting(Violation::message)
          .containsExactly("must be a valid tax code: the check digit does not match");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void violation_printsNoRejectedValue() {
    Violation violation = EgovValidation.validate(new Taxed("0100109107"), Locale.ENGLISH).get(0);

    assertThat(violation.toString()).doesNotContain("0100109107").contains("TAX_CODE.INVALID_CHECKSUM");
  }
}
