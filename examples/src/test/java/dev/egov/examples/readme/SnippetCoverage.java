package dev.egov.examples.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether every {@code java} block of the Markdown files is run by a test: by its spec in {@link ReadmeSnippetsTest},
 * or, when its marker says {@code run by PATH}, by the test at that repository path, which must exist and name the
 * snippet (as the string literal {@code "NAME"}, the name it looks the block up by).
 */
final class SnippetCoverage {

  private SnippetCoverage() {}

  /**
   * Returns what is wrong with the coverage of {@code blocks}, one problem a line, naming the block's file and line.
   *
   * @param root the repository root, which the blocks' files and {@code run by} paths are relative to
   * @param blocks every java block of the repository's Markdown files
   * @param specs the names of the specs that run blocks here
   * @return the problems; empty when every block is run exactly once and every spec has its block
   */
  static List<String> problems(Path root, List<JavaBlock> blocks, Set<String> specs) {
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (JavaBlock block : blocks) {
      if (block.name() == null) {
        problems.add(block.where() + ": a java block without a '<!-- snippet: NAME -->' line above it");
      } else if (!seen.add(block.name())) {
        problems.add(block.where() + ": a second block named " + block.name());
      } else if (block.runBy() != null) {
        String problem = runnerProblem(root, block);
        if (problem != null) {
          problems.add(block.where() + ": snippet " + block.name() + " is run by " + block.runBy() + ", " + problem);
        } else if (specs.contains(block.name())) {
          problems.add(block.where() + ": snippet " + block.name() + " is run by " + block.runBy()
              + " and also has a spec in " + ReadmeSnippetsTest.class.getSimpleName());
        }
      } else if (!specs.contains(block.name())) {
        problems.add(block.where() + ": no spec in " + ReadmeSnippetsTest.class.getSimpleName()
            + " for snippet " + block.name());
      }
    }
    for (String spec : specs) {
      if (!seen.contains(spec)) {
        problems.add("spec " + spec + " has no block");
      }
    }
    return problems;
  }

  /** Returns why the test a block's marker names does not run it, or {@code null} if it does. */
  private static String runnerProblem(Path root, JavaBlock block) {
    Path base = root.toAbsolutePath().normalize();
    Path runner = base.resolve(block.runBy()).normalize();
    if (!runner.startsWith(base) || Path.of(block.runBy()).isAbsolute()) {
      return "a path outside the repository";
    }
    if (!block.runBy().endsWith(".java")) {
      return "which is not a Java test";
    }
    if (!Files.isRegularFile(runner)) {
      return "which does not exist";
    }
    String source;
    try {
      source = Files.readString(runner, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!source.contains("\"" + block.name() + "\"")) {
      return "which does not name it (no \"" + block.name() + "\" in it)";
    }
    return null;
  }
}
