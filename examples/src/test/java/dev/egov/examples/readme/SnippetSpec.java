package dev.egov.examples.readme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a test covers one documentation snippet: the values its {@code // given:} line names, and what each of its
 * comments is. Every comment of the block must be named here, by the start of its line's code: either as a result,
 * which the test checks against the value the statement had when the snippet ran, or as a note that states no result.
 * What the block's comments claim beyond a value ("at every step", "unknown fields kept") is checked by {@link
 * #claims} or {@link #then}.
 */
final class SnippetSpec {

  /** Turns a statement's value into the text its comment must show. */
  @FunctionalInterface
  interface Renderer {
    /**
     * Renders a value.
     *
     * @param value the statement's value (the variable it declared or assigned, or the expression's value)
     * @param run the whole run, for other variables
     * @return the text the comment must contain
     */
    String render(Object value, SnippetRun run);
  }

  /** Checks what a comment claims of a value. */
  @FunctionalInterface
  interface Check {
    /**
     * Checks a value.
     *
     * @param value the statement's value
     * @param run the whole run
     * @throws Exception if the check cannot run
     */
    void check(Object value, SnippetRun run) throws Exception;
  }

  /** Checks a whole run. */
  @FunctionalInterface
  interface RunCheck {
    /**
     * Checks the run.
     *
     * @param run the run
     * @throws Exception if the check cannot run
     */
    void check(SnippetRun run) throws Exception;
  }

  /** How a comment is checked. */
  enum Mode {
    /** The comment contains the rendered value. */
    CONTAINS,
    /** The comment, with each {@code …} standing for any text, is the rendered value. */
    ELIDED,
    /** The comment contains a phrase, and a check on the value passes. */
    CLAIM,
    /** The comment contains a phrase, and a check on the run passes (for a statement without a value). */
    CLAIM_RUN,
    /** The comment states no result. */
    NOTE
  }

  /**
   * One comment of the block.
   *
   * @param fragment the start of the commented line's code
   * @param mode how it is checked
   * @param renderer for {@link Mode#CONTAINS} and {@link Mode#ELIDED}
   * @param phrase for {@link Mode#CLAIM}
   * @param check for {@link Mode#CLAIM}
   * @param runCheck for {@link Mode#CLAIM_RUN}
   */
  record Comment(String fragment, Mode mode, Renderer renderer, String phrase, Check check, RunCheck runCheck) {}

  private final String name;
  private final List<String> imports;
  private final Map<String, Object> givens = new LinkedHashMap<>();
  private final List<Comment> comments = new ArrayList<>();
  private final List<RunCheck> thens = new ArrayList<>();

  private SnippetSpec(String name, List<String> imports) {
    this.name = name;
    this.imports = List.copyOf(imports);
  }

  /**
   * Starts the spec of the block marked {@code <!-- snippet: name -->}.
   *
   * @param name the marker's name
   * @param imports what the program imports
   * @return the spec
   */
  static SnippetSpec of(String name, List<String> imports) {
    return new SnippetSpec(name, imports);
  }

  /** Supplies a value the block's {@code // given:} line names. */
  SnippetSpec given(String variable, Object value) {
    if (givens.put(variable, Objects.requireNonNull(value, variable)) != null) {
      throw new IllegalStateException("given twice: " + variable);
    }
    return this;
  }

  /** The comment of the line starting with {@code fragment} contains the rendered value of its statement. */
  SnippetSpec shows(String fragment, Renderer renderer) {
    comments.add(new Comment(fragment, Mode.CONTAINS, renderer, null, null, null));
    return this;
  }

  /**
   * The comment of the line starting with {@code fragment}, each {@code …} standing for any text, is the rendered
   * value of its statement.
   */
  SnippetSpec showsElided(String fragment, Renderer renderer) {
    comments.add(new Comment(fragment, Mode.ELIDED, renderer, null, null, null));
    return this;
  }

  /** The comment of the line starting with {@code fragment} says {@code phrase}, and {@code check} shows it true. */
  SnippetSpec claims(String fragment, String phrase, Check check) {
    comments.add(new Comment(fragment, Mode.CLAIM, null, phrase, check, null));
    return this;
  }

  /**
   * The comment of the line starting with {@code fragment} says {@code phrase}, and {@code check} shows it true of
   * the whole run: for a statement that has no value (a {@code void} call, a block's first line).
   */
  SnippetSpec claims(String fragment, String phrase, RunCheck check) {
    comments.add(new Comment(fragment, Mode.CLAIM_RUN, null, phrase, null, check));
    return this;
  }

  /** The comment of the line starting with {@code fragment} explains and states no result. */
  SnippetSpec note(String fragment) {
    comments.add(new Comment(fragment, Mode.NOTE, null, null, null, null));
    return this;
  }

  /** A check of the whole run, for what the block's prose around it says. */
  SnippetSpec then(RunCheck check) {
    thens.add(check);
    return this;
  }

  String name() {
    return name;
  }

  List<String> imports() {
    return imports;
  }

  Map<String, Object> givens() {
    return givens;
  }

  List<Comment> comments() {
    return comments;
  }

  List<RunCheck> thens() {
    return thens;
  }

  @Override
  public String toString() {
    return name;
  }
}
