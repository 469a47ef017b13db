package dev.egov.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import dev.egov.model.id.TaxCode;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The architecture of egov-model's main code (test code is not imported). */
@Timeout(10)
class ArchitectureTest {

  private static final Set<String> EXPORTED = Set.of(
      "dev.egov.model", "dev.egov.model.id", "dev.egov.model.catalog", "dev.egov.model.calendar",
      "dev.egov.model.code", "dev.egov.model.person", "dev.egov.model.address", "dev.egov.model.organisation",
      "dev.egov.model.dossier", "dev.egov.model.procedure", "dev.egov.model.result");

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages("dev.egov.model");
  }

  @Test
  void import_mainOutput_containsMainClassesOnly() {
    assertThat(classes.contain("dev.egov.model.id.TaxCode")).isTrue();
    assertThat(classes.contain("dev.egov.model.internal.Masking")).isTrue();
    assertThat(classes.contain(ArchitectureTest.class)).isFalse();
  }

  @Test
  void mainClasses_dependencies_onlyJdkModelJacksonAnnotationsValidationApiAndJSpecify() {
    // jakarta.validation: constraint annotation types (@Constraint, @Valid, Payload) only; validators live in
    // egov-validation (docs/adr/0001-module-layout.md).
    ArchRule rule = classes().should().onlyDependOnClassesThat().resideInAnyPackage(
        "java..", "dev.egov.model..", "com.fasterxml.jackson.annotation..", "org.jspecify..", "jakarta.validation");
    rule.check(classes);
  }

  @Test
  void mainClasses_jacksonDatabindOnTestClasspath_neverUsed() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.databind..",
        "com.fasterxml.jackson.core..").check(classes);
  }

  @Test
  void exportedApi_publicSignatures_neverExposeInternalTypes() {
    classes().that(isPublicInExportedPackage()).should(notExposeInternalTypes()).check(classes);
  }

  @Test
  void exposureRule_internalDataFile_detected() {
    // DataFile.load returns DataFile: the condition must flag it, or the rule above could never fail.
    assertThat(classes().that().haveFullyQualifiedName("dev.egov.model.internal.DataFile")
        .should(notExposeInternalTypes()).evaluate(classes).hasViolation()).isTrue();
  }

  @Test
  void moduleDescriptor_exports_exactlyTheNonInternalPackages() throws Exception {
    Path classesDir = Path.of(TaxCode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(classesDir.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    assertThat(descriptor.name()).isEqualTo("dev.egov.model");
    assertThat(descriptor.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
    assertThat(descriptor.exports().stream().map(ModuleDescriptor.Exports::source))
        .containsExactlyInAnyOrderElementsOf(EXPORTED);
    assertThat(classes.stream().map(JavaClass::getPackageName).distinct())
        .containsExactlyInAnyOrderElementsOf(
            java.util.stream.Stream.concat(EXPORTED.stream(), java.util.stream.Stream.of("dev.egov.model.internal"))
                .toList());
  }

  @Test
  void mainClasses_names_noUtilOrUtils() {
    noClasses().should().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
        .check(classes);
  }

  @Test
  void mainClasses_legacyDateApi_neverUsed() {
    noClasses().should().dependOnClassesThat().belongToAnyOf(Date.class, SimpleDateFormat.class,
        java.util.Calendar.class).check(classes);
  }

  @Test
  void mainClasses_standardStreams_neverUsed() {
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(classes);
  }

  private static DescribedPredicate<JavaClass> isPublicInExportedPackage() {
    return DescribedPredicate.describe("are public in an exported package",
        c -> c.getModifiers().contains(JavaModifier.PUBLIC) && EXPORTED.contains(c.getPackageName())
            && isVisible(c));
  }

  /** Public, and every enclosing class public too. */
  private static boolean isVisible(JavaClass c) {
    for (JavaClass current = c; current != null; current = current.getEnclosingClass().orElse(null)) {
      if (!current.getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isApi(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  private static ArchCondition<JavaClass> notExposeInternalTypes() {
    return new ArchCondition<>("not expose ..internal.. types in public signatures") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        List<String> exposures = new ArrayList<>();
        List<JavaType> supertypes = new ArrayList<>(c.getInterfaces());
        c.getSuperclass().ifPresent(supertypes::add);
        for (JavaType type : supertypes) {
          collect(type, c.getName() + " extends/implements", exposures);
        }
        for (JavaField field : c.getFields()) {
          if (isApi(field.getModifiers())) {
            collect(field.getType(), field.getFullName(), exposures);
          }
        }
        for (JavaCodeUnit unit : c.getCodeUnits()) {
          if (!isApi(unit.getModifiers()) || unit.getModifiers().contains(JavaModifier.SYNTHETIC)) {
            continue;
          }
          collect(unit.getReturnType(), unit.getFullName() + " returns", exposures);
          for (JavaType parameter : unit.getParameterTypes()) {
            collect(parameter, unit.getFullName() + " takes", exposures);
          }
          for (JavaClass thrown : unit.getExceptionTypes()) {
            collect(thrown, unit.getFullName() + " throws", exposures);
          }
        }
        for (String exposure : exposures) {
          events.add(SimpleConditionEvent.violated(c, exposure));
        }
      }
    };
  }

  private static void collect(JavaType type, String where, List<String> exposures) {
    for (JavaClass involved : type.getAllInvolvedRawTypes()) {
      if (involved.getPackageName().contains(".internal")) {
        exposures.add(where + " " + involved.getName());
      }
    }
  }
}
