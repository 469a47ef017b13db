/**
 * egov's canonical language: identifiers as value types, catalogues and records.
 *
 * <p>This module has no runtime dependency beyond {@code jackson-annotations} (annotations only, shared by Jackson 2
 * and 3) and {@code jakarta.validation-api} (constraint annotation types). jspecify's nullness annotations are read at
 * compile time only ({@code requires static}). It never depends on an HTTP client, on Jackson databind or on
 * Hibernate Validator.
 *
 * <p>On the module path, the frameworks that reflect on egov's types get exactly the packages they need, and no other
 * module does: Hibernate Validator reads the constrained and cascaded fields of citizens, organisations and dossiers;
 * a user's own Jackson {@code ObjectMapper} (which, unlike egov-json's, detects {@code is…} methods as properties)
 * reaches the fields behind them in identifiers and codes.
 */
@SuppressWarnings("module") // the frameworks it opens packages to are not on egov-model's own module path
module dev.egov.model {
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive jakarta.validation;
  requires static transitive org.jspecify;

  exports dev.egov.model;
  exports dev.egov.model.calendar;
  exports dev.egov.model.id;
  exports dev.egov.model.catalog;
  exports dev.egov.model.code;
  exports dev.egov.model.person;
  exports dev.egov.model.address;
  exports dev.egov.model.organisation;
  exports dev.egov.model.dossier;
  exports dev.egov.model.procedure;
  exports dev.egov.model.result;
  exports dev.egov.model.indicators;

  // Tested on the module path by integration-tests/module-path (docs/adr/0007-consumer-test-modules.md).
  opens dev.egov.model.id to com.fasterxml.jackson.databind;
  opens dev.egov.model.code to com.fasterxml.jackson.databind;
  opens dev.egov.model.person to org.hibernate.validator;
  opens dev.egov.model.organisation to org.hibernate.validator;
  opens dev.egov.model.dossier to org.hibernate.validator;
}
