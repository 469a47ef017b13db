package dev.egov.model.id;

/**
 * The outcome of checking a text as an identifier: {@link #VALID}, or the first reason it is not.
 *
 * <p>Constant names are stable codes: they never change meaning between releases, and messages in
 * {@code egov-validation} are keyed by them. Checks run in a fixed order (emptiness, characters, length, structure,
 * checksum, meaning), so a value with several defects reports the first; whether the form is the standard one is
 * judged last, so that {@link #NON_STANDARD_FORM} always means "valid, but only for lenient parsing".
 *
 * @since 0.1.0
 */
public enum IdentifierCheck {
  /** The text is a valid identifier of the kind checked. */
  VALID("valid"),
  /** The text is {@code null} or empty. */
  EMPTY("empty"),
  /**
   * The text contains a character the identifier never has: a letter where only digits belong, a non-ASCII digit
   * such as {@code ٣}, white space, a control character.
   */
  INVALID_CHARACTERS("contains characters this identifier never has"),
  /** The text has the wrong number of characters or digits. */
  WRONG_LENGTH("has the wrong length"),
  /** The characters and length fit, but their arrangement does not (a misplaced separator, a letter out of place). */
  INVALID_FORMAT("does not have the structure of this identifier"),
  /**
   * The text is in a form seen in real data but not the normative one (a 5-digit dossier sequence, a short agency
   * code, separators in a tax code), and is otherwise valid: the lenient parser accepts it. A non-standard text that
   * fails another rule reports that rule instead.
   */
  NON_STANDARD_FORM("is in a non-standard form that only lenient parsing accepts"),
  /** The check digit does not match, or no check digit can exist for the number. */
  INVALID_CHECKSUM("fails its check digit"),
  /** An embedded date does not exist. */
  INVALID_DATE("contains a date that does not exist"),
  /**
   * A part is outside its allowed values: an all-zero sequence, a branch suffix {@code 000}, a benefit level outside
   * 1 to 5, an unallocated mobile prefix.
   */
  INVALID_COMPONENT("contains a part outside its allowed values");

  private final String description;

  IdentifierCheck(String description) {
    this.description = description;
  }

  /**
   * Returns whether this is {@link #VALID}.
   *
   * @return {@code true} for {@link #VALID}
   */
  public boolean isValid() {
    return this == VALID;
  }

  /**
   * Returns whether the text does not even have the shape of the identifier (empty, wrong characters, wrong length,
   * wrong structure), as opposed to having its shape but failing a deeper rule.
   *
   * @return {@code true} for {@link #EMPTY}, {@link #INVALID_CHARACTERS}, {@link #WRONG_LENGTH} and {@link
   *     #INVALID_FORMAT}
   */
  public boolean isShapeError() {
    return this == EMPTY || this == INVALID_CHARACTERS || this == WRONG_LENGTH || this == INVALID_FORMAT;
  }

  /**
   * Returns a short English description for messages and logs, such as {@code "fails its check digit"}. Localised
   * messages are in {@code egov-validation}.
   *
   * @return the description
   */
  public String description() {
    return description;
  }
}
