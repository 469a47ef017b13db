package dev.egov.model.id;

import dev.egov.model.internal.Masking;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a text is parsed as an identifier and is not one.
 *
 * <p>Unchecked, like {@link NumberFormatException} which it resembles: a caller that cannot be sure of its input
 * calls {@code check(...)} first, and a caller that can treats a failure as a bug. The message and {@link
 * #maskedValue()} never contain the full value, since most identifiers are personal data; {@link #reason()} is a
 * stable code that programs can switch on.
 *
 * @since 0.1.0
 */
public final class InvalidIdentifierException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The kind the value was parsed as. */
  private final IdentifierKind kind;

  /** Why the value is invalid. */
  private final IdentifierCheck reason;

  /** The value, masked. */
  private final String maskedValue;

  /**
   * Creates an exception for {@code value}, which is masked here and never stored.
   *
   * @param kind the kind of identifier the value was parsed as
   * @param reason why it is invalid; never {@link IdentifierCheck#VALID}
   * @param value the rejected text, possibly {@code null}
   * @throws IllegalArgumentException if {@code reason} is {@link IdentifierCheck#VALID}
   */
  public InvalidIdentifierException(IdentifierKind kind, IdentifierCheck reason, @Nullable CharSequence value) {
    super(message(kind, reason, Masking.mask(value)));
    if (reason == IdentifierCheck.VALID) {
      throw new IllegalArgumentException("reason == VALID");
    }
    this.kind = kind;
    this.reason = reason;
    this.maskedValue = Masking.mask(value);
  }

  private static String message(IdentifierKind kind, IdentifierCheck reason, String masked) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    return "Invalid " + kind.englishName() + " '" + masked + "': " + reason.description() + " (" + reason.name() + ")";
  }

  /**
   * Returns the kind of identifier the value was parsed as.
   *
   * @return the kind
   */
  public IdentifierKind kind() {
    return kind;
  }

  /**
   * Returns why the value is invalid; never {@link IdentifierCheck#VALID}.
   *
   * @return the reason, a stable code
   */
  public IdentifierCheck reason() {
    return reason;
  }

  /**
   * Returns the rejected value, masked: the first three and last two characters, or fewer for short values.
   *
   * @return the masked value
   */
  public String maskedValue() {
    return maskedValue;
  }
}
