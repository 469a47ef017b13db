/**
 * Fakes for testers of systems built on egov: seeded, reproducible generators of identifiers (valid,
 * unusual-but-valid, and invalid for a stated reason) and of whole records (citizens, organisations, dossiers with
 * realistic lifecycles).
 *
 * <p>This module depends on {@code egov-model} only and on no test framework: it works under JUnit, TestNG or a
 * plain {@code main}. Testers add it in test scope.
 */
module dev.egov.fakes {
  requires transitive dev.egov.model;
  requires static transitive org.jspecify;

  exports dev.egov.fakes.generators;
}
