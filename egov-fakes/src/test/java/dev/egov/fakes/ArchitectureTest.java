package dev.egov.fakes;

import dev.egov.model.architecture.ArchitectureRules;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/** The architecture of egov-fakes's main code: the rules every module keeps ({@link ArchitectureRules}). */
@Timeout(30)
class ArchitectureTest extends ArchitectureRules {

  @Override
  protected String rootPackage() {
    return "dev.egov.fakes";
  }

  @Override
  protected List<String> allowedDependencies() {
    // Below: egov-model only. Never egov-validation, egov-json or a client: fakes must not depend on what they fake.
    return List.of("dev.egov.model..", "org.jspecify..");
  }
}
