package dev.egov.examples.readme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A documentation code block read as Java statements, and the program that runs it verbatim: the block's lines become
 * the body of a static method, line for line, with only calls to a {@link SnippetRecorder} inserted after each
 * declaration or assignment (and around an expression statement whose result a comment states), so that the values
 * the comments speak of can be checked.
 *
 * <p>The block may start with a {@code // given:} comment naming the values it uses without declaring them, such as
 * {@code // given: Clock clock; Instant received (Mon 16 Nov 09:00), finished} (items separated by {@code ;}, each a
 * type and one or more names, each name optionally followed by a description in parentheses; more comment lines
 * continue it). The test supplies those values; everything else must be declared in the block.
 *
 * <p>The statement reader knows Java's strings, character literals, comments and brackets; a statement ends at a
 * {@code ;} outside brackets or at the end of a line ending with <code>{</code> or <code>}</code> (a block). Block
 * lambdas at statement level are not supported.
 */
final class SnippetProgram {

  /** What a statement does, for capturing its value. */
  enum Kind {
    /** {@code Type name = …;}: the variable is recorded. */
    DECLARATION,
    /** {@code name = …;}: the variable is recorded. */
    ASSIGNMENT,
    /** Any other statement ending in {@code ;}: its value is recorded if a comment states it. */
    EXPRESSION,
    /** A block's opening or closing line, a local class, a control statement. */
    OTHER
  }

  /**
   * One statement of the block.
   *
   * @param first index of its first line in the block
   * @param last index of its last line
   * @param startColumn column of its first character on {@code first}
   * @param endColumn column of its terminating {@code ;} on {@code last}, or -1
   * @param kind what it does
   * @param variable the variable declared or assigned, or {@code null}
   */
  record Statement(int first, int last, int startColumn, int endColumn, Kind kind, String variable) {

    boolean contains(int line) {
      return first <= line && line <= last;
    }
  }

  /**
   * A value the block uses without declaring it.
   *
   * @param type its Java type, as the given line writes it
   * @param name its name
   * @param description what the given line says about it, or empty
   */
  record Given(String type, String name, String description) {}

  private static final Pattern DECLARATION =
      Pattern.compile("^(?:final\\s+)?[A-Za-z_][\\w.]*(?:<[^=]*>)?(?:\\[\\])*\\s+([A-Za-z_]\\w*)\\s*=(?!=)[\\s\\S]*");
  private static final Pattern ASSIGNMENT = Pattern.compile("^([A-Za-z_]\\w*)\\s*=(?!=)[\\s\\S]*");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_]\\w*");

  private final JavaBlock block;
  private final List<String> code = new ArrayList<>();
  private final List<String> comments = new ArrayList<>();
  private final List<Statement> statements = new ArrayList<>();
  private final List<Given> givens;
  private final int givenLines;

  SnippetProgram(JavaBlock block) {
    this.block = block;
    scan(block.lines());
    int g = 0;
    StringBuilder given = new StringBuilder();
    if (!block.lines().isEmpty() && block.lines().get(0).strip().startsWith("// given:")) {
      given.append(block.lines().get(0).strip().substring("// given:".length()));
      g = 1;
      while (g < block.lines().size() && code.get(g).isBlank() && comments.get(g) != null) {
        given.append(' ').append(comments.get(g));
        g++;
      }
    }
    this.givenLines = g;
    this.givens = parseGivens(given.toString().strip());
  }

  JavaBlock block() {
    return block;
  }

  List<Given> givens() {
    return givens;
  }

  List<Statement> statements() {
    return statements;
  }

  /** Returns the code of a line, without its comment. */
  String code(int line) {
    return code.get(line);
  }

  /**
   * Returns the lines of the block whose code, stripped, starts with {@code fragment}.
   *
   * @param fragment the start of a line's code
   * @return their indexes
   */
  List<Integer> linesStartingWith(String fragment) {
    List<Integer> found = new ArrayList<>();
    for (int i = givenLines; i < code.size(); i++) {
      if (!code.get(i).isBlank() && code.get(i).strip().startsWith(fragment)) {
        found.add(i);
      }
    }
    return found;
  }

  /**
   * Returns the indexes of the lines that carry a comment, not counting the given comment: a code line with a trailing
   * comment, or the first of comment-only lines that follow no commented code line.
   */
  List<Integer> commentedLines() {
    List<Integer> lines = new ArrayList<>();
    for (int i = givenLines; i < code.size(); i++) {
      boolean continuation = code.get(i).isBlank() && i > givenLines && comments.get(i - 1) != null;
      if (comments.get(i) != null && !continuation) {
        lines.add(i);
      }
    }
    return lines;
  }

  /**
   * Returns what a commented line's comment says: its trailing comment and the comment-only lines right below it,
   * joined with {@code \n}.
   */
  String comment(int line) {
    StringBuilder text = new StringBuilder(comments.get(line) == null ? "" : comments.get(line));
    for (int i = line + 1; i < code.size() && code.get(i).isBlank() && comments.get(i) != null; i++) {
      text.append('\n').append(comments.get(i));
    }
    return text.toString();
  }

  /** Returns the statement a line belongs to. */
  Optional<Statement> statementAt(int line) {
    return statements.stream().filter(s -> s.contains(line)).findFirst();
  }

  /**
   * Returns the program: the given lines' declarations and the block, line for line, with recorder calls inserted.
   *
   * @param packageName the package of the generated class
   * @param className the class name
   * @param imports the imports, such as {@code java.time.*}
   * @param shown the statements whose value is recorded although they declare nothing
   * @return the source
   */
  String source(String packageName, String className, List<String> imports, List<Statement> shown) {
    StringBuilder out = new StringBuilder();
    out.append("package ").append(packageName).append(";\n");
    for (String i : imports) {
      out.append("import ").append(i).append(";\n");
    }
    out.append("@SuppressWarnings(\"unchecked\") public final class ").append(className).append(" {\n");
    out.append("public static void run(java.util.Map<String, Object> $given, ")
        .append(SnippetRecorder.class.getName()).append(" $r) throws Exception {");
    if (usesSystem()) {
      out.append(" System.out = $r.out();");
    }
    for (Given given : givens) {
      out.append(' ').append(given.type()).append(' ').append(given.name()).append(" = (")
          .append(given.type()).append(") $given.get(\"").append(given.name()).append("\");");
    }
    out.append('\n');
    List<StringBuilder> lines = new ArrayList<>();
    for (String line : block.lines()) {
      lines.add(new StringBuilder(line));
    }
    // Insert from the end of each line backwards so that earlier columns stay valid.
    List<Statement> ordered = new ArrayList<>(statements);
    ordered.sort((a, b) -> a.last() != b.last() ? Integer.compare(a.last(), b.last())
        : Integer.compare(b.endColumn(), a.endColumn()));
    for (Statement s : ordered) {
      if (s.kind() == Kind.DECLARATION || s.kind() == Kind.ASSIGNMENT) {
        lines.get(s.last()).insert(s.endColumn() + 1,
            " $r.let(" + s.first() + ", \"" + s.variable() + "\", " + s.variable() + ");");
      } else if (s.kind() == Kind.EXPRESSION && shown.contains(s)) {
        lines.get(s.last()).replace(s.endColumn(), s.endColumn() + 1, ");");
        lines.get(s.first()).insert(s.startColumn(), "$r.show(" + s.first() + ", ");
      }
    }
    for (StringBuilder line : lines) {
      out.append(line).append('\n');
    }
    out.append("}\n");
    if (usesSystem()) {
      out.append("private static final class System { static java.io.PrintStream out; }\n");
    }
    out.append("}\n");
    return out.toString();
  }

  /** Returns the number of lines the generated source has before the block's first line. */
  static int headerLines(List<String> imports) {
    return imports.size() + 3;
  }

  private boolean usesSystem() {
    return code.stream().anyMatch(c -> c.contains("System.out"));
  }

  // ------------------------------------------------------------------------------------------------ reading

  private void scan(List<String> lines) {
    int depth = 0;
    boolean inTextBlock = false;
    int startLine = -1;
    int startColumn = -1;
    StringBuilder text = new StringBuilder();
    for (int l = 0; l < lines.size(); l++) {
      String line = lines.get(l);
      int commentAt = -1;
      for (int c = 0; c < line.length(); c++) {
        char ch = line.charAt(c);
        if (inTextBlock) {
          if (line.startsWith("\"\"\"", c)) {
            inTextBlock = false;
            c += 2;
          }
          text.append(ch);
          continue;
        }
        if (ch == '/' && c + 1 < line.length() && line.charAt(c + 1) == '/') {
          commentAt = c;
          break;
        }
        if (!Character.isWhitespace(ch) && startLine < 0) {
          startLine = l;
          startColumn = c;
        }
        if (startLine >= 0) {
          text.append(ch);
        }
        if (line.startsWith("\"\"\"", c)) {
          inTextBlock = true;
          text.append("\"\"");
          c += 2;
        } else if (ch == '"' || ch == '\'') {
          int close = closingQuote(line, c);
          text.append(line, c + 1, close + 1);
          c = close;
        } else if (ch == '(' || ch == '[') {
          depth++;
        } else if (ch == ')' || ch == ']') {
          depth--;
        } else if (ch == ';' && depth == 0 && startLine >= 0) {
          statements.add(statement(startLine, l, startColumn, c, text.toString()));
          startLine = -1;
          text.setLength(0);
        }
      }
      String codePart = commentAt < 0 ? line : line.substring(0, commentAt);
      code.add(codePart.stripTrailing());
      comments.add(commentAt < 0 ? null : line.substring(commentAt + 2).strip());
      String trimmed = codePart.strip();
      if (startLine >= 0 && depth == 0 && !inTextBlock && (trimmed.endsWith("{") || trimmed.endsWith("}"))) {
        statements.add(new Statement(startLine, l, startColumn, -1, Kind.OTHER, null));
        startLine = -1;
        text.setLength(0);
      } else if (startLine >= 0) {
        text.append('\n');
      }
    }
    if (startLine >= 0) {
      throw new IllegalArgumentException(block.where(startLine) + ": statement not ended: " + text);
    }
  }

  private static int closingQuote(String line, int open) {
    char quote = line.charAt(open);
    for (int c = open + 1; c < line.length(); c++) {
      if (line.charAt(c) == '\\') {
        c++;
      } else if (line.charAt(c) == quote) {
        return c;
      }
    }
    throw new IllegalArgumentException("unclosed literal in " + line);
  }

  private static Statement statement(int first, int last, int startColumn, int endColumn, String text) {
    String t = text.strip();
    Matcher m = ASSIGNMENT.matcher(t);
    if (m.matches()) {
      return new Statement(first, last, startColumn, endColumn, Kind.ASSIGNMENT, m.group(1));
    }
    m = DECLARATION.matcher(t);
    if (m.matches() && !t.startsWith("return ")) {
      return new Statement(first, last, startColumn, endColumn, Kind.DECLARATION, m.group(1));
    }
    boolean control = t.startsWith("return") || t.startsWith("throw ") || t.startsWith("break")
        || t.startsWith("continue");
    return new Statement(first, last, startColumn, endColumn, control ? Kind.OTHER : Kind.EXPRESSION, null);
  }

  /** Parses {@code Type a (desc), b; Type c}. */
  private List<Given> parseGivens(String text) {
    List<Given> result = new ArrayList<>();
    if (text.isEmpty()) {
      return result;
    }
    for (String item : splitTopLevel(text, ';')) {
      String s = item.strip();
      int depth = 0;
      int typeEnd = -1;
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        if (ch == '<') {
          depth++;
        } else if (ch == '>') {
          depth--;
        } else if (Character.isWhitespace(ch) && depth == 0) {
          typeEnd = i;
          break;
        }
      }
      if (typeEnd < 0) {
        throw new IllegalArgumentException(block.where() + ": given item without a name: " + s);
      }
      String type = s.substring(0, typeEnd);
      for (String named : splitTopLevel(s.substring(typeEnd), ',')) {
        String n = named.strip();
        int paren = n.indexOf('(');
        String name = (paren < 0 ? n : n.substring(0, paren)).strip();
        String description = paren < 0 ? "" : n.substring(paren + 1, n.lastIndexOf(')')).strip();
        if (!NAME.matcher(name).matches()) {
          throw new IllegalArgumentException(block.where() + ": given item '" + n + "' does not start with a name");
        }
        result.add(new Given(type, name, description));
      }
    }
    return result;
  }

  private static List<String> splitTopLevel(String text, char separator) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '(' || ch == '<' || ch == '[') {
        depth++;
      } else if (ch == ')' || ch == '>' || ch == ']') {
        depth--;
      } else if (ch == separator && depth == 0) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }
}
