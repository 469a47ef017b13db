package dev.egov.examples;

import dev.egov.model.architecture.ArchitectureRules;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/** The architecture of the examples: the rules every module keeps ({@link ArchitectureRules}). */
@Timeout(30)
class ArchitectureTest extends ArchitectureRules {

  @Override
  protected String rootPackage() {
    return "dev.egov.examples";
  }

  @Override
  protected List<String> allowedDependencies() {
    // Programs that use egov as a user would: public API only (the rules forbid other modules' internals).
    return List.of("dev.egov.model..", "dev.egov.validation..", "dev.egov.indicators..", "dev.egov.fakes..",
        "jakarta.validation..", "org.jspecify..");
  }

  @Override
  protected boolean isLibrary() {
    return false;
  }
}
