/**
 * Jakarta Bean Validation for egov: constraints for Vietnamese identifiers and egov's records, messages in Vietnamese
 * and English with stable codes, and a ready-made validator that needs no Expression Language.
 */
module dev.egov.validation {
  requires transitive dev.egov.model;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires static transitive org.jspecify;

  exports dev.egov.validation;
  exports dev.egov.validation.constraints;

  // Validators of the constraints egov-model declares without naming them.
  provides jakarta.validation.ConstraintValidator with
      dev.egov.validation.internal.ConsistentDossierValidator,
      dev.egov.validation.internal.KnownAdministrativeUnitsValidator,
      dev.egov.validation.internal.CarriesPersonalIdValidator;

  // Hibernate Validator instantiates the validators reflectively.
  opens dev.egov.validation.internal to org.hibernate.validator;
}
