package dev.egov.indicators;

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
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The architecture of egov-indicators' main code (test code is not imported): a satellite of egov-model that uses its
 * public API only, exports one package and keeps its implementation in {@code dev.egov.indicators.internal}
 * (docs/adr/0008-indicators-satellite-module.md).
 */
@Timeout(10)
class ArchitectureTest {

  private static final String API = "dev.egov.indicators";
  private static final String INTERNAL = "dev.egov.indicators.internal";

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages(API);
  }

  @Test
  void import_mainOutput_containsMainClassesOnly() {
    assertThat(classes.contain(IndicatorCalculator.class)).isTrue();
    assertThat(classes.contain(INTERNAL + ".Tally")).isTrue();
    assertThat(classes.contain(ArchitectureTest.class)).isFalse();
  }

  @Test
  void mainClasses_dependencies_onlyJdkModelAndJSpecify() {
    classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.egov.model..", API + "..",
        "org.jspecify..").check(classes);
  }

  @Test
  void mainClasses_modelInternals_neverUsed() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.egov.model.internal..").check(classes);
  }

  @Test
  void mainClasses_javaSerialization_neverUsed() {
    // The partial state is a documented byte format, never a Java-serialised object graph.
    noClasses().should().dependOnClassesThat().belongToAnyOf(java.io.Serializable.class,
        java.io.ObjectOutputStream.class, java.io.ObjectInputStream.class).check(classes);
  }

  @Test
  void exportedApi_publicSignatures_neverExposeInternalTypes() {
    classes().that(isPublicInExportedPackage()).should(notExposeInternalTypes()).check(classes);
  }

  @Test
  void exposureRule_internalTally_detected() {
    // Tally.row returns an API type but takes internal Facts in add: the condition must flag it, or the rule above
    // could never fail.
    assertThat(classes().that().haveFullyQualifiedName(INTERNAL + ".Tally")
        .should(notExposeInternalTypes()).evaluate(classes).hasViolation()).isTrue();
  }

  @Test
  void moduleDescriptor_exports_exactlyTheApiPackage() throws Exception {
    Path classesDir = Path.of(IndicatorCalculator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(classesDir.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    assertThat(descriptor.name()).isEqualTo("dev.egov.indicators");
    assertThat(descriptor.exports()).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo(API);
      assertThat(e.isQualified()).isFalse();
    });
    assertThat(descriptor.opens()).isEmpty();
    assertThat(descriptor.requires()).extracting(ModuleDescriptor.Requires::name)
        .containsExactlyInAnyOrder("java.base", "dev.egov.model", "org.jspecify");
    assertThat(classes.stream().map(JavaClass::getPackageName).distinct()).containsExactlyInAnyOrder(API, INTERNAL);
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
    return DescribedPredicate.describe("are public in the exported package",
        c -> c.getPackageName().equals(API) && isVisible(c));
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

  private static boolean isApi(java.util.Set<JavaModifier> modifiers) {
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
