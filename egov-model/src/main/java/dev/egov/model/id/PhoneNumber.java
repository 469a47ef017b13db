package dev.egov.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.egov.model.internal.DataFile;
import dev.egov.model.internal.Masking;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Vietnamese phone number, kept in national form ({@code 0} and 9 digits for mobiles, {@code 02} and 9 digits for
 * landlines).
 *
 * <p><b>Forms.</b> {@link #parse} takes the national form or the international form {@code +84…}. {@link
 * #parseLenient} also takes the separators people type (space, {@code .}, {@code -}, parentheses) and {@code 84…} or
 * {@code 0084…} without the plus. <b>Strictness.</b> {@link Strictness#FORMAT} accepts any mobile number starting
 * {@code 03}, {@code 05}, {@code 07}, {@code 08} or {@code 09}; {@link Strictness#SEMANTIC} (the default) also
 * requires an allocated mobile prefix from the bundled list, whose completeness is not verified (docs/identifiers.md,
 * Phone numbers). Inbound data from national systems carries phone numbers as free text: do not over-validate it.
 *
 * <pre>{@code
 * PhoneNumber phone = PhoneNumber.parse("+84912345678");
 * phone.format();          // "0912345678"
 * phone.e164();            // "+84912345678"
 * phone.type();            // MOBILE
 * phone.mobileNetwork();   // Optional[VinaPhone]
 * PhoneNumber.check("0912 345 678");   // NON_STANDARD_FORM
 * }</pre>
 *
 * <p>Phone numbers are personal data: {@link #toString()} masks.
 *
 * @since 0.1.0
 */
public final class PhoneNumber implements Identifier {

  /** Whether a number is a mobile or a landline. */
  public enum Type {
    /** A mobile number: {@code 0} and 9 digits, second digit 3, 5, 7, 8 or 9. */
    MOBILE,
    /** A landline: {@code 02}, an area code and the subscriber number, 11 digits in all. */
    LANDLINE
  }

  private static final class MobilePrefixes {
    static final String[] NETWORK_BY_PREFIX = load();

    private static String[] load() {
      DataFile file = DataFile.load(PhoneNumber.class, "mobile-prefixes.csv", "prefix", "network");
      String[] networks = new String[100];
      for (List<String> row : file.rows()) {
        String prefix = file.field(row, "prefix");
        if (prefix.length() != 3 || prefix.charAt(0) != '0' || !Digits.all(prefix, 0, 3)) {
          throw new IllegalStateException(file.name() + ": bad prefix " + prefix);
        }
        networks[Digits.value(prefix, 1, 3)] = file.field(row, "network");
      }
      return networks;
    }
  }

  private final String national;
  private final Strictness strictness;
  private final boolean lenient;

  private PhoneNumber(String national, Strictness strictness, boolean lenient) {
    this.national = national;
    this.strictness = strictness;
    this.lenient = lenient;
  }

  /**
   * Checks {@code text} as a phone number in national or {@code +84} form, at {@link Strictness#SEMANTIC}. Never
   * throws.
   *
   * @param text the text, possibly {@code null}
   * @return the result
   */
  public static IdentifierCheck check(@Nullable CharSequence text) {
    return check(text, Strictness.SEMANTIC, false);
  }

  /**
   * Checks {@code text} as a phone number in national or {@code +84} form. Never throws for any text, {@code null}
   * included; a {@code null} strictness is a programming error.
   *
   * @param text the text, possibly {@code null}
   * @param strictness how deeply to check
   * @return the result
   * @throws NullPointerException if {@code strictness} is {@code null}
   */
  public static IdentifierCheck check(@Nullable CharSequence text, Strictness strictness) {
    return check(text, strictness, false);
  }

  /**
   * Checks {@code text} as a phone number in any form people type, at {@link Strictness#SEMANTIC}. Never throws.
   *
   * @param text the text, possibly {@code null}
   * @return the result
   */
  public static IdentifierCheck checkLenient(@Nullable CharSequence text) {
    return check(text, Strictness.SEMANTIC, true);
  }

  /**
   * Checks {@code text} as a phone number in any form people type. Never throws for any text, {@code null}
   * included; a {@code null} strictness is a programming error.
   *
   * @param text the text, possibly {@code null}
   * @param strictness how deeply to check
   * @return the result
   * @throws NullPointerException if {@code strictness} is {@code null}
   */
  public static IdentifierCheck checkLenient(@Nullable CharSequence text, Strictness strictness) {
    return check(text, strictness, true);
  }

  private static IdentifierCheck check(@Nullable CharSequence text, Strictness strictness, boolean lenient) {
    Objects.requireNonNull(strictness, "strictness");
    if (text == null || text.length() == 0) {
      return IdentifierCheck.EMPTY;
    }
    boolean separated = false;
    int digits = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (Digits.isDigit(c)) {
        digits++;
      } else if (c == '+' && i == 0) {
        continue;
      } else if (c == ' ' || c == '.' || c == '-' || c == '(' || c == ')') {
        separated = true;
      } else {
        return IdentifierCheck.INVALID_CHARACTERS;
      }
    }
    if (digits > 14) {
      return IdentifierCheck.WRONG_LENGTH;
    }
    String national = nationalDigits(text);
    if (national == null) {
      return IdentifierCheck.INVALID_FORMAT;
    }
    if (national.length() != 10 && national.length() != 11) {
      return IdentifierCheck.WRONG_LENGTH;
    }
    Type type = typeOf(national);
    if (type == null) {
      return IdentifierCheck.INVALID_FORMAT;
    }
    if (strictness.includes(Strictness.SEMANTIC)
        && type == Type.MOBILE
        && MobilePrefixes.NETWORK_BY_PREFIX[Digits.value(national, 1, 3)] == null) {
      return IdentifierCheck.INVALID_COMPONENT;
    }
    return !lenient && (separated || !isStandardPrefix(text))
        ? IdentifierCheck.NON_STANDARD_FORM
        : IdentifierCheck.VALID;
  }

  /** The standard forms start with {@code 0} or {@code +84}. */
  private static boolean isStandardPrefix(CharSequence text) {
    return text.charAt(0) == '0' && (text.length() < 2 || text.charAt(1) != '0')
        || (text.length() > 3 && text.charAt(0) == '+' && text.charAt(1) == '8' && text.charAt(2) == '4');
  }

  /**
   * Returns the national form of the digits in {@code text} ({@code +84}, {@code 84} or {@code 0084} replaced by
   * {@code 0}), or {@code null} if the text has no recognisable prefix.
   */
  private static @Nullable String nationalDigits(CharSequence text) {
    String digits = Digits.strip(text);
    boolean plus = text.charAt(0) == '+';
    if (plus) {
      return digits.startsWith("84") ? "0" + digits.substring(2) : null;
    }
    if (digits.startsWith("0084")) {
      return "0" + digits.substring(4);
    }
    if (digits.startsWith("0")) {
      return digits;
    }
    if (digits.startsWith("84") && (digits.length() == 11 || digits.length() == 12)) {
      return "0" + digits.substring(2);
    }
    return null;
  }

  private static @Nullable Type typeOf(String national) {
    char second = national.charAt(1);
    if (national.length() == 10 && (second == '3' || second == '5' || second == '7' || second == '8' || second == '9')) {
      return Type.MOBILE;
    }
    if (national.length() == 11 && second == '2') {
      return Type.LANDLINE;
    }
    return null;
  }

  /**
   * Parses a phone number in national or {@code +84} form, at {@link Strictness#SEMANTIC}.
   *
   * @param text the text
   * @return the phone number
   * @throws InvalidIdentifierException if {@link #check(CharSequence)} does not return {@link IdentifierCheck#VALID}
   */
  public static PhoneNumber parse(CharSequence text) {
    return parse(text, Strictness.SEMANTIC, false);
  }

  /**
   * Parses a phone number in national or {@code +84} form.
   *
   * @param text the text
   * @param strictness how deeply to check
   * @return the phone number
   * @throws InvalidIdentifierException if the text is not a phone number at that level
   */
  public static PhoneNumber parse(CharSequence text, Strictness strictness) {
    return parse(text, strictness, false);
  }

  /**
   * Parses a phone number in any form people type, at {@link Strictness#SEMANTIC}.
   *
   * @param text the text
   * @return the phone number
   * @throws InvalidIdentifierException if {@link #checkLenient(CharSequence)} does not return {@link
   *     IdentifierCheck#VALID}
   */
  public static PhoneNumber parseLenient(CharSequence text) {
    return parse(text, Strictness.SEMANTIC, true);
  }

  /**
   * Parses a phone number in any form people type.
   *
   * @param text the text
   * @param strictness how deeply to check
   * @return the phone number
   * @throws InvalidIdentifierException if the text is not a phone number at that level
   */
  public static PhoneNumber parseLenient(CharSequence text, Strictness strictness) {
    return parse(text, strictness, true);
  }

  /**
   * Parses a phone number received from another system: any form people type, checked at {@link Strictness#FORMAT}
   * only, so that no number in an inbound record is lost over an incomplete prefix list. Jackson reads phone numbers
   * this way.
   *
   * @param text the text
   * @return the phone number
   * @throws InvalidIdentifierException if the text is not a Vietnamese phone number in any form
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PhoneNumber parseInbound(CharSequence text) {
    return parse(text, Strictness.FORMAT, true);
  }

  private static PhoneNumber parse(CharSequence text, Strictness strictness, boolean lenient) {
    Objects.requireNonNull(text, "text");
    IdentifierCheck result = check(text, strictness, lenient);
    if (result != IdentifierCheck.VALID) {
      throw new InvalidIdentifierException(IdentifierKind.PHONE_NUMBER, result, text);
    }
    String national = Objects.requireNonNull(nationalDigits(text));
    return new PhoneNumber(national, strictness, !national.contentEquals(text) && !isE164(text));
  }

  private static boolean isE164(CharSequence text) {
    return text.charAt(0) == '+' && Digits.all(text, 1, text.length());
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.PHONE_NUMBER;
  }

  /**
   * Returns the national form, {@code 0} and 9 or 10 digits.
   *
   * @return the number, unmasked
   */
  @JsonValue
  @Override
  public String format() {
    return national;
  }

  /**
   * Returns the international form, {@code +84} and the national form without its {@code 0}.
   *
   * @return the E.164 form, unmasked
   */
  public String e164() {
    return "+84" + national.substring(1);
  }

  @Override
  public String masked() {
    return Masking.mask(national);
  }

  /**
   * Returns whether this is a mobile or a landline number.
   *
   * @return the type
   */
  public Type type() {
    return national.length() == 10 ? Type.MOBILE : Type.LANDLINE;
  }

  /**
   * Returns the network the mobile prefix was allocated to, from the bundled list. Numbers move between networks
   * (number portability), so this names the original allocation only.
   *
   * @return the network, or empty for a landline or a prefix not in the list
   */
  public Optional<String> mobileNetwork() {
    return type() == Type.MOBILE
        ? Optional.ofNullable(MobilePrefixes.NETWORK_BY_PREFIX[Digits.value(national, 1, 3)])
        : Optional.empty();
  }

  /**
   * Returns the level this number was verified at.
   *
   * @return {@link Strictness#SEMANTIC} unless parsed with a lower level
   */
  public Strictness strictness() {
    return strictness;
  }

  /**
   * Returns whether this number was read from a form only lenient parsing accepts.
   *
   * @return whether the text had separators or an {@code 84}/{@code 0084} prefix
   */
  public boolean isLenient() {
    return lenient;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PhoneNumber && ((PhoneNumber) o).national.equals(national);
  }

  @Override
  public int hashCode() {
    return national.hashCode();
  }

  /** Returns the {@linkplain #masked() masked} number. */
  @Override
  public String toString() {
    return masked();
  }
}
