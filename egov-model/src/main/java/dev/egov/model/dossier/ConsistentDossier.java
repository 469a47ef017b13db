package dev.egov.model.dossier;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The cross-field rules of a {@link Dossier}, each reported with its own code:
 *
 * <ul>
 *   <li>{@code DOSSIER.DUE_BEFORE_RECEIPT}: the due date is not before receipt;
 *   <li>{@code DOSSIER.FINISHED_BEFORE_RECEIPT}: processing does not finish before receipt;
 *   <li>{@code DOSSIER.SUPPLEMENT_DUE_MOVED_BACK}: a supplement request's new due date is not before its old one (a
 *       pause moves the due date later; it stays where it was only when the pause lay entirely outside office hours);
 *   <li>{@code DOSSIER.APPLICANT_ID_MISMATCH}: the applicant's identifiers fit the applicant type (a citizen's are
 *       personal ID or old identity card numbers, an enterprise's document number a tax identifier);
 *   <li>{@code DOSSIER.PROVINCE_NOT_IN_FORCE}: the applicant's address belongs to the catalogue era in force on the
 *       dossier's date (receipt, else submission, else the date in its code). Whether its code exists in that era is
 *       {@link dev.egov.model.address.KnownAdministrativeUnits}'s rule, reported once.
 * </ul>
 *
 * <p>Declared here, validated by {@code egov-validation} (registered through {@code META-INF/services}), so that the
 * model needs no validator. Records are constructed even when they break these rules: data from other systems is
 * reported, never lost.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ConsistentDossier {

  /**
   * The message template. By default each rule has its own message.
   *
   * @return the template
   */
  String message() default "{dev.egov.model.dossier.ConsistentDossier.message}";

  /**
   * The groups the constraint belongs to.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload, for clients of the Bean Validation API.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
