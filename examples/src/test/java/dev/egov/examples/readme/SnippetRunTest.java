package dev.egov.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.InstanceOfAssertFactories;
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

  @Test
  void markdown_runByMarker_namesTheBlockAndTheTestThatRunsIt(@TempDir Path root) throws Exception {
    Files.writeString(root.resolve("A.md"), String.join("\n",
        "<!-- snippet: boot, run by it/src/test/java/BootTest.java -->", "```java", "int a = 1;", "```", "",
        "<!-- snippet: here -->", "```java", "int b = 2;", "```", "",
        "<!-- snippet: bad, run by -->", "```java", "int c = 3;", "```", ""), StandardCharsets.UTF_8);

    List<JavaBlock> blocks = JavaBlock.inRepository(root);

    assertThat(blocks).extracting(JavaBlock::name, JavaBlock::runBy).containsExactly(
        tuple("boot", "it/src/test/java/BootTest.java"), tuple("here", null), tuple(null, null));
  }

  @Test
  void coverage_blockRunByAnotherTest_passesOnlyIfThatTestExistsAndNamesIt(@TempDir Path root) throws Exception {
    String runner = "it/src/test/java/BootTest.java";
    JavaBlock boot = new JavaBlock(Path.of("A.md"), 3, "boot", runner, List.of("int a = 1;"));
    Path source = root.resolve(runner);

    assertThat(SnippetCoverage.problems(root, List.of(boot), Set.of()))
        .containsExactly("A.md:3: snippet boot is run by " + runner + ", which does not exist");

    Files.createDirectories(source.getParent());
    Files.writeString(source, "class BootTest { String block = \"other\"; } // boot", StandardCharsets.UTF_8);
    assertThat(SnippetCoverage.problems(root, List.of(boot), Set.of()))
        .containsExactly("A.md:3: snippet boot is run by " + runner + ", which does not name it (no \"boot\" in it)");

    Files.writeString(source, "class BootTest { String block = \"boot\"; }", StandardCharsets.UTF_8);
    assertThat(SnippetCoverage.problems(root, List.of(boot), Set.of())).isEmpty();
    assertThat(SnippetCoverage.problems(root, List.of(boot), Set.of("boot")))
        .singleElement(as(InstanceOfAssertFactories.STRING)).contains("also has a spec");
  }

  @Test
  void coverage_runByPathOutsideTheRepositoryOrNotJava_fails(@TempDir Path root) throws Exception {
    Path repository = Files.createDirectories(root.resolve("repo"));
    Files.writeString(root.resolve("Outside.java"), "\"boot\"", StandardCharsets.UTF_8);
    Files.writeString(repository.resolve("notes.txt"), "\"boot\"", StandardCharsets.UTF_8);

    assertThat(SnippetCoverage.problems(repository,
        List.of(new JavaBlock(Path.of("A.md"), 3, "boot", "../Outside.java", List.of())), Set.of()))
        .singleElement(as(InstanceOfAssertFactories.STRING)).endsWith("a path outside the repository");
    assertThat(SnippetCoverage.problems(repository,
        List.of(new JavaBlock(Path.of("A.md"), 3, "boot", "notes.txt", List.of())), Set.of()))
        .singleElement(as(InstanceOfAssertFactories.STRING)).endsWith("which is not a Java test");
  }

  @Test
  void coverage_blockRunHere_needsASpec_andEverySpecItsBlock(@TempDir Path root) {
    List<JavaBlock> blocks = List.of(new JavaBlock(Path.of("A.md"), 3, "here", List.of()),
        new JavaBlock(Path.of("A.md"), 9, null, List.of()), new JavaBlock(Path.of("B.md"), 2, "here", List.of()));

    assertThat(SnippetCoverage.problems(root, blocks, Set.of("gone"))).containsExactly(
        "A.md:3: no spec in ReadmeSnippetsTest for snippet here",
        "A.md:9: a java block without a '<!-- snippet: NAME -->' line above it",
        "B.md:2: a second block named here",
        "spec gone has no block");
    assertThat(SnippetCoverage.problems(root, blocks.subList(0, 1), Set.of("here"))).isEmpty();
  }
}
