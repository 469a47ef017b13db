package dev.egov.examples.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.egov.examples.repository.RepositoryReferences.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the repository check reports, on a small repository written for each test. Offending texts are assembled from
 * pieces so that this file itself passes the check.
 */
@Timeout(30)
class RepositoryReferencesTest {

  private static final String OUTSIDE_NAME = "REFERENCE" + ".md";

  @TempDir Path root;

  @BeforeEach
  void writeRepository() throws IOException {
    write("mvnw", "#!/bin/sh\n");
    write("pom.xml", "<project><artifactId>egov-parent</artifactId></project>\n");
    write("manual/identifiers.md", "# Identifiers\n\n## Tax codes\n\n## Thừa Thiên Huế becomes Thành phố Huế\n");
    write("lib/pom.xml", "<project/>\n");
  }

  private void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private List<Finding> scan(String path, String text, Set<String> pending) throws IOException {
    write(path, text);
    return new RepositoryReferences(root, pending).scan(List.of(path));
  }

  private List<Finding> scan(String path, String text) throws IOException {
    return scan(path, text, Set.of());
  }

  @Test
  void scan_outsideDocumentByName_isReportedWithFileAndLine() throws IOException {
    List<Finding> findings = scan("lib/src/A.java", "/**\n * The check digit (" + OUTSIDE_NAME + " §1.3).\n */\n");

    assertThat(findings).hasSize(1);
    Finding finding = findings.get(0);
    assertThat(finding.path()).isEqualTo("lib/src/A.java");
    assertThat(finding.line()).isEqualTo(2);
    assertThat(finding.problem()).isEqualTo("names a document outside the repository");
    assertThat(finding.toString()).startsWith("lib/src/A.java:2: names a document outside the repository: ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "PERF-" + "BASELINES §2b",
        "see ANCHORS" + ".md",
        "ARCHITECTURE" + ".md says so",
        "the REFERENCE" + " §2.2 table"
      })
  void scan_otherOutsideDocumentNames_areReported(String text) throws IOException {
    assertThat(scan("README.md", text + "\n"))
        .extracting(Finding::problem)
        .containsExactly("names a document outside the repository");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../" + "shared/" + "design/x", "see ../../" + "shared", "`shared/" + "domain/x.md`"})
  void scan_pathIntoTheFolderBesideTheRepository_isReported(String text) throws IOException {
    assertThat(scan("lib/notes.txt", text + "\n"))
        .extracting(Finding::problem)
        .contains("points into a folder outside the repository");
  }

  @Test
  void scan_absolutePathOfTheBuildMachine_isReported() throws IOException {
    assertThat(scan("lib/run.sh", "cat /wor" + "k/data/file.json\n"))
        .extracting(Finding::problem)
        .containsExactly("an absolute path of the build machine");
  }

  @Test
  void scan_markdownLinkLeavingTheRepository_isReported() throws IOException {
    assertThat(scan("manual/a.md", "See [the notes](../../notes/x.txt).\n"))
        .extracting(Finding::problem)
        .containsExactly("link ../../notes/x.txt leaves the repository");
  }

  @Test
  void scan_markdownLinkToMissingFile_isReported() throws IOException {
    assertThat(scan("manual/a.md", "See [gone](gone.md) and [there](identifiers.md).\n"))
        .extracting(Finding::problem)
        .contains("link gone.md names a file that does not exist (manual/gone.md)")
        .noneMatch(problem -> problem.contains("identifiers.md"));
  }

  @Test
  void scan_markdownLinkToUnknownHeading_isReported_knownHeadingsPass() throws IOException {
    List<Finding> findings =
        scan(
            "README.md",
            "[a](manual/identifiers.md#tax-codes) [b](manual/identifiers.md#thừa-thiên-huế-becomes-thành-phố-huế)\n"
                + "[c](manual/identifiers.md#tax-code)\n[d](#local) \n\n## Local\n");

    assertThat(findings)
        .extracting(Finding::line, Finding::problem)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                2, "link manual/identifiers.md#tax-code names no heading of manual/identifiers.md (#tax-code)"));
  }

  @Test
  void scan_repositoryPathInJavadoc_mustExist() throws IOException {
    List<Finding> findings =
        scan("lib/src/B.java", " * see manual/identifiers.md, Tax codes\n * see manual/missing.md, Anything\n");

    assertThat(findings)
        .extracting(Finding::line, Finding::problem)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                2, "path manual/missing.md names a file that does not exist (manual/missing.md)"));
  }

  @Test
  void scan_moduleRelativePath_resolvesFromItsModule() throws IOException {
    assertThat(scan("lib/src/C.java", "Files.readString(BASEDIR.resolve(\"../README.md\"));\n")).isNotEmpty();
    write("README.md", "# egov\n");
    assertThat(new RepositoryReferences(root, Set.of()).scan(List.of("lib/src/C.java"))).isEmpty();
  }

  @Test
  void scan_pendingDocumentMissing_isToleratedAndListed() throws IOException {
    RepositoryReferences references = new RepositoryReferences(root, Set.of("manual/later.md"));
    write("manual/a.md", "See [later](later.md#any-heading).\n");

    assertThat(references.scan(List.of("manual/a.md"))).isEmpty();
    assertThat(references.pendingReferenced()).containsExactly("manual/later.md");
  }

  @Test
  void scan_pendingDocumentPresent_isCheckedLikeAnyOther() throws IOException {
    write("manual/later.md", "# Later\n");

    assertThat(scan("manual/a.md", "See [later](later.md#missing-heading).\n", Set.of("manual/later.md")))
        .extracting(Finding::problem)
        .containsExactly("link later.md#missing-heading names no heading of manual/later.md (#missing-heading)");
  }

  @Test
  void scan_webAddressesCodeAndOtherProjectsPaths_areNotReferences() throws IOException {
    String text =
        "[site](https://example.org/x.md) <https://github.com/FasterXML/jackson/blob/main/README.md>\n"
            + "`[not a link](missing.md)` and the upstream file jackson3/MIGRATING_TO_JACKSON_3.md\n"
            + "```\n[in a block](missing.md)\n```\n";

    assertThat(scan("manual/a.md", text)).isEmpty();
  }

  @Test
  void scan_binaryFile_isSkipped() throws IOException {
    Path file = root.resolve("lib/blob.bin");
    Files.write(file, ("\0\0" + OUTSIDE_NAME).getBytes(StandardCharsets.UTF_8));

    assertThat(new RepositoryReferences(root, Set.of()).scan(List.of("lib/blob.bin"))).isEmpty();
  }

  @Test
  void findRoot_fromAModuleFolder_findsTheFolderWithMvnwAndTheParentPom() throws IOException {
    Files.createDirectories(root.resolve("lib/src/test"));

    assertThat(RepositoryReferences.findRoot(root.resolve("lib/src/test"))).isEqualTo(root.toAbsolutePath());
  }

  @Test
  void findRoot_outsideAnyRepository_throws() throws IOException {
    Files.delete(root.resolve("mvnw"));

    assertThatThrownBy(() -> RepositoryReferences.findRoot(root.resolve("lib")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No repository root");
  }

  @Test
  void listFiles_withoutGit_walksTheTreeWithoutBuildOutput() throws IOException {
    write("lib/target/classes/Copied.md", "[x](../" + "shared/x.md)\n");
    write(".git/config", "[core]\n");

    List<String> files = new RepositoryReferences(root, Set.of()).listFiles();

    assertThat(files).contains("mvnw", "pom.xml", "manual/identifiers.md", "lib/pom.xml");
    assertThat(files).noneMatch(file -> file.contains("target/") || file.startsWith(".git/"));
  }

  @Test
  void slug_headingText_asGitHubWritesAnchors() {
    assertThat(RepositoryReferences.slug("2.1 On-time rate")).isEqualTo("21-on-time-rate");
    assertThat(RepositoryReferences.slug("Births registered abroad (uncertain)"))
        .isEqualTo("births-registered-abroad-uncertain");
    assertThat(RepositoryReferences.slug("The legacy catalogue (2004 to June 2025)"))
        .isEqualTo("the-legacy-catalogue-2004-to-june-2025");
    assertThat(RepositoryReferences.slug("Đắk Lắk and `code`, [a link](x.md)")).isEqualTo("đắk-lắk-and-code-a-link");
  }
}
