package dev.egov.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The snippet checker itself: each way a documentation block can be wrong makes it fail, naming the line. */
@Timeout(60)
class SnippetRunTest {

  private static final List<String> IMPORTS = List.of("java.time.*", "java.util.List");

  @TempDir
  Path work;

  private static JavaBlock block(String... lines) {
    return new JavaBlock(Path.of("DOC.md"), 10, "t", List.of(lines));
  }

  private static SnippetSpec spec() {
    return SnippetSpec.of("t", IMPORTS);
  }

  @Test
  void commentThatSaysTheValue_passes_andValuesAreKept() throws Exception {
    SnippetRun run = SnippetRun.of(block(
        "int sum = 1 + 2;                // 3",
        "List<Integer> list = List.of(sum,",
        "    4);                         // [3, 4]",
        "String.valueOf(sum * 2);        // \"6\"",
        "System.out.print(list.size());  // prints 2"),
        spec().shows("int sum", (v, r) -> String.valueOf(v))
            .shows("4);", (v, r) -> String.valueOf(v))
            .shows("String.valueOf(", (v, r) -> String.valueOf(v))
            .claims("System.out.print(", "prints 2", r -> assertThat(r.printed()).isEqualTo("2")),
        work);

    assertThat(run.value("sum")).isEqualTo(3);
    assertThat(run.value("list")).isEqualTo(List.of(3, 4));
  }

  @Test
  void commentThatDoesNotSayTheValue_failsAtItsMarkdownLine() {
    assertThatThrownBy(() -> SnippetRun.of(block("int sum = 1 + 2;   // 4"),
        spec().shows("int sum", (v, r) -> String.valueOf(v)), work))
        .isInstanceOf(AssertionError.class).hasMessageContaining("DOC.md:10").hasMessageContaining("'3'");
  }

  @Test
  void commentTheSpecDoesNotName_fails() {
    assertThatThrownBy(() -> SnippetRun.of(block("int sum = 1 + 2;", "int twice = sum * 2;   // 6"), spec(), work))
        .isInstanceOf(AssertionError.class).hasMessageContaining("DOC.md:11").hasMessageContaining("// 6")
        .hasMessageContaining("does not check this comment");
  }

  @Test
  void commentOnTheFollowingLines_belongsToTheStatementAbove() throws Exception {
    SnippetSpec spec = spec().shows("List<String> lines", (v, r) -> ((List<?>) v).stream().map(String::valueOf).collect(Collectors.joining("\n")));

    SnippetRun.of(block("List<String> lines = List.of(\"a\", \"b\");   // one a line:", "// a", "// b"), spec, work);
    assertThatThrownBy(() -> SnippetRun.of(
        block("List<String> lines = List.of(\"a\", \"b\");   // one a line:", "// b", "// a"), spec,
        work.resolve("2")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("DOC.md:10: what the comment says");
  }

  @Test
  void elidedComment_matchesThePartsInOrderOnly() throws Exception {
    SnippetSpec spec = spec().showsElided("String s", (v, r) -> (String) v);

    SnippetRun.of(block("String s = \"{\\\"a\\\":1,\\\"b\\\":2,\\\"c\\\":3}\";   // {\"a\":1,…,\"c\":3}"), spec, work);
    assertThatThrownBy(() -> SnippetRun.of(
        block("String s = \"{\\\"a\\\":1,\\\"b\\\":2,\\\"c\\\":3}\";   // {\"c\":3,…,\"a\":1}"), spec,
        work.resolve("2")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("… for any text");
  }

  @Test
  void undeclaredValue_doesNotCompile_andTheErrorNamesTheMarkdownLine() {
    assertThatThrownBy(() -> SnippetRun.of(block("int a = 1;", "int b = clock.millis();"), spec(), work))
        .isInstanceOf(AssertionError.class).hasMessageContaining("DOC.md:11").hasMessageContaining("clock");
  }

  @Test
  void givenLine_mustNameExactlyWhatTheTestSupplies_andItsTimesMustBeTrue() throws Exception {
    Instant at = Instant.parse("2026-11-16T02:00:00Z");
    JavaBlock block = block("// given: Instant received (Mon 16 Nov 2026 09:00); String who",
        "String text = who + received;   // Ana2026-11-16T02:00:00Z");

    SnippetRun.of(block, spec().given("received", at).given("who", "Ana").shows("String text", (v, r) -> (String) v),
        work);
    assertThatThrownBy(() -> SnippetRun.of(block, spec().given("received", at), work.resolve("2")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("given");
    assertThatThrownBy(() -> SnippetRun.of(block, spec().given("received", at.plusSeconds(3600)).given("who", "Ana")
        .shows("String text", (v, r) -> (String) v), work.resolve("3")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("Mon 16 Nov 2026 10:00");
  }

  @Test
  void snippetThatThrows_fails() {
    assertThatThrownBy(() -> SnippetRun.of(block("Integer.parseInt(\"x\");"), spec(), work))
        .isInstanceOf(AssertionError.class).hasMessageContaining("threw").hasMessageContaining("NumberFormatException");
  }

  @Test
  void markdown_blocksAreNamedByTheMarkerAbove(@TempDir Path root) throws Exception {
    Files.writeString(root.resolve("A.md"), String.join("\n",
        "# A", "", "<!-- snippet: first -->", "", "```java", "int a = 1;", "```", "",
        "```java", "int b = 2;", "```", "", "```sh", "echo", "```", ""), StandardCharsets.UTF_8);
    Files.createDirectories(root.resolve("target"));
    Files.writeString(root.resolve("target/B.md"), "```java\nint c;\n```\n", StandardCharsets.UTF_8);

    List<JavaBlock> blocks = JavaBlock.inRepository(root);

    assertThat(blocks).extracting(JavaBlock::where).containsExactly("A.md:6", "A.md:10");
    assertThat(blocks.get(0).name()).isEqualTo("first");
    assertThat(blocks.get(1).name()).isNull();
    assertThat(blocks.get(1).lines()).containsExactly("int b = 2;");
  }
}
