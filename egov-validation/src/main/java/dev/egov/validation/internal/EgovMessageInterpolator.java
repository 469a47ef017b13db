package dev.egov.validation.internal;

import jakarta.validation.MessageInterpolator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * egov's message interpolator: a delegate (Hibernate Validator's {@link ParameterMessageInterpolator}, without
 * Expression Language, in egov's own validators), with the standard constraints' messages taken from egov's bundle
 * where that matters:
 *
 * <ul>
 *   <li>in every locale, for the constraints whose Hibernate Validator message needs EL ({@code DecimalMin},
 *       {@code DecimalMax}, {@code LuhnCheck}, …), which would otherwise log a warning on every violation and run
 *       six times slower (benchmarks/README.md, Background measurements), and which could print the validated value;
 *   <li>in Vietnamese, for every standard constraint, which Hibernate Validator does not translate.
 * </ul>
 *
 * <p>egov's own validators use one fixed locale each, so that one validator speaks one language. An application's
 * validator factory (Spring's, which passes the request's locale on every call) uses {@link #followingCalls}.
 *
 * <p>Only this interpolator reads those keys: egov never overrides Hibernate Validator's own message keys, so an
 * application's other validators keep their messages.
 */
public final class EgovMessageInterpolator implements MessageInterpolator {

  private static final String STANDARD = "dev.egov.validation.standard.";
  private static final String[] JAKARTA = {
    "AssertFalse", "AssertTrue", "Digits", "Email", "Future", "FutureOrPresent", "Max", "Min", "Negative",
    "NegativeOrZero", "NotBlank", "NotEmpty", "NotNull", "Null", "Past", "PastOrPresent", "Pattern", "Positive",
    "PositiveOrZero", "Size"
  };
  private static final Map<String, String> NEEDS_EL = Map.of(
      "{org.hibernate.validator.constraints.LuhnCheck.message}", "{" + STANDARD + "LuhnCheck}",
      "{org.hibernate.validator.constraints.Mod10Check.message}", "{" + STANDARD + "Mod10Check}",
      "{org.hibernate.validator.constraints.Mod11Check.message}", "{" + STANDARD + "Mod11Check}",
      "{org.hibernate.validator.constraints.time.DurationMax.message}", "{" + STANDARD + "DurationMax}",
      "{org.hibernate.validator.constraints.time.DurationMin.message}", "{" + STANDARD + "DurationMin}");
  private static final Map<String, String> VIETNAMESE_REPLACEMENTS = replacements(true);
  private static final Map<String, String> OTHER_REPLACEMENTS = replacements(false);
  private static final String DECIMAL_MAX = "{jakarta.validation.constraints.DecimalMax.message}";
  private static final String DECIMAL_MIN = "{jakarta.validation.constraints.DecimalMin.message}";

  private final MessageInterpolator delegate;
  private final Locale locale;
  private final boolean followsCalls;
  private final Map<String, String> replacements;

  /**
   * Creates an interpolator for one locale: every message is produced in it, whatever locale a call names.
   *
   * @param delegate a {@link ParameterMessageInterpolator}, shared between locales
   * @param locale the locale every message is produced in
   */
  public EgovMessageInterpolator(MessageInterpolator delegate, Locale locale) {
    this(delegate, locale, false);
  }

  private EgovMessageInterpolator(MessageInterpolator delegate, Locale locale, boolean followsCalls) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.locale = Objects.requireNonNull(locale, "locale");
    this.followsCalls = followsCalls;
    this.replacements = replacementsFor(locale);
  }

  /**
   * Creates an interpolator that produces each message in the locale its call names, and in {@code defaultLocale}
   * for calls that name none.
   *
   * @param delegate the interpolator that resolves and formats the messages, with or without Expression Language
   * @param defaultLocale the locale of calls that name none
   * @return the interpolator
   */
  public static EgovMessageInterpolator followingCalls(MessageInterpolator delegate, Locale defaultLocale) {
    return new EgovMessageInterpolator(delegate, defaultLocale, true);
  }

  private static Map<String, String> replacements(boolean vietnamese) {
    Map<String, String> map = new HashMap<>(NEEDS_EL);
    if (vietnamese) {
      for (String name : JAKARTA) {
        map.put("{jakarta.validation.constraints." + name + ".message}", "{" + STANDARD + name + "}");
      }
    }
    return Map.copyOf(map);
  }

  private static Map<String, String> replacementsFor(Locale locale) {
    return "vi".equals(locale.getLanguage()) ? VIETNAMESE_REPLACEMENTS : OTHER_REPLACEMENTS;
  }

  @Override
  public String interpolate(String template, Context context) {
    return delegate.interpolate(replace(template, context, replacements), context, locale);
  }

  /**
   * Produces the message in this interpolator's fixed locale, or in {@code locale} if it {@linkplain #followingCalls
   * follows calls}.
   */
  @Override
  public String interpolate(String template, Context context, Locale locale) {
    if (!followsCalls) {
      return interpolate(template, context);
    }
    Objects.requireNonNull(locale, "locale");
    return delegate.interpolate(replace(template, context, replacementsFor(locale)), context, locale);
  }

  private static String replace(String template, Context context, Map<String, String> replacements) {
    if (template.equals(DECIMAL_MAX) || template.equals(DECIMAL_MIN)) {
      Object inclusive = context.getConstraintDescriptor().getAttributes().get("inclusive");
      String name = template.equals(DECIMAL_MAX) ? "DecimalMax" : "DecimalMin";
      return "{" + STANDARD + name + (Boolean.FALSE.equals(inclusive) ? ".exclusive}" : ".inclusive}");
    }
    String replacement = replacements.get(template);
    return replacement != null ? replacement : template;
  }
}
