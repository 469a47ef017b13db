package dev.egov.consumertests.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.egov.fakes.generators.CitizenGenerator;
import dev.egov.fakes.generators.DossierGenerator;
import dev.egov.fakes.generators.OrganisationGenerator;
import dev.egov.model.dossier.Dossier;
import dev.egov.validation.EgovValidation;
import dev.egov.validation.Violation;
import dev.egov.validation.constraints.ValidTaxIdentifier;
import jakarta.validation.Configuration;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Spring Boot's default validator, rebuilt without Spring as Boot builds it: the default provider (Hibernate
 * Validator) with its default message interpolator, which has Expression Language under Boot
 * ({@code MessageInterpolatorFactory}), and every message produced in the request's locale (what Spring's
 * {@code LocaleContextMessageInterpolator} does). egov's constraints and record rules work in it as they are. Under a
 * Vietnamese request, egov's messages are Vietnamese but the standard constraints' are not, since Hibernate Validator
 * has no Vietnamese; the README's recipe, {@link EgovValidation#messageInterpolator}, gives both one language.
 */
@Timeout(60)
class BootValidatorTest {

  record Form(@NotBlank String fullName, @ValidTaxIdentifier(lenient = true) String taxCode) {}

  private static final Form BAD = new Form(" ", "0100109107");
  private static final String EGOV_VI = "phải là mã số thuế hợp lệ: sai chữ số kiểm tra";
  private static final String EGOV_EN = "must be a valid tax identifier: the check digit does not match";

  /** What Spring's {@code LocaleContextMessageInterpolator} does: every message in the request's locale. */
  static final class RequestLocale implements MessageInterpolator {
    private final MessageInterpolator delegate;
    private final Locale locale;

    RequestLocale(MessageInterpolator delegate, Locale locale) {
      this.delegate = delegate;
      this.locale = locale;
    }

    @Override
    public String interpolate(String template, Context context) {
      return delegate.interpolate(template, context, locale);
    }

    @Override
    public String interpolate(String template, Context context, Locale ignored) {
      return delegate.interpolate(template, context, locale);
    }
  }

  /** Builds Boot's default validator for one request locale, its interpolator customised as the README shows. */
  private static List<Violation> validateAsBoot(
      Object object, Locale request, UnaryOperator<MessageInterpolator> custom) {
    Configuration<?> configuration = Validation.byDefaultProvider().configure();
    MessageInterpolator boots = configuration.getDefaultMessageInterpolator();
    try (ValidatorFactory factory = configuration
        .messageInterpolator(new RequestLocale(custom.apply(boots), request)).buildValidatorFactory()) {
      return Violation.listOf(factory.getValidator().validate(object));
    }
  }

  @Test
  void bootsDefaultInterpolator_hasExpressionLanguage() {
    MessageInterpolator boots = Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    assertThat(boots.getClass().getName())
        .isEqualTo("org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator");
  }

  /**
   * Hibernate Validator has no Vietnamese messages, so under a Vietnamese request the standard constraints speak the
   * JVM's default language (Turkish in these tests, English on most servers): a page in two languages.
   */
  @Test
  void bootsDefaultValidator_vietnameseRequest_egovSpeaksVietnameseButNotBlankTheJvmsLanguage() {
    List<Violation> violations = validateAsBoot(BAD, EgovValidation.VIETNAMESE, UnaryOperator.identity());
    String jvmsLanguage = validateAsBoot(BAD, Locale.getDefault(), UnaryOperator.identity()).get(0).message();

    assertThat(violations).extracting(Violation::code, Violation::message).containsExactly(
        tuple("NotBlank", jvmsLanguage),
        tuple("TAX_IDENTIFIER.INVALID_CHECKSUM", EGOV_VI));
    assertThat(jvmsLanguage).isNotEqualTo("không được để trống");
  }

  @Test
  void withEgovsInterpolator_vietnameseRequest_everyMessageIsVietnamese() {
    List<Violation> violations = validateAsBoot(BAD, EgovValidation.VIETNAMESE,
        boots -> EgovValidation.messageInterpolator(boots, Locale.ENGLISH));

    assertThat(violations).extracting(Violation::code, Violation::message).containsExactly(
        tuple("NotBlank", "không được để trống"),
        tuple("TAX_IDENTIFIER.INVALID_CHECKSUM", EGOV_VI));
  }

  @Test
  void withEgovsInterpolator_englishRequest_everyMessageIsEnglish() {
    List<Violation> violations = validateAsBoot(BAD, Locale.US,
        boots -> EgovValidation.messageInterpolator(boots, Locale.ENGLISH));

    assertThat(violations).extracting(Violation::message).containsExactly("must not be blank", EGOV_EN);
  }

  @Test
  void bootsDefaultValidator_everyRecordType_generatedHasNoViolation() {
    List<Object> records = new ArrayList<>();
    records.add(CitizenGenerator.withSeed(5).citizen());
    records.add(OrganisationGenerator.withSeed(5).organisation());
    List<Dossier> dossiers = DossierGenerator.withSeed(5)
        .dossiers(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 7, 31), 20).collect(Collectors.toList());
    records.addAll(dossiers);
    dossiers.forEach(d -> DossierGenerator.resultOf(d).ifPresent(records::add));
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator boots = factory.getValidator();

      assertThat(records).allSatisfy(record -> assertThat(boots.validate(record)).isEmpty());
    }
  }

  @Test
  void readme_showsThisRecipe() throws IOException {
    String readme = Files.readString(Path.of("../../README.md"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");

    String recipe = "factory.setMessageInterpolator(EgovValidation.messageInterpolator( "
        + "Validation.byDefaultProvider().configure().getDefaultMessageInterpolator(), Locale.ENGLISH));";

    assertThat(readme.contains(recipe)).as("the README's Spring Boot section shows %s", recipe).isTrue();
  }
}
