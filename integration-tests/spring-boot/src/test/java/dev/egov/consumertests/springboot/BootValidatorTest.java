package dev.egov.consumertests.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.egov.fakes.generators.CitizenGenerator;
import dev.egov.fakes.generators.DossierGenerator;
import dev.egov.fakes.generators.OrganisationGenerator;
import dev.egov.model.dossier.Dossier;
import dev.egov.validation.EgovValidation;
import dev.egov.validation.Violation;
import dev.egov.validation.constraints.ValidTaxIdentifier;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Spring Boot's default validator, which is Spring's {@link LocalValidatorFactoryBean} around the default provider
 * (Hibernate Validator) and its default message interpolator (with Expression Language under Boot), and the README's
 * recipe that replaces it. Spring's {@code LocaleContextMessageInterpolator} asks the interpolator for every message
 * in the locale of {@link LocaleContextHolder} (the request's). Under a Vietnamese request, Boot's default speaks
 * Vietnamese for egov's constraints but not for the standard ones, since Hibernate Validator has no Vietnamese; the
 * README's recipe, {@link EgovValidation#messageInterpolator}, gives both one language.
 *
 * <p>The recipe is the README's {@code java} block marked {@code spring-boot-validator}, compiled here as written
 * against this module's class path (Boot's versions of Spring, Hibernate Validator and jakarta.validation) and run;
 * the examples module's {@code ReadmeSnippetsTest} checks that this test names that block.
 */
@Timeout(120)
class BootValidatorTest {

  /** The name of the README's block that this test runs. */
  private static final String SNIPPET = "spring-boot-validator";
  /** This file, as the block's marker names it. */
  private static final String THIS_SOURCE =
      "integration-tests/spring-boot/src/test/java/" + BootValidatorTest.class.getName().replace('.', '/') + ".java";
  private static final String RECIPE_PACKAGE = "dev.egov.consumertests.springboot.readme";
  private static final String RECIPE_CLASS = "ReadmeRecipe";
  private static final List<String> RECIPE_IMPORTS = List.of(
      "dev.egov.validation.EgovValidation", "jakarta.validation.Validation", "java.util.Locale",
      "org.springframework.context.annotation.Bean",
      "org.springframework.validation.beanvalidation.LocalValidatorFactoryBean");

  record Form(@NotBlank String fullName, @ValidTaxIdentifier(lenient = true) String taxCode) {}

  private static final Form BAD = new Form(" ", "0100109107");
  private static final String NOT_BLANK_VI = "không được để trống";
  private static final String NOT_BLANK_EN = "must not be blank";
  private static final String EGOV_VI = "phải là mã số thuế hợp lệ: sai chữ số kiểm tra";
  private static final String EGOV_EN = "must be a valid tax identifier: the check digit does not match";

  /** A README block: its code lines and the line number of the first one. */
  record Block(int firstLine, List<String> lines) {}

  @TempDir
  static Path work;

  private static URLClassLoader recipeLoader;
  private static Class<?> recipe;

