/**
 * A JUnit 5 extension for the egov fakes: {@link dev.egov.fakes.junit.EgovFakesExtension} starts them before a test
 * class, resets them before each test, injects them into test methods and stops them after the class.
 */
module dev.egov.fakes.junit {
  requires transitive dev.egov.fakes.server;
  requires transitive org.junit.jupiter.api;
  requires static transitive org.jspecify;

  exports dev.egov.fakes.junit;
}
