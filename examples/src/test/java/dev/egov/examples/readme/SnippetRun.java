package dev.egov.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.examples.readme.SnippetProgram.Statement;
import dev.egov.examples.readme.SnippetSpec.Comment;
import dev.egov.examples.readme.SnippetSpec.Mode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A documentation snippet compiled and run as written, and its comments checked against what it did. {@link #of}
 * fails, naming the Markdown file and line, when the block and its spec disagree (a comment the spec does not name, a
 * given the block does not show), when the block does not compile, when it throws, or when a comment does not say
 * what the statement's value was.
 */
final class SnippetRun {

  private static final String PACKAGE = "dev.egov.examples.readme.generated";

  private final SnippetProgram program;
  private final SnippetSpec spec;
  private final SnippetRecorder recorder;

  private SnippetRun(SnippetProgram program, SnippetSpec spec, SnippetRecorder recorder) {
    this.program = program;
    this.spec = spec;
    this.recorder = recorder;
  }

  /**
   * Compiles and runs a block as its spec says, and checks its comments.
   *
   * @param block the block
   * @param spec its spec
   * @param work an empty directory for the source and classes
   * @return the run, after every check passed
   */
  static SnippetRun of(JavaBlock block, SnippetSpec spec, Path work) throws Exception {
    SnippetProgram program = new SnippetProgram(block);
    assertGivensMatch(program, spec);
    Map<Comment, Integer> lines = resolveComments(program, spec);
    List<Statement> shown = new ArrayList<>();
    for (Map.Entry<Comment, Integer> e : lines.entrySet()) {
      if (e.getKey().mode() != Mode.NOTE && e.getKey().mode() != Mode.CLAIM_RUN) {
        shown.add(capturable(program, e.getValue()));
      }
    }
    String className = "Snippet_" + spec.name().replaceAll("\\W", "_");
    String source = program.source(PACKAGE, className, spec.imports(), shown);
    Path classes = compile(program, spec, className, source, work);

    SnippetRecorder recorder = new SnippetRecorder();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        SnippetRun.class.getClassLoader())) {
      Method run = loader.loadClass(PACKAGE + "." + className).getMethod("run", Map.class, SnippetRecorder.class);
      run.invoke(null, new LinkedHashMap<>(spec.givens()), recorder);
    } catch (InvocationTargetException e) {
      throw new AssertionError(block.where() + ": the snippet '" + spec.name() + "' threw " + e.getCause(),
          e.getCause());
    }
    SnippetRun result = new SnippetRun(program, spec, recorder);
    for (Map.Entry<Comment, Integer> e : lines.entrySet()) {
      result.check(e.getKey(), e.getValue());
    }
    for (SnippetSpec.RunCheck then : spec.thens()) {
      then.check(result);
    }
    return result;
  }

  /**
   * Returns the last value of a variable the snippet declared or assigned, or a given.
   *
   * @param name the variable
   * @return its value
   */
  Object value(String name) {
    if (recorder.hasVariable(name)) {
      return recorder.variable(name);
    }
    if (spec.givens().containsKey(name)) {
      return spec.givens().get(name);
    }
    throw new AssertionError(program.block().where() + ": the snippet has no variable " + name);
  }

  /**
   * Returns the last value of a variable, cast.
   *
   * @param name the variable
   * @param type its type
   * @param <T> its type
   * @return its value
   */
  <T> T value(String name, Class<T> type) {
    return type.cast(value(name));
  }

  /** Returns what the snippet printed to {@code System.out}. */
  String printed() {
    return recorder.printed();
  }

  // ------------------------------------------------------------------------------------------------ checks

  private static void assertGivensMatch(SnippetProgram program, SnippetSpec spec) {
    Set<String> shown = new TreeSet<>();
    program.givens().forEach(g -> shown.add(g.name()));
    assertThat(shown)
        .as("%s: the names of the block's '// given:' line and the values the test supplies for '%s'",
            program.block().where(), spec.name())
        .isEqualTo(new TreeSet<>(spec.givens().keySet()));
    // A time the given line describes is the time the test supplies.
    DateTimeFormatter local = DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm", Locale.ENGLISH);
    for (SnippetProgram.Given given : program.givens()) {
      Object value = spec.givens().get(given.name());
      Instant instant = value instanceof Clock ? ((Clock) value).instant()
          : value instanceof Instant ? (Instant) value : null;
      if (instant != null && !given.description().isEmpty()) {
        assertThat(given.description()).as("%s: the given %s", program.block().where(), given.name())
            .isEqualTo(local.format(instant.atZone(ZoneId.of("Asia/Ho_Chi_Minh"))));
      }
    }
  }

  private static Map<Comment, Integer> resolveComments(SnippetProgram program, SnippetSpec spec) {
    Map<Comment, Integer> lines = new LinkedHashMap<>();
    JavaBlock block = program.block();
    for (Comment comment : spec.comments()) {
      List<Integer> found = program.linesStartingWith(comment.fragment());
      if (found.size() != 1) {
        throw new AssertionError(block.where() + ": the snippet '" + spec.name() + "' has " + found.size()
            + " lines starting with '" + comment.fragment() + "', the test expects one");
      }
      int line = found.get(0);
      if (!program.commentedLines().contains(line)) {
        throw new AssertionError(block.where(line) + ": the test expects a comment on '" + comment.fragment() + "'");
      }
      if (lines.containsValue(line)) {
        throw new AssertionError(block.where(line) + ": named twice by the test");
      }
      lines.put(comment, line);
    }
    Set<Integer> unchecked = new HashSet<>(program.commentedLines());
    unchecked.removeAll(lines.values());
    if (!unchecked.isEmpty()) {
      StringBuilder message = new StringBuilder();
      for (int line : new TreeSet<>(unchecked)) {
        message.append(block.where(line)).append(": the test of snippet '").append(spec.name())
            .append("' does not check this comment: add shows(…) if it states a result, note(…) if not: // ")
            .append(program.comment(line)).append('\n');
      }
      throw new AssertionError(message.toString());
    }
    return lines;
  }

  private static Statement capturable(SnippetProgram program, int line) {
    Statement statement = program.statementAt(line).orElseThrow(() -> new AssertionError(
        program.block().where(line) + ": a comment that states a result must be on a statement"));
    if (statement.kind() == SnippetProgram.Kind.OTHER) {
      throw new AssertionError(program.block().where(line)
          + ": a comment that states a result must be on a declaration, an assignment or an expression");
    }
    return statement;
  }

  private void check(Comment comment, int line) throws Exception {
    JavaBlock block = program.block();
    if (comment.mode() == Mode.NOTE) {
      return;
    }
    String said = program.comment(line);
    if (comment.mode() == Mode.CLAIM_RUN) {
      assertThat(said).as("%s: what the comment says", block.where(line)).contains(comment.phrase());
      comment.runCheck().check(this);
      return;
    }
    Statement statement = program.statementAt(line).orElseThrow();
    if (!recorder.recorded(statement.first())) {
      throw new AssertionError(block.where(line) + ": the statement never ran");
    }
    Object value = recorder.statement(statement.first());
    switch (comment.mode()) {
      case CONTAINS: {
        String rendered = comment.renderer().render(value, this);
        assertThat(rendered).as("%s: the rendered value", block.where(line)).isNotBlank();
        assertThat(said).as("%s: what the comment says, against the value '%s'", block.where(line), rendered)
            .contains(rendered);
        break;
      }
      case ELIDED: {
        String rendered = comment.renderer().render(value, this);
        String[] parts = said.split("…", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
          regex.append(i == 0 ? "" : "[\\s\\S]*").append(Pattern.quote(parts[i]));
        }
        assertThat(rendered).as("%s: the value, against the comment '%s' (… for any text)", block.where(line), said)
            .matches(Pattern.compile(regex.toString()));
        break;
      }
      case CLAIM:
        assertThat(said).as("%s: what the comment says", block.where(line)).contains(comment.phrase());
        comment.check().check(value, this);
        break;
      default:
        throw new IllegalStateException(comment.mode().name());
    }
  }

  // ------------------------------------------------------------------------------------------------ compiling

  private static Path compile(SnippetProgram program, SnippetSpec spec, String className, String source, Path work) {
    try {
      Path sources = Files.createDirectories(work.resolve("src").resolve(PACKAGE.replace('.', '/')));
      Path classes = Files.createDirectories(work.resolve("classes"));
      Path file = sources.resolve(className + ".java");
      Files.writeString(file, source, StandardCharsets.UTF_8);
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
        int header = SnippetProgram.headerLines(spec.imports());
        StringBuilder message = new StringBuilder("The snippet '" + spec.name() + "' does not compile cleanly:\n");
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
          long index = d.getLineNumber() - header - 1;
          String where = index >= 0 ? program.block().where((int) index) : program.block().where() + " (given line)";
          message.append(where).append(": ").append(d.getKind()).append(": ")
              .append(d.getMessage(Locale.ENGLISH)).append('\n');
        }
        throw new AssertionError(message + "\ngenerated source:\n" + source);
      }
      return classes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }
}
