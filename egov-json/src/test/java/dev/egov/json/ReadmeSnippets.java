package dev.egov.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the README's code blocks and the tests that run them the same: a test marks the README's lines with
 * {@code // README:begin} and {@code // README:end} (indented by four more spaces than the block), and {@link
 * #assertReadmeShows} fails when the README no longer shows exactly those lines as a {@code java} block.
 */
public final class ReadmeSnippets {

  private static final Path BASEDIR = Path.of(System.getProperty("basedir", "."));

  private ReadmeSnippets() {}

  /**
   * Asserts that the README shows the marked lines of a test source as one {@code java} code block.
   *
   * @param testSource the test's source, relative to {@code src/test/java} of egov-json
   * @param minimumLines fewer marked lines means the markers were lost
   * @throws IOException if a file cannot be read
   */
  public static void assertReadmeShows(String testSource, int minimumLines) throws IOException {
    List<String> source = Files.readAllLines(BASEDIR.resolve("src/test/java").resolve(testSource),
        StandardCharsets.UTF_8);
    List<String> example = new ArrayList<>();
    boolean inside = false;
    for (String line : source) {
      if (line.strip().equals("// README:end")) {
        inside = false;
      }
      if (inside) {
        example.add(line.length() >= 4 ? line.substring(4) : line.strip());
      }
      if (line.strip().equals("// README:begin")) {
        inside = true;
      }
    }
    String readme = Files.readString(BASEDIR.resolve("../README.md"), StandardCharsets.UTF_8);

    assertThat(example).hasSizeGreaterThan(minimumLines);
    assertThat(readme).contains("```java\n" + String.join("\n", example) + "\n```");
  }
}
