package dev.egov.examples.readme;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * What a documentation snippet did while it ran: the value of each recorded statement (by the index of its first line
 * in the block), the last value of each variable, and what it printed to {@code System.out}. The generated program
 * calls it; it is public for that reason only.
 */
public final class SnippetRecorder {

  private final Map<Integer, Object> statements = new HashMap<>();
  private final Map<String, Object> variables = new HashMap<>();
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  SnippetRecorder() {}

  /**
   * Records a variable just declared or assigned.
   *
   * @param statement the index of the statement's first line
   * @param name the variable
   * @param value its value
   */
  public void let(int statement, String name, Object value) {
    statements.put(statement, value);
    variables.put(name, value);
  }

  /**
   * Records the value of an expression statement and returns it.
   *
   * @param statement the index of the statement's first line
   * @param value the expression's value
   * @param <T> its type
   * @return {@code value}
   */
  public <T> T show(int statement, T value) {
    statements.put(statement, value);
    return value;
  }

  /**
   * Returns the stream that stands for {@code System.out} in the snippet.
   *
   * @return the stream
   */
  public PrintStream out() {
    return out;
  }

  boolean recorded(int statement) {
    return statements.containsKey(statement);
  }

  Object statement(int statement) {
    return statements.get(statement);
  }

  boolean hasVariable(String name) {
    return variables.containsKey(name);
  }

  Object variable(String name) {
    return variables.get(name);
  }

  String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }
}
