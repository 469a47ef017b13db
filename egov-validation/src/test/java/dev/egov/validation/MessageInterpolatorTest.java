package dev.egov.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.egov.validation.constraints.ValidTaxCode;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link EgovValidation#messageInterpolator} in a factory built the way a framework builds one: every call names the
 * request's locale (as Spring's {@code LocaleContextMessageInterpolator} does), and the messages follow it.
 */
@Timeout(30)
class MessageInterpolatorTest {

  record Form(
      @NotBlank String name,
      @ValidTaxCode String taxCode,
      @DecimalMax(value = "10", inclusive = false) BigDecimal amount) {}

  private static final Form BAD = new Form(" ", "0100109107", BigDecimal.TEN);

  /** Passes a locale on every call, as a web framework passes the request's. */
  static final class RequestLocale implements MessageInterpolator {
    private final MessageInterpolator delegate;
    private Locale locale = Locale.ENGLISH;

    RequestLocale(MessageInterpolator delegate) {
      this.delegate = delegate;
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

  private static final RequestLocale REQUEST = new RequestLocale(
      EgovValidation.messageInterpolator(new ParameterMessageInterpolator(), Locale.ENGLISH));
  private static final ValidatorFactory FACTORY =
      Validation.byDefaultProvider().configure().messageInterpolator(REQUEST).buildValidatorFactory();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  private static List<Violation> validate(Locale requestLocale) {
    REQUEST.locale = requestLocale;
    return Violation.listOf(FACTORY.getValidator().validate(BAD));
  }

  @Test
  void messageInterpolator_vietnameseRequest_standardAndEgovConstraintsSpeakVietnamese() {
    assertThat(validate(EgovValidation.VIETNAMESE)).containsExactly(
        new Violation("DecimalMax", "amount", "phải nhỏ hơn 10"),
        new Violation("NotBlank", "name", "không được để trống"),
        new Violation("TAX_CODE.INVALID_CHECKSUM", "taxCode", "phải là mã số thuế hợp lệ: sai chữ số kiểm tra"));
  }

  @Test
  void messageInterpolator_englishRequest_standardAndEgovConstraintsSpeakEnglish() {
    assertThat(validate(Locale.UK)).extracting(Violation::message).containsExactly(
        "must be less than 10", "must not be blank", "must be a valid tax code: the check digit does not match");
  }

  @Test
  void messageInterpolator_callWithoutLocale_usesTheGivenDefaultNotTheJvms() {
    MessageInterpolator vietnameseByDefault =
        EgovValidation.messageInterpolator(new ParameterMessageInterpolator(), EgovValidation.VIETNAMESE);
    try (ValidatorFactory factory =
        Validation.byDefaultProvider().configure().messageInterpolator(vietnameseByDefault).buildValidatorFactory()) {
      Validator validator = factory.getValidator();

      assertThat(Violation.listOf(validator.validate(BAD))).extracting(Violation::message)
          .contains("không được để trống");
    }
  }

  @Test
  void messageInterpolator_nullArguments_areRefusedByName() {
    assertThatNullPointerException().isThrownBy(() -> EgovValidation.messageInterpolator(null, Locale.ENGLISH))
        .withMessage("delegate");
    assertThatNullPointerException()
        .isThrownBy(() -> EgovValidation.messageInterpolator(new ParameterMessageInterpolator(), null))
        .withMessage("defaultLocale");
  }
}
