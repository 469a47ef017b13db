/**
 * A user's module: requires egov's modules as a user's application does, and nothing egov needs only at compile
 * time. Its own form is open to Hibernate Validator, which reads the form's fields; egov's own packages are opened by
 * egov's modules themselves.
 */
module dev.egov.consumertests {
  requires dev.egov.model;
  requires dev.egov.validation;
  requires dev.egov.json;
  requires dev.egov.fakes;

  opens dev.egov.consumertests.forms to org.hibernate.validator;
}
