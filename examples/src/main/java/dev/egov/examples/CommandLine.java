package dev.egov.examples;

import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the example programs share as command-line programs: UTF-8 standard streams, whether standard input is a
 * terminal, and the logging configuration a program (not a library) decides. Each program's {@code main} does only
 * this and delegates to a {@code run} method that takes its arguments and streams and returns the exit status, so
 * tests run it as a user would: 0 success, 1 a result the user asked about is negative, 2 a usage error (one line on
 * standard error, no stack trace).
 */
public final class CommandLine {

  /** The exit status of a usage error. */
  public static final int USAGE = 2;

  /**
   * Hibernate Validator logs its version once, at INFO, when a validator factory is built ({@code HV000001}), through
   * JBoss Logging, which uses {@code java.util.logging} when no other backend is present. A library must not touch
   * the application's logging, so egov-validation leaves it; these programs are applications and show Hibernate
   * Validator's warnings only. Held here because {@code java.util.logging} keeps loggers weakly: a level set on a
   * logger nobody references is lost when it is collected.
   */
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  private CommandLine() {}

  /**
   * Returns standard output, printing UTF-8 whatever the platform's default, flushed on every line.
   *
   * @return standard output
   */
  public static PrintStream stdout() {
    return new PrintStream(System.out, true, StandardCharsets.UTF_8);
  }

  /**
   * Returns standard error, printing UTF-8, flushed on every line.
   *
   * @return standard error
   */
  public static PrintStream stderr() {
    return new PrintStream(System.err, true, StandardCharsets.UTF_8);
  }

  /** Shows only warnings and errors of Hibernate Validator's logging, which otherwise prints {@code HV000001}. */
  public static void showOnlyWarningsOfLibraries() {
    HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
  }

  /**
   * Returns whether standard input and output are an interactive terminal: there is a {@link Console}, and on JDK 22
   * and later (where a console may exist without a terminal) {@code Console.isTerminal()} says so.
   *
   * @return whether a person is typing
   */
  public static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(isTerminal.invoke(console));
    } catch (NoSuchMethodException e) {
      return true; // before JDK 22 a console exists only on a terminal
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