  @BeforeAll
  static void compileTheReadmesRecipe() throws IOException, ClassNotFoundException {
    Block block = readmeBlock(repositoryRoot());
    Path classes = compile(block, work);
    recipeLoader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, BootValidatorTest.class.getClassLoader());
    recipe = recipeLoader.loadClass(RECIPE_PACKAGE + "." + RECIPE_CLASS);
  }

  @AfterAll
  static void closeTheRecipesLoader() throws IOException {
    if (recipeLoader != null) {
      recipeLoader.close();
    }
  }

  // ------------------------------------------------------------------------------------------------ Boot's default

  @Test
  void bootsDefaultInterpolator_hasExpressionLanguage() {
    MessageInterpolator boots = Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    assertThat(boots.getClass().getName())
        .isEqualTo("org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator");
  }

  /**
   * Hibernate Validator has no Vietnamese messages, so under a Vietnamese request the standard constraints speak the
   * JVM's default language (Turkish in these tests, English on most servers): a page in two languages.
   */
  @Test
  void bootsDefaultValidator_vietnameseRequest_egovSpeaksVietnameseButNotBlankTheJvmsLanguage() {
    try (LocalValidatorFactoryBean boots = bootsDefaultValidator()) {
      List<Violation> violations = validate(boots, BAD, EgovValidation.VIETNAMESE);
      String jvmsLanguage = validate(boots, BAD, Locale.getDefault()).get(0).message();

      assertThat(violations).extracting(Violation::code, Violation::message).containsExactly(
          tuple("NotBlank", jvmsLanguage),
          tuple("TAX_IDENTIFIER.INVALID_CHECKSUM", EGOV_VI));
      assertThat(jvmsLanguage).isNotEqualTo(NOT_BLANK_VI);
    }
  }

  @Test
  void bootsDefaultValidator_everyRecordType_generatedHasNoViolation() {
    List<Object> records = new ArrayList<>();
    records.add(CitizenGenerator.withSeed(5).citizen());
    records.add(OrganisationGenerator.withSeed(5).organisation());
    List<Dossier> dossiers = DossierGenerator.withSeed(5)
        .dossiers(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 7, 31), 20).collect(Collectors.toList());
    records.addAll(dossiers);
    dossiers.forEach(d -> DossierGenerator.resultOf(d).ifPresent(records::add));
    try (LocalValidatorFactoryBean boots = bootsDefaultValidator()) {

      assertThat(records).allSatisfy(record -> assertThat(boots.validate(record)).isEmpty());
    }
  }

  // ------------------------------------------------------------------------------------------------ the README's recipe

  @Test
  void readmesRecipe_isAStaticBeanMethodNamedAsBootsDefaultValidator() throws NoSuchMethodException {
    Method method = recipe.getDeclaredMethod("defaultValidator");

    assertThat(method.isAnnotationPresent(Bean.class)).isTrue();
    assertThat(Modifier.isStatic(method.getModifiers())).isTrue();
    assertThat(method.getReturnType()).isEqualTo(LocalValidatorFactoryBean.class);
  }

  @Test
  void readmesValidator_vietnameseRequest_everyMessageIsVietnamese() throws ReflectiveOperationException {
    try (LocalValidatorFactoryBean validator = readmesValidator()) {
      List<Violation> violations = validate(validator, BAD, EgovValidation.VIETNAMESE);

      assertThat(violations).extracting(Violation::code, Violation::message).containsExactly(
          tuple("NotBlank", NOT_BLANK_VI),
          tuple("TAX_IDENTIFIER.INVALID_CHECKSUM", EGOV_VI));
    }
  }

  @Test
  void readmesValidator_englishRequest_everyMessageIsEnglish() throws ReflectiveOperationException {
    try (LocalValidatorFactoryBean validator = readmesValidator()) {
      List<Violation> violations = validate(validator, BAD, Locale.US);

      assertThat(violations).extracting(Violation::message).containsExactly(NOT_BLANK_EN, EGOV_EN);
    }
  }

  /**
   * Outside a request (a scheduled job, say) Spring still asks for a language on every call: {@link
   * LocaleContextHolder}'s default, which is the JVM's unless set. The interpolator's own default ({@code
   * Locale.ENGLISH} in the recipe, for calls that name none) never applies under Spring.
   */
  @Test
  void readmesValidator_outsideARequest_speaksTheJvmsLanguage() throws ReflectiveOperationException {
    LocaleContextHolder.resetLocaleContext();
    try (LocalValidatorFactoryBean validator = readmesValidator()) {
      List<Violation> outside = Violation.listOf(validator.validate(BAD));

      assertThat(outside).isEqualTo(validate(validator, BAD, Locale.getDefault()));
      // The build runs tests under a Turkish default locale: not the recipe's Locale.ENGLISH.
      assertThat(outside).isNotEqualTo(validate(validator, BAD, Locale.ENGLISH));
    }
  }

  @Test
  void readmesValidator_outsideARequestWithSpringsDefaultLocaleSet_speaksThatLanguage()
      throws ReflectiveOperationException {
    LocaleContextHolder.resetLocaleContext();
    LocaleContextHolder.setDefaultLocale(Locale.ENGLISH);
    try (LocalValidatorFactoryBean validator = readmesValidator()) {
      List<Violation> outside = Violation.listOf(validator.validate(BAD));

      assertThat(outside).extracting(Violation::message).containsExactly(NOT_BLANK_EN, EGOV_EN);
    } finally {
      LocaleContextHolder.setDefaultLocale(null);
    }
  }

  /**
   * In an application context, as Boot creates it: the bean replaces Boot's default validator (same name), and
   * Spring creates egov's constraint validators itself ({@code SpringConstraintValidatorFactory}).
   */
  @Test
  void readmesRecipe_inAnApplicationContext_givesOneLanguagePerRequest() {
    try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(recipe)) {
      Validator validator = context.getBean("defaultValidator", LocalValidatorFactoryBean.class);

      assertThat(validate(validator, BAD, EgovValidation.VIETNAMESE)).extracting(Violation::message)
          .containsExactly(NOT_BLANK_VI, EGOV_VI);
      assertThat(validate(validator, BAD, Locale.ENGLISH)).extracting(Violation::message)
          .containsExactly(NOT_BLANK_EN, EGOV_EN);
    }
  }

  // ------------------------------------------------------------------------------------------------ helpers

  /** What Boot's validation auto-configuration builds when no bean replaces it. */
  private static LocalValidatorFactoryBean bootsDefaultValidator() {
    LocalValidatorFactoryBean factory = new LocalValidatorFactoryBean();
    factory.setMessageInterpolator(Validation.byDefaultProvider().configure().getDefaultMessageInterpolator());
    factory.afterPropertiesSet();
    return factory;
  }

  /** The README's bean method called, then initialised as Spring initialises a bean. */
  private static LocalValidatorFactoryBean readmesValidator() throws ReflectiveOperationException {
    Method method = recipe.getDeclaredMethod("defaultValidator");
    method.setAccessible(true);
    LocalValidatorFactoryBean factory = (LocalValidatorFactoryBean) method.invoke(null);
    factory.afterPropertiesSet();
    return factory;
  }

  /** Validates as during a request in {@code request}'s language (what Spring's locale resolvers set). */
  private static List<Violation> validate(Validator validator, Object object, Locale request) {
    LocaleContextHolder.setLocale(request);
    try {
      return Violation.listOf(validator.validate(object));
    } finally {
      LocaleContextHolder.resetLocaleContext();
    }
  }

  /** The repository's root: the nearest folder above the working directory that holds {@code mvnw}. */
  static Path repositoryRoot() {
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("mvnw"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no folder holding mvnw above " + start);
  }

  /** The README's block marked {@code <!-- snippet: spring-boot-validator, run by <this file> -->}. */
  static Block readmeBlock(Path root) throws IOException {
    List<String> text = Files.readAllLines(root.resolve("README.md"), StandardCharsets.UTF_8);
    Pattern marker = Pattern.compile("<!--\\s*snippet:\\s*" + Pattern.quote(SNIPPET) + "\\s*,\\s*run by\\s+(\\S+)\\s*-->");
    for (int i = 0; i < text.size(); i++) {
      Matcher m = marker.matcher(text.get(i).strip());
      if (!m.matches()) {
        continue;
      }
      assertThat(m.group(1)).as("the test that README.md:%d says runs the block", i + 1).isEqualTo(THIS_SOURCE);
      assertThat(root.resolve(THIS_SOURCE)).isRegularFile();
      int fence = i + 1;
      while (fence < text.size() && text.get(fence).isBlank()) {
        fence++;
      }
      assertThat(fence).as("a java block below README.md:%d", i + 1).isLessThan(text.size());
      assertThat(text.get(fence).strip()).as("README.md:%d", fence + 1).isEqualTo("```java");
      int end = fence + 1;
      while (end < text.size() && !text.get(end).strip().equals("```")) {
        end++;
      }
      return new Block(fence + 2, text.subList(fence + 1, end));
    }
    throw new AssertionError("README.md has no block marked '<!-- snippet: " + SNIPPET + ", run by " + THIS_SOURCE
        + " -->'");
  }

  /** Compiles the block as the body of a class with the imports it needs; returns the classes' folder. */
  private static Path compile(Block block, Path work) throws IOException {
    StringBuilder source = new StringBuilder("package " + RECIPE_PACKAGE + ";\n\n");
    RECIPE_IMPORTS.forEach(i -> source.append("import ").append(i).append(";\n"));
    source.append("\npublic class ").append(RECIPE_CLASS).append(" {\n");
    int header = (int) source.chars().filter(c -> c == '\n').count();
    block.lines().forEach(line -> source.append(line).append('\n'));
    source.append("}\n");

    Path sources = Files.createDirectories(work.resolve("src").resolve(RECIPE_PACKAGE.replace('.', '/')));
    Path classes = Files.createDirectories(work.resolve("classes"));
    Path file = Files.writeString(sources.resolve(RECIPE_CLASS + ".java"), source, StandardCharsets.UTF_8);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean ok;
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("--release", "17", "-encoding", "UTF-8", "-proc:none",
          "-Xlint:all,-path,-processing", "-Werror", "-classpath", classPath(), "-d", classes.toString());
      ok = compiler.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(file)).call();
    }
    if (!ok || !diagnostics.getDiagnostics().isEmpty()) {
      StringBuilder message = new StringBuilder("The README's block " + SNIPPET + " does not compile cleanly:\n");
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        long line = d.getLineNumber() - header - 1 + block.firstLine();
        message.append("README.md:").append(line).append(": ").append(d.getKind()).append(": ")
            .append(d.getMessage(Locale.ENGLISH)).append('\n');
      }
      throw new AssertionError(message + "\ngenerated source:\n" + source);
    }
    return classes;
  }

  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }
}
