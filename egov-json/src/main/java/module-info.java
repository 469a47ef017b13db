/**
 * egov's wire formats: canonical JSON and the national dialects, read tolerantly and written exactly.
 */
module dev.egov.json {
  requires transitive dev.egov.model;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.dataformat.xml;
  requires java.xml;
  requires static transitive org.jspecify;

  exports dev.egov.json;
  exports dev.egov.json.portal;
  exports dev.egov.json.population;
  exports dev.egov.json.business;
  exports dev.egov.json.insurance;
  exports dev.egov.json.gateway;
  exports dev.egov.json.catalog;
}
