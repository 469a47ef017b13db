package dev.egov.model;

import dev.egov.model.TextLimitExceededException.Reason;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Safety limits on free text that egov normalises (people's names, portal messages), checked before the text is
 * normalised.
 *
 * <p><b>Why.</b> The JDK's Unicode normaliser ({@link java.text.Normalizer}) takes time quadratic in the length of a
 * run of combining marks: a name of one letter followed by 65,536 marks takes seconds, two megabytes more than a
 * minute, and names reach egov from every reader (the population database's {@code HoVaTen}, canonical JSON, the
 * portal). The limits keep that cost linear and small: a text may have at most {@link #maxLength()} characters, and at
 * most {@link #maxCombiningMarks()} combining marks in a row. Both are guards, far above any real value, not business
 * rules: a real name has fewer than 100 characters, and Vietnamese writes at most two combining marks on a letter (a
 * vowel mark and a tone). The default of 30 marks is the bound of Unicode's Stream-Safe Text Format (UAX #15), which
 * no text in any language needs to exceed.
 *
 * <p><b>Defaults and configuration.</b> {@link #defaults()} are the limits every egov record applies: {@value
 * #DEFAULT_MAX_LENGTH} characters (UTF-16 code units, as {@link String#length()} counts them) and {@value
 * #DEFAULT_MAX_COMBINING_MARKS} marks, unless the system properties {@value #MAX_LENGTH_PROPERTY} and {@value
 * #MAX_COMBINING_MARKS_PROPERTY} say otherwise when egov first needs them (set them on the command line, {@code
 * -Ddev.egov.text.maxLength=2000}, or before the first name is read). A text over a limit fails with a {@link
 * TextLimitExceededException} whose {@link TextLimitExceededException#reason() reason} is a stable code; egov-json's
 * readers report it as a {@code JsonDecodingException} with the reason {@code LIMIT_EXCEEDED}.
 *
 * <pre>{@code
 * TextLimits.defaults();                           // TextLimits[maxLength=1000, maxCombiningMarks=30]
 * TextLimits.defaults().check(name, "fullName");   // throws TextLimitExceededException (TOO_LONG) for 1,001 chars
 * TextLimits.defaults().allows("Nguyễn Thị Hoà");  // true
 * }</pre>
 *
 * @param maxLength the most characters a text may have, at least 1
 * @param maxCombiningMarks the most combining marks (Unicode categories Mn, Mc and Me) a text may have in a row, at
 *     least 1
 * @since 0.1.0
 */
public record TextLimits(int maxLength, int maxCombiningMarks) {

  /** The default {@link #maxLength()}: ten times the longest real name. */
  public static final int DEFAULT_MAX_LENGTH = 1_000;

  /** The default {@link #maxCombiningMarks()}: the Stream-Safe Text Format's bound (UAX #15). */
  public static final int DEFAULT_MAX_COMBINING_MARKS = 30;

  /** The system property that overrides {@link #DEFAULT_MAX_LENGTH} in {@link #defaults()}. */
  public static final String MAX_LENGTH_PROPERTY = "dev.egov.text.maxLength";

  /** The system property that overrides {@link #DEFAULT_MAX_COMBINING_MARKS} in {@link #defaults()}. */
  public static final String MAX_COMBINING_MARKS_PROPERTY = "dev.egov.text.maxCombiningMarks";

  /**
   * Checks the limits.
   *
   * @param maxLength the most characters a text may have
   * @param maxCombiningMarks the most combining marks a text may have in a row
   * @throws IllegalArgumentException if a limit is below 1
   */
  public TextLimits {
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be at least 1, got " + maxLength);
    }
    if (maxCombiningMarks < 1) {
      throw new IllegalArgumentException("maxCombiningMarks must be at least 1, got " + maxCombiningMarks);
    }
  }

  /** The process-wide limits, read from the system properties once, when first needed. */
  private static final class Defaults {
    static final TextLimits LIMITS = fromProperties(System::getProperty);

    private Defaults() {}
  }

  /**
   * Returns the limits every egov record applies: the built-in ones unless the system properties {@value
   * #MAX_LENGTH_PROPERTY} and {@value #MAX_COMBINING_MARKS_PROPERTY} set others. The properties are read once, when
   * egov first needs the limits.
   *
   * @return the limits in force
   * @throws IllegalArgumentException if a property is set to anything but a whole number of at least 1 (a
   *     misconfigured guard fails loudly rather than falling back)
   */
  public static TextLimits defaults() {
    return Defaults.LIMITS;
  }

  /**
   * Returns the built-in limits, {@value #DEFAULT_MAX_LENGTH} characters and {@value #DEFAULT_MAX_COMBINING_MARKS}
   * combining marks in a row, whatever the system properties say.
   *
   * @return the built-in limits
   */
  public static TextLimits builtIn() {
    return new TextLimits(DEFAULT_MAX_LENGTH, DEFAULT_MAX_COMBINING_MARKS);
  }

  /**
   * Returns the limits that properties set, as {@link #defaults()} reads them from the system properties: each
   * limit from its property ({@value #MAX_LENGTH_PROPERTY}, {@value #MAX_COMBINING_MARKS_PROPERTY}) when set, else
   * the built-in one.
   *
   * @param properties looks a property up by name; returns {@code null} when it is not set
   * @return the limits
   * @throws IllegalArgumentException if a property is set to anything but a whole number of at least 1
   */
  public static TextLimits fromProperties(UnaryOperator<@Nullable String> properties) {
    Objects.requireNonNull(properties, "properties");
    return new TextLimits(
        property(properties, MAX_LENGTH_PROPERTY, DEFAULT_MAX_LENGTH),
        property(properties, MAX_COMBINING_MARKS_PROPERTY, DEFAULT_MAX_COMBINING_MARKS));
  }

  private static int property(UnaryOperator<@Nullable String> properties, String name, int builtIn) {
    String value = properties.apply(name);
    if (value == null) {
      return builtIn;
    }
    try {
      int limit = Integer.parseInt(value.strip());
      if (limit >= 1) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("System property " + name + " must be a whole number of at least 1");
  }

  /**
   * Checks {@code text} against these limits. Costs at most one pass over {@link #maxLength()} characters, whatever
   * the text's length: a longer text is refused by its length alone.
   *
   * @param text the text, before it is normalised
   * @param field what the text is, for the message: {@code "family"}, {@code "fullName"}; never the text itself
   * @throws TextLimitExceededException if the text exceeds a limit
   */
  public void check(CharSequence text, String field) {
    Reason reason = violation(Objects.requireNonNull(text, "text"));
    if (reason != null) {
      throw new TextLimitExceededException(
          reason, Objects.requireNonNull(field, "field"), reason == Reason.TOO_LONG ? maxLength : maxCombiningMarks);
    }
  }

  /**
   * Returns whether {@code text} is within these limits, as {@link #check} would find, without throwing.
   *
   * @param text the text
   * @return {@code true} if {@link #check} would accept it
   */
  public boolean allows(CharSequence text) {
    return violation(Objects.requireNonNull(text, "text")) == null;
  }

  private @Nullable Reason violation(CharSequence text) {
    int n = text.length();
    if (n > maxLength) {
      return Reason.TOO_LONG;
    }
    int run = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < '\u0300') {
        run = 0; // ASCII, Latin-1 and Latin Extended: no combining mark below U+0300
        continue;
      }
      int codePoint = c;
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        codePoint = Character.toCodePoint(c, text.charAt(++i));
      }
      if (isCombiningMark(codePoint)) {
        if (++run > maxCombiningMarks) {
          return Reason.TOO_MANY_COMBINING_MARKS;
        }
      } else {
        run = 0;
      }
    }
    return null;
  }

  private static boolean isCombiningMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
