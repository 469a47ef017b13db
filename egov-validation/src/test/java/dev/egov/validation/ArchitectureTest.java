package dev.egov.validation;

import dev.egov.model.architecture.ArchitectureRules;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/** The architecture of egov-validation's main code: the rules every module keeps ({@link ArchitectureRules}). */
@Timeout(30)
class ArchitectureTest extends ArchitectureRules {

  @Override
  protected String rootPackage() {
    return "dev.egov.validation";
  }

  @Override
  protected List<String> allowedDependencies() {
    // Below: egov-model. Never egov-json or egov-fakes.
    return List.of("dev.egov.model..", "jakarta.validation..", "org.hibernate.validator..", "org.jspecify..");
  }
}
