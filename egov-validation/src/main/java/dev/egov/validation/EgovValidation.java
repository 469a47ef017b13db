package dev.egov.validation;

import dev.egov.validation.internal.EgovMessageInterpolator;
import jakarta.validation.Configuration;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The ready-made validator: Hibernate Validator without Expression Language, with egov's constraints and messages
 * in Vietnamese or English.
 *
 * <pre>{@code
 * record Applicant(@NotBlank String name, @ValidPersonalIdNumber String cccd, @ValidTaxCode String taxCode) {}
 *
 * List<Violation> violations = EgovValidation.validate(applicant, Locale.ENGLISH);
 * // [Violation[code=TAX_CODE.INVALID_CHECKSUM, path=taxCode, message=must be a valid tax code: the check digit does not match]]
 *
 * Validator validator = EgovValidation.validator();   // Vietnamese messages; share it
 * }</pre>
 *
 * <h2>Cost and sharing</h2>
 * The validator factory takes about 150 ms to build in a fresh JVM (benchmarks/README.md, Background measurements), so it is built once, on
 * first use, and shared; the validators it hands out are thread-safe and cached per language. Build your own factory
 * with {@link #configure()} only when you need other settings (a {@link jakarta.validation.ClockProvider} for tests,
 * your own constraint mappings), and build it once too.
 *
 * <h2>Languages</h2>
 * Messages are Vietnamese ({@link #VIETNAMESE}) or English; any locale whose language is not Vietnamese gets English.
 * The language is fixed per {@link Validator}, never taken from the JVM's default locale. Messages of the standard
 * constraints ({@code @NotNull}, {@code @Size}, …) are translated to Vietnamese too, and those whose Hibernate
 * Validator message needs Expression Language get plain ones.
 *
 * <h2>Your framework's validator factory</h2>
 * A framework that builds its own factory (Spring Boot's {@code LocalValidatorFactoryBean}, which passes the request's
 * locale on every call) finds egov's constraints and messages by itself, but the standard constraints then speak
 * Hibernate Validator's languages, which do not include Vietnamese. {@link #messageInterpolator} gives them egov's
 * messages in the language each call asks for, around the framework's own interpolator:
 *
 * <pre>{@code
 * MessageInterpolator interpolator = EgovValidation.messageInterpolator(
 *     Validation.byDefaultProvider().configure().getDefaultMessageInterpolator(), Locale.ENGLISH);
 * }</pre>
 *
 * <h2>Expression Language</h2>
 * None: no EL implementation is needed on the class path, and no egov message contains {@code ${…}}. An EL
 * expression in a message costs about 0.55 µs per violation, and with Hibernate Validator's EL-free interpolator it
 * logs a warning on every violation and runs six times slower.
 *
 * @since 0.1.0
 */
public final class EgovValidation {

  /** The Vietnamese locale, {@code vi}. */
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private static final class Shared {
    static final ParameterMessageInterpolator INTERPOLATOR = new ParameterMessageInterpolator();
    static final ValidatorFactory FACTORY = configure().buildValidatorFactory();
    static final Validator VIETNAMESE_VALIDATOR = forLocale(VIETNAMESE);
    static final Validator ENGLISH_VALIDATOR = forLocale(Locale.ENGLISH);

    private static Validator forLocale(Locale locale) {
      return FACTORY.usingContext().messageInterpolator(new EgovMessageInterpolator(INTERPOLATOR, locale)).getValidator();
    }
  }

  private EgovValidation() {}

  /**
   * Returns a new configuration with egov's settings (Hibernate Validator, no Expression Language, egov's messages in
   * Vietnamese), to build a factory of your own. Build it once: a factory costs about 150 ms and 2 MB.
   *
   * @return a configuration to customise and build
   */
  public static Configuration<?> configure() {
    return configure(EgovValidationOptions.defaults());
  }

  /**
   * Returns a new configuration with egov's settings and the given options of egov's record rules.
   *
   * @param options the options
   * @return a configuration to customise and build
   */
  public static Configuration<?> configure(EgovValidationOptions options) {
    Objects.requireNonNull(options, "options");
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .constraintValidatorPayload(options)
        .messageInterpolator(new EgovMessageInterpolator(new ParameterMessageInterpolator(), VIETNAMESE));
  }

  /**
   * Returns the shared validator factory, built on first use with {@link #configure()}. Do not close it.
   *
   * @return the factory
   */
  public static ValidatorFactory factory() {
    return Shared.FACTORY;
  }

  /**
   * Returns the shared validator with Vietnamese messages.
   *
   * @return a thread-safe validator
   */
  public static Validator validator() {
    return Shared.VIETNAMESE_VALIDATOR;
  }

  /**
   * Returns the shared validator with messages in {@code locale}'s language: Vietnamese for {@code vi}, English
   * otherwise.
   *
   * @param locale the language of the messages
   * @return a thread-safe validator
   */
  public static Validator validator(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return "vi".equals(locale.getLanguage()) ? Shared.VIETNAMESE_VALIDATOR : Shared.ENGLISH_VALIDATOR;
  }

  /**
   * Returns a validator with messages in {@code locale}'s language and the given options (a commune catalogue, the
   * result rule switched off). It shares the factory's metadata, so it is cheap to create; keep it for as long as the
   * options hold.
   *
   * @param locale the language of the messages
   * @param options the options of egov's record rules
   * @return a thread-safe validator
   */
  public static Validator validator(Locale locale, EgovValidationOptions options) {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(options, "options");
    Locale language = "vi".equals(locale.getLanguage()) ? VIETNAMESE : Locale.ENGLISH;
    return Shared.FACTORY.unwrap(HibernateValidatorFactory.class)
        .usingContext()
        .messageInterpolator(new EgovMessageInterpolator(Shared.INTERPOLATOR, language))
        .constraintValidatorPayload(options)
        .getValidator();
  }

  /**
   * Returns a message interpolator for a validator factory that you or your framework build: {@code delegate}
   * produces every message in the locale each call names, and the standard constraints get egov's messages where
   * Hibernate Validator has none in that language (Vietnamese) or where its message needs Expression Language
   * ({@code DecimalMin}, {@code DecimalMax}, …), exactly as in egov's own validators. Messages of egov's constraints
   * come from egov's bundles either way. Calls that name no locale use {@code defaultLocale}, never the JVM's.
   *
   * @param delegate the factory's own interpolator (with or without Expression Language), such as {@code
   *     Validation.byDefaultProvider().configure().getDefaultMessageInterpolator()}
   * @param defaultLocale the language of the calls that name no locale
   * @return a thread-safe interpolator
   */
  public static MessageInterpolator messageInterpolator(MessageInterpolator delegate, Locale defaultLocale) {
    Objects.requireNonNull(delegate, "delegate");
    Objects.requireNonNull(defaultLocale, "defaultLocale");
    return EgovMessageInterpolator.followingCalls(delegate, defaultLocale);
  }

  /**
   * Validates {@code object} with the shared validator and returns the violations in a stable order.
   *
   * @param object the object to validate
   * @param locale the language of the messages
   * @param groups the groups to validate; none for the default group
   * @param <T> the object's type
   * @return the violations, sorted by path, code and message; empty when valid
   */
  public static <T> List<Violation> validate(T object, Locale locale, Class<?>... groups) {
    Objects.requireNonNull(object, "object");
    return Violation.listOf(validator(locale).validate(object, groups));
  }
}
