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

  // Hibernate Validator instantiates the validators reflectively.
  opens dev.egov.validation.internal to org.hibernate.validator;
}
