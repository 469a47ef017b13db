/**
 * Bean Validation for egov: the shared, ready-made {@link dev.egov.validation.EgovValidation#validator validator}
 * and the {@link dev.egov.validation.Violation} type that APIs can return.
 *
 * <p>The constraints themselves are in {@link dev.egov.validation.constraints}.
 */
@NullMarked
package dev.egov.validation;

import org.jspecify.annotations.NullMarked;
