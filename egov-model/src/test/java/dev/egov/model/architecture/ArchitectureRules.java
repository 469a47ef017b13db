package dev.egov.model.architecture;

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
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The architecture every egov module's main code keeps, shared through egov-model's test-jar: each module's {@code
 * ArchitectureTest} extends this class and says which module it is and what it may depend on. Test code is not
 * imported.
 *
 * <ul>
 *   <li>main code depends only on the JDK, its own module and what {@link #allowedDependencies()} lists: no upward
 *       import (egov-model never reaches egov-validation or egov-json, egov-fakes never a client);
 *   <li>no module uses another module's {@code internal} packages;
 *   <li>for modules with a {@code module-info.java}: the exports are exactly the packages that are not {@code
 *       internal}, no public signature of an exported package exposes an internal type, no public annotation names
 *       one (a constraint's {@code validatedBy}), and nothing prints to the standard streams;
 *   <li>no {@code *Util} or {@code *Utils} class, and no {@code java.util.Date}, {@code Calendar} or {@code
 *       SimpleDateFormat}.
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ArchitectureRules {

  private JavaClasses classes = new ClassFileImporter().importClasses();

  /**
   * Returns the module's root package.
   *
   * @return such as {@code "dev.egov.validation"}
   */
  protected abstract String rootPackage();

  /**
   * Returns the packages main code may depend on besides {@code java..} and the module's own, in ArchUnit's package
   * syntax.
   *
   * @return such as {@code "dev.egov.model.."} or {@code "jakarta.validation.."}
   */
  protected abstract List<String> allowedDependencies();

  /**
   * Returns whether the module is a published library with a module descriptor (not a program such as the examples
   * or the benchmarks): its exports, public signatures and use of the standard streams are checked too.
   *
   * @return {@code true} by default
   */
  protected boolean isLibrary() {
    return true;
  }

  /** Imports the module's main classes once per test class. */
  @BeforeAll
  void importMainClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .withImportOption(location -> !location.contains("/jmh_generated/"))
        .importPackages(rootPackage());
  }

  @Test
  void import_mainOutput_containsMainClassesOnly() {
    assertThat(classes).isNotEmpty();
    assertThat(classes.contain(getClass())).isFalse();
  }

  @Test
  void mainClasses_dependencies_onlyTheJdkTheModuleAndTheLayersBelow() {
    List<String> allowed = new ArrayList<>(List.of("java..", rootPackage() + ".."));
    allowed.addAll(allowedDependencies());
    classes().should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(new String[0])).check(classes);
  }

  @Test
  void mainClasses_otherModulesInternalPackages_neverUsed() {
    noClasses().should().dependOnClassesThat(isInternal().and(DescribedPredicate.not(isInModule(rootPackage())))).check(classes);
  }

  @Test
  void exportedApi_publicSignatures_neverExposeInternalTypes() {
    if (isLibrary()) {
      classes().that(isPublicInExportedPackage()).should(notExposeInternalTypes()).check(classes);
    }
  }

  @Test
  void publicAnnotations_neverNameInternalTypes() {
    if (isLibrary()) {
      publicAnnotationsNameNoInternalType().check(classes);
    }
  }

  /**
   * Returns the rule of {@link #publicAnnotations_neverNameInternalTypes}, for a module's own test that it detects an
   * annotation naming an internal class (in {@code validatedBy}, say).
   *
   * @return the rule
   */
  protected static ArchRule publicAnnotationsNameNoInternalType() {
    return noClasses().that(isPublicInExportedPackage()).and().areAnnotations()
        .should().dependOnClassesThat(isInternal()).allowEmptyShould(true);
  }

  @Test
  void moduleDescriptor_exports_exactlyTheNonInternalPackages() throws Exception {
    if (!isLibrary()) {
      return;
    }
    Class<?> anyMainClass = classes.iterator().next().reflect();
    Path output = Path.of(anyMainClass.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(output.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    Set<String> packages = classes.stream().map(JavaClass::getPackageName).collect(Collectors.toCollection(TreeSet::new));
    assertThat(descriptor.name()).isEqualTo(rootPackage());
    assertThat(descriptor.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
    assertThat(descriptor.exports().stream().map(ModuleDescriptor.Exports::source))
        .containsExactlyInAnyOrderElementsOf(
            packages.stream().filter(p -> !isInternalPackage(p)).collect(Collectors.toList()));
  }

  @Test
  void mainClasses_names_noUtilOrUtils() {
    noClasses().should().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
        .allowEmptyShould(true).check(classes);
  }

  @Test
  void mainClasses_legacyDateApi_neverUsed() {
    noClasses().should().dependOnClassesThat().belongToAnyOf(Date.class, SimpleDateFormat.class, Calendar.class)
        .check(classes);
  }

  @Test
  void mainClasses_standardStreams_neverUsed() {
    if (isLibrary()) {
      GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(classes);
    }
  }

  /**
   * Returns the condition of {@link #exportedApi_publicSignatures_neverExposeInternalTypes}, for a module's own test
   * that it detects an exposure.
   *
   * @return the condition
   */
  protected static ArchCondition<JavaClass> notExposeInternalTypes() {
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

  /**
   * Returns the main classes this test imported.
   *
   * @return the classes
   */
  protected JavaClasses mainClasses() {
    return classes;
  }

  private static boolean isInternalPackage(String packageName) {
    return packageName.endsWith(".internal") || packageName.contains(".internal.");
  }

  private static DescribedPredicate<JavaClass> isInternal() {
    return DescribedPredicate.describe("are in an internal package", c -> isInternalPackage(c.getPackageName()));
  }

  private static DescribedPredicate<JavaClass> isInModule(String root) {
    return DescribedPredicate.describe("are in " + root,
        c -> c.getPackageName().equals(root) || c.getPackageName().startsWith(root + "."));
  }

  private static DescribedPredicate<JavaClass> isPublicInExportedPackage() {
    return DescribedPredicate.describe("are public in an exported package",
        c -> !isInternalPackage(c.getPackageName()) && isVisible(c));
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

  private static void collect(JavaType type, String where, List<String> exposures) {
    for (JavaClass involved : type.getAllInvolvedRawTypes()) {
      if (isInternalPackage(involved.getPackageName())) {
        exposures.add(where + " " + involved.getName());
      }
    }
  }
}
