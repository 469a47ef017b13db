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

  // Every constraint validator, found by Hibernate Validator through the service loader (the constraints, egov-model's
  // and egov-validation's own, declare validatedBy = {}). Keep in step with META-INF/services.
  provides jakarta.validation.ConstraintValidator with
      dev.egov.validation.internal.ConsistentDossierValidator,
      dev.egov.validation.internal.KnownAdministrativeUnitsValidator,
      dev.egov.validation.internal.CarriesPersonalIdValidator,
      dev.egov.validation.internal.ConsistentPersonalIdValidator,
      dev.egov.validation.internal.IdentifierValidators.PersonalIdNumberOfText,
      dev.egov.validation.internal.IdentifierValidators.PersonalIdNumberOfValue,
      dev.egov.validation.internal.IdentifierValidators.LegacyIdCardNumberOfText,
      dev.egov.validation.internal.IdentifierValidators.LegacyIdCardNumberOfValue,
      dev.egov.validation.internal.IdentifierValidators.TaxCodeOfText,
      dev.egov.validation.internal.IdentifierValidators.TaxCodeOfValue,
      dev.egov.validation.internal.IdentifierValidators.BranchTaxCodeOfText,
      dev.egov.validation.internal.IdentifierValidators.BranchTaxCodeOfValue,
      dev.egov.validation.internal.IdentifierValidators.TaxIdentifierOfText,
      dev.egov.validation.internal.IdentifierValidators.TaxIdentifierOfValue,
      dev.egov.validation.internal.IdentifierValidators.SocialInsuranceNumberOfText,
      dev.egov.validation.internal.IdentifierValidators.SocialInsuranceNumberOfValue,
      dev.egov.validation.internal.IdentifierValidators.HealthInsuranceCardCodeOfText,
      dev.egov.validation.internal.IdentifierValidators.HealthInsuranceCardCodeOfValue,
      dev.egov.validation.internal.IdentifierValidators.HealthInsuranceIdentifierOfText,
      dev.egov.validation.internal.IdentifierValidators.HealthInsuranceIdentifierOfValue,
      dev.egov.validation.internal.IdentifierValidators.AgencyCodeOfText,
      dev.egov.validation.internal.IdentifierValidators.AgencyCodeOfValue,
      dev.egov.validation.internal.IdentifierValidators.ProcedureCodeOfText,
      dev.egov.validation.internal.IdentifierValidators.ProcedureCodeOfValue,
      dev.egov.validation.internal.IdentifierValidators.DossierCodeOfText,
      dev.egov.validation.internal.IdentifierValidators.DossierCodeOfValue,
      dev.egov.validation.internal.IdentifierValidators.PhoneNumberOfText,
      dev.egov.validation.internal.IdentifierValidators.PhoneNumberOfValue;

  // Hibernate Validator instantiates the validators reflectively.
  opens dev.egov.validation.internal to org.hibernate.validator;
}
