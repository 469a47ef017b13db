package dev.egov.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.egov.model.architecture.ArchitectureRules;
import dev.egov.model.architecture.fixture.Binds;
import dev.egov.model.architecture.fixture.NamesAnInternalClass;
import dev.egov.model.architecture.fixture.internal.Hidden;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The architecture of egov-model's main code: the rules every module keeps ({@link ArchitectureRules}), the bottom
 * layer's dependencies, and checks that the rules can fail.
 */
@Timeout(10)
class ArchitectureTest extends ArchitectureRules {

  @Override
  protected String rootPackage() {
    return "dev.egov.model";
  }

  @Override
  protected List<String> allowedDependencies() {
    // jakarta.validation: constraint annotation types (@Constraint, @Valid, Payload) only; validators live in
    // egov-validation (docs/adr/0001-module-layout.md).
    return List.of("com.fasterxml.jackson.annotation..", "org.jspecify..", "jakarta.validation");
  }

  @Test
  void import_mainOutput_containsTheModelAndItsInternals() {
    assertThat(mainClasses().contain("dev.egov.model.id.TaxCode")).isTrue();
    assertThat(mainClasses().contain("dev.egov.model.internal.Masking")).isTrue();
  }

  @Test
  void mainClasses_jacksonDatabindOnTestClasspath_neverUsed() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.databind..",
        "com.fasterxml.jackson.core..").check(mainClasses());
  }

  @Test
  void exposureRule_internalDataFile_detected() {
    // DataFile.load returns DataFile: the condition must flag it, or the rule could never fail.
    assertThat(classes().that().haveFullyQualifiedName("dev.egov.model.internal.DataFile")
        .should(notExposeInternalTypes()).evaluate(mainClasses()).hasViolation()).isTrue();
  }

  @Test
  void annotationRule_annotationNamingAnInternalClass_detected() {
    JavaClasses fixture = new ClassFileImporter().importClasses(NamesAnInternalClass.class, Binds.class, Hidden.class);

    assertThat(publicAnnotationsNameNoInternalType().evaluate(fixture).hasViolation()).isTrue();
  }
}
