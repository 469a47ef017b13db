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
    // Measures egov against its baselines (Hibernate Validator, Jackson, plain java.time) through public API only.
    return List.of("dev.egov.model..", "dev.egov.validation..", "dev.egov.json..", "dev.egov.fakes..",
        "jakarta.validation..", "org.hibernate.validator..", "com.fasterxml.jackson..", "org.openjdk.jmh..",
        "org.jspecify..");
  }

  @Override
  protected boolean isLibrary() {
    return false;
  }
}
