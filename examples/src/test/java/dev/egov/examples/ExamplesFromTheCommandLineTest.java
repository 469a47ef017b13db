package dev.egov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.examples.dossier.OnlineDossierWalkthrough;
import dev.egov.examples.identifiers.ExplainIdentifiers;
import dev.egov.examples.indicators.DueDatesAndIndicators;
import dev.egov.examples.validation.ValidateApplicationForm;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The example programs started as a user starts them, each in a fresh JVM under a Turkish default locale: the exit
 * status, what reaches standard error (one line for a usage error, never a stack trace, never Hibernate Validator's
 * {@code HV000001} version line), and standard input from a pipe.
 */
@Timeout(180)
class ExamplesFromTheCommandLineTest {

  /** What a process printed and how it ended. */
  private record Outcome(int status, String out, String err) {}

  private static Outcome start(Class<?> program, String stdin, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.language=tr", "-Duser.country=TR", "-Xshare:auto", "-cp", classPath(), program.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    CompletableFuture<String> out = read(process.getInputStream());
    CompletableFuture<String> err = read(process.getErrorStream());
    try (OutputStream in = process.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(process.waitFor(150, TimeUnit.SECONDS)).as("%s finished", program.getSimpleName()).isTrue();
    return new Outcome(process.exitValue(), out.get(), err.get());
  }

  private static CompletableFuture<String> read(InputStream stream) {
    return CompletableFuture.supplyAsync(() -> {
      try (InputStream in = stream) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }

  private static void assertOneLineNoStackTrace(Outcome outcome, String start) {
    assertThat(outcome.status()).as(outcome.err()).isEqualTo(2);
    assertThat(outcome.out()).isEmpty();
    assertThat(outcome.err()).startsWith(start).hasLineCount(1)
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void validateApplicationForm_printsTheViolations_andNothingOnStandardError() throws Exception {
    Outcome outcome = start(ValidateApplicationForm.class, "");

    assertThat(outcome.status()).isZero();
    assertThat(outcome.out()).contains("TAX_IDENTIFIER.INVALID_CHECKSUM @ taxCode: phải là mã số thuế hợp lệ");
    assertThat(outcome.err()).doesNotContain("HV000001").isEmpty();
  }

  @Test
  void onlineDossierWalkthrough_runs_andNothingOnStandardError() throws Exception {
    Outcome outcome = start(OnlineDossierWalkthrough.class, "");

    assertThat(outcome.status()).isZero();
    assertThat(outcome.out()).contains("timeliness: ON_TIME");
    assertThat(outcome.err()).doesNotContain("HV000001").isEmpty();
  }

  @Test
  void validateApplicationForm_anArgument_usageErrorInOneLine() throws Exception {
    assertOneLineNoStackTrace(start(ValidateApplicationForm.class, "", "--lang=vi"),
        "ValidateApplicationForm: takes no arguments");
  }

  @Test
  void dueDatesAndIndicators_aDateNotInIsoForm_oneLineAndStatus2() throws Exception {
    assertOneLineNoStackTrace(start(DueDatesAndIndicators.class, "", "15/02/2026"),
        "DueDatesAndIndicators: \"15/02/2026\" is not a date as 2026-02-15");
  }

  @Test
  void dueDatesAndIndicators_help_usageAndStatus0() throws Exception {
    Outcome outcome = start(DueDatesAndIndicators.class, "", "--help");

    assertThat(outcome.status()).isZero();
    assertThat(outcome.out()).startsWith("Usage: ");
    assertThat(outcome.err()).isEmpty();
  }

  @Test
  void explainIdentifiers_unknownKind_oneLineAndStatus2() throws Exception {
    assertOneLineNoStackTrace(start(ExplainIdentifiers.class, "", "--kind=passport", "B1234567"),
        "egov-examples: unknown kind \"passport\"");
  }

  /** From a pipe the demo reads to the end without a prompt: nothing but the explanations. */
  @Test
  void explainIdentifiers_standardInputFromAPipe_explainedWithoutPrompt() throws Exception {
    Outcome outcome = start(ExplainIdentifiers.class, "0100109106\n");

    assertThat(outcome.status()).isZero();
    assertThat(outcome.out()).startsWith("0100109106\n").contains("tax code (mã số thuế): valid");
    assertThat(outcome.err()).isEmpty();
  }
}
