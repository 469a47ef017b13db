package dev.egov.examples.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.examples.repository.RepositoryReferences.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The repository stands on its own: no file refers to a document outside it, every relative Markdown link resolves
 * to a file (and heading) of the repository, and every repository path named in code or prose exists. Runs in
 * {@code ./mvnw verify}; a failure names each offending file and line.
 */
@Timeout(120)
class SelfContainedRepositoryTest {

  /**
   * Domain documents written on other branches of the same issue. A reference to one of them counts as resolved while
   * the file is missing; once it exists it is checked like every other file. Empty this set when they are merged.
   */
  static final Set<String> PENDING = Set.of();

  @Test
  void scan_wholeRepository_findsNoReferenceOutsideIt() {
    Path root = RepositoryReferences.findRoot(Path.of("").toAbsolutePath());
    RepositoryReferences references = new RepositoryReferences(root, PENDING);
    List<String> files = references.listFiles();

    // It must see the whole repository, not the module it runs in.
    assertThat(files).contains("pom.xml", "README.md", "docs/README.md", "egov-model/pom.xml", "examples/pom.xml");

    List<Finding> findings = references.scan(files);
    assertThat(findings)
        .withFailMessage(
            () ->
                "References to documents outside the repository, or to files it does not have (cite the law or a"
                    + " docs/ page instead):\n"
                    + findings.stream().map(Finding::toString).collect(Collectors.joining("\n")))
        .isEmpty();
  }
}
