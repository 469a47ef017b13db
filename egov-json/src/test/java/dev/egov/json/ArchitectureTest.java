package dev.egov.json;

import dev.egov.model.architecture.ArchitectureRules;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/** The architecture of egov-json's main code: the rules every module keeps ({@link ArchitectureRules}). */
@Timeout(30)
class ArchitectureTest extends ArchitectureRules {

  @Override
  protected String rootPackage() {
    return "dev.egov.json";
  }

  @Override
  protected List<String> allowedDependencies() {
    // Below: egov-model. Never egov-validation or egov-fakes.
    // javax.xml: the JDK's StAX, under Jackson's XML dialect (SOAP).
    return List.of("dev.egov.model..", "com.fasterxml.jackson..", "javax.xml..", "org.jspecify..");
  }
}
