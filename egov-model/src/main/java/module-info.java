/**
 * egov's canonical language: identifiers as value types, catalogues and records.
 *
 * <p>This module has no runtime dependency beyond {@code jackson-annotations} (annotations only, shared by Jackson 2
 * and 3). It never depends on an HTTP client, on Jackson databind or on Hibernate Validator.
 */
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
}
