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
 * <p>Every constraint treats {@code null} as valid, never throws, and reports a violation whose code is stable (see
 * {@link dev.egov.validation.Violation}). Constraints name their validators in {@code validatedBy}, so they work with
 * any Bean Validation provider; the codes and per-reason messages need Hibernate Validator.
 */
@NullMarked
package dev.egov.validation.constraints;

import org.jspecify.annotations.NullMarked;
