package dev.egov.examples.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A {@code ```java} code block of a Markdown file, with the name its marker gives it: the nearest non-blank line
 * above the opening fence must be {@code <!-- snippet: NAME -->} (an HTML comment, invisible on GitHub), or, for a
 * block that needs what this module's class path must not have (Spring, say), {@code <!-- snippet: NAME, run by
 * PATH -->}: the test at {@code PATH} (a repository path) runs it, and {@link SnippetCoverage} checks that it names it.
 *
 * @param file the Markdown file, relative to the repository root
 * @param firstLine the 1-based line number of the block's first code line
 * @param name the marker's name, or {@code null} when the block has no marker
 * @param runBy the repository path of the test of another module that runs the block, or {@code null} when the
 *     block is run here, by its spec in {@link ReadmeSnippetsTest}
 * @param lines the code lines, as written
 */
record JavaBlock(Path file, int firstLine, String name, String runBy, List<String> lines) {

  private static final Pattern MARKER =
      Pattern.compile("<!--\\s*snippet:\\s*([\\w.-]+)(?:\\s*,\\s*run by\\s+([^\\s,]+))?\\s*-->");

  JavaBlock {
    lines = List.copyOf(lines);
  }

  /** A block run here, by its spec. */
  JavaBlock(Path file, int firstLine, String name, List<String> lines) {
    this(file, firstLine, name, null, lines);
  }

  /** Returns where the block is, as {@code README.md:123}. */
  String where() {
    return file + ":" + firstLine;
  }

  /** Returns where one of the block's lines is, as {@code README.md:125}. */
  String where(int index) {
    return file + ":" + (firstLine + index);
  }

  /**
   * Returns every {@code java} block of every Markdown file in the repository, outside build output and hidden
   * directories, in file and line order.
   */
  static List<JavaBlock> inRepository(Path root) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk
          .filter(p -> p.getFileName().toString().endsWith(".md"))
          .filter(p -> {
            for (Path part : root.relativize(p)) {
              String name = part.toString();
              if (name.equals("target") || name.equals("node_modules") || name.startsWith(".")) {
                return false;
              }
            }
            return true;
          })
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<JavaBlock> blocks = new ArrayList<>();
    for (Path file : files) {
      blocks.addAll(in(root, file));
    }
    return blocks;
  }

  /** Returns the {@code java} blocks of one Markdown file. */
  static List<JavaBlock> in(Path root, Path file) {
    List<String> text;
    try {
      text = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<JavaBlock> blocks = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      if (!text.get(i).strip().startsWith("```")) {
        continue;
      }
      String info = text.get(i).strip().substring(3).strip();
      int end = i + 1;
      while (end < text.size() && !text.get(end).strip().equals("```")) {
        end++;
      }
      if (info.equals("java")) {
        Matcher marker = markerAbove(text, i);
        blocks.add(new JavaBlock(root.relativize(file), i + 2, marker == null ? null : marker.group(1),
            marker == null ? null : marker.group(2), text.subList(i + 1, end)));
      }
      i = end;
    }
    return blocks;
  }

  /** Returns the marker on the nearest non-blank line above the fence, or {@code null} if that line is none. */
  private static Matcher markerAbove(List<String> text, int fence) {
    for (int i = fence - 1; i >= 0; i--) {
      if (!text.get(i).isBlank()) {
        Matcher m = MARKER.matcher(text.get(i).strip());
        return m.matches() ? m : null;
      }
    }
    return null;
  }
}
