package dev.egov.indicators;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.model.architecture.ArchitectureRules;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The architecture of egov-indicators' main code: the rules every module keeps ({@link ArchitectureRules}), and what a
 * satellite of egov-model keeps besides: it uses the model's public API only, and its partial state is a documented
 * byte format (docs/adr/0008-indicators-satellite-module.md).
 */
@Timeout(30)
class ArchitectureTest extends ArchitectureRules {

  @Override
  protected String rootPackage() {
    return "dev.egov.indicators";
  }

  @Override
  protected List<String> allowedDependencies() {
    // Below: egov-model only. Never Jackson, Hibernate Validator or another egov module.
    return List.of("dev.egov.model..", "org.jspecify..");
  }

  @Test
  void mainClasses_modelInternals_neverUsed() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.egov.model.internal..")
        .check(mainClasses());
  }

  @Test
  void mainClasses_javaSerialization_neverUsed() {
    // The partial state is a documented byte format, never a Java-serialised object graph.
    noClasses().should().dependOnClassesThat().belongToAnyOf(java.io.Serializable.class,
        java.io.ObjectOutputStream.class, java.io.ObjectInputStream.class).check(mainClasses());
  }

  @Test
  void exposureRule_internalTally_detected() {
    // Tally.row returns an API type but takes internal Facts in add: the condition must flag it, or the shared rule
    // could never fail here.
    assertThat(classes().that().haveFullyQualifiedName("dev.egov.indicators.internal.Tally")
        .should(notExposeInternalTypes()).evaluate(mainClasses()).hasViolation()).isTrue();
  }
}
