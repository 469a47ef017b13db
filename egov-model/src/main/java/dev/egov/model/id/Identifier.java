package dev.egov.model.id;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A parsed, valid identifier of one of the {@linkplain IdentifierKind kinds} egov knows.
 *
 * <p>Implementations are immutable value types: {@code equals} compares the identified thing (two texts of one tax
 * code, with and without separators, are equal), and {@code toString()} masks identifiers of persons.
 *
 * @since 0.1.0
 */
public sealed interface Identifier
    permits TaxIdentifier,
        HealthInsuranceIdentifier,
        LegacyIdCardNumber,
        AgencyCode,
        ProcedureCode,
        DossierCode,
        PhoneNumber {

  /**
   * Returns the kind of this identifier.
   *
   * @return the kind
   */
  IdentifierKind kind();

  /**
   * Returns the text of this identifier in its canonical form (digits only, or with the separators the normative form
   * has). For a value parsed from a {@linkplain IdentifierCheck#NON_STANDARD_FORM non-standard form} that cannot be
   * converted without loss, the form it was given in.
   *
   * @return the text, never masked
   */
  @JsonValue // here too, so that Jackson also writes the text when the declared type is an interface
  String format();

  /**
   * Returns the text masked where the identifier is personal data ({@code 001*******45}), and unmasked where it is not
   * (agency, procedure and dossier codes).
   *
   * @return the text for logs and messages
   */
  String masked();

  /**
   * Returns whether this value was read from a {@linkplain IdentifierCheck#NON_STANDARD_FORM non-standard form} by
   * {@code parseLenient}. Kinds without non-standard forms are never lenient.
   *
   * @return {@code true} if only lenient parsing accepts the text this value was read from
   */
  default boolean isLenient() {
    return false;
  }

  /**
   * Returns the level this value was verified at ({@code parse(text, Strictness)}). Values of types without levels
   * are always fully verified.
   *
   * @return {@link Strictness#SEMANTIC} unless parsed at a lower level
   */
  default Strictness strictness() {
    return Strictness.SEMANTIC;
  }
}
