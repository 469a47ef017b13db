package dev.egov.benchmarks;

import dev.egov.model.architecture.ArchitectureRules;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/** The architecture of the benchmarks: the rules every module keeps ({@link ArchitectureRules}). */
@Timeout(30)
class ArchitectureTest extends ArchitectureRules {

  @Override
  protected String rootPackage() {
    return "dev.egov.benchmarks";
  }

  @Override
  protected List<String> allowedDependencies() {
    // Measures egov against its baselines (Hibernate Validator, Jackson 2 and 3, plain java.time) through public API
    // only; Jackson 3 (tools.jackson) is a dependency of this module alone, for ADR 2's measurement, and
    // CpuTimeProfiler reads the process's CPU time from the JDK's com.sun.management bean. The loopback load harness
    // (http.HttpLoad, docs/adr/0009-fakes-http-server.md) drives the candidate servers directly: the JDK's
    // com.sun.net.httpserver, Jetty, Undertow (on XNIO) and MockWebServer, through OkHttp.
    return List.of("dev.egov.model..", "dev.egov.validation..", "dev.egov.json..", "dev.egov.indicators..",
        "dev.egov.fakes..", "jakarta.validation..", "org.hibernate.validator..", "com.fasterxml.jackson..",
        "tools.jackson..", "org.openjdk.jmh..", "org.jspecify..", "com.sun.management..", "com.sun.net.httpserver..",
        "javax.net..",
        "org.eclipse.jetty..", "io.undertow..", "org.xnio..", "okhttp3..", "mockwebserver3..", "okio..");
  }

  @Override
  protected boolean isLibrary() {
    return false;
  }
}
