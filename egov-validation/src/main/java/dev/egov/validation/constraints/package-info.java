/**
 * Bean Validation constraints for Vietnamese identifiers, usable on users' own {@code String} fields and on egov's
 * value types, and class-level consistency rules.
 *
 * <pre>{@code
 * record Applicant(
 *     @NotNull @ValidPersonalIdNumber String cccd,
 *     @ValidTaxCode(lenient = true) String taxCode,
 *     @ValidPhoneNumber(lenient = true) String phone) {}
 *
 * List<Violation> violations = EgovValidation.validate(applicant, Locale.ENGLISH);
 * }</pre>
 *
 * <h2>Identifier constraints</h2>
 *
 * <p>Each {@code @Valid…} constraint is a thin adapter over the {@code check} of its identifier type in egov-model,
 * where the rules live, once. All of them behave alike:
 *
 * <ul>
 *   <li>they apply to a {@code CharSequence} and to their own value type ({@code @ValidTaxCode} on a {@code String}
 *       or a {@link dev.egov.model.id.TaxCode}), on fields, methods, parameters, constructors (return values), type
 *       arguments ({@code List<@ValidPersonalIdNumber String>}) and other constraints, and may be repeated;
 *   <li>{@code null} is valid (add {@code @NotNull} to require a value); they never throw;
 *   <li>a violation's code is the constraint's prefix and the {@link dev.egov.model.id.IdentifierCheck} that failed,
 *       such as {@code TAX_CODE.INVALID_CHECKSUM}, and its message says which rule failed, in Vietnamese or English
 *       (see {@link dev.egov.validation.EgovValidation}); a {@code message} of your own replaces the text for every
 *       reason and keeps the code;
 *   <li>{@code lenient = true}, where the type has non-standard forms seen in real data (its {@code parseLenient}),
 *       accepts them too; by default a text in such a form is reported as {@code NON_STANDARD_FORM};
 *   <li>{@code strictness}, where the type's rules have layers ({@link dev.egov.model.id.Strictness}), checks only as
 *       deeply as asked;
 *   <li>on a value type, the constraint checks what parsing may have relaxed: a value read from a non-standard form
 *       fails a constraint that is not lenient, and a value verified at a lower strictness is checked again.
 * </ul>
 *
 * <p>The constraints declare no validator ({@code validatedBy = {}}): their validators are internal, and Hibernate
 * Validator finds them through {@code META-INF/services/jakarta.validation.ConstraintValidator} (the {@code provides}
 * clauses of egov-validation's module descriptor on the module path). Codes and per-reason messages need Hibernate
 * Validator.
 */
@NullMarked
package dev.egov.validation.constraints;

import org.jspecify.annotations.NullMarked;
