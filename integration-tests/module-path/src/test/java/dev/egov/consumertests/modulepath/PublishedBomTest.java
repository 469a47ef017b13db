package dev.egov.consumertests.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The BOM users import, as it is published (egov-bom's flattened POM): egov's own artifacts and nothing else, no
 * parent and no properties to leak, and what a public repository requires, with the repository's own URL.
 */
@Timeout(30)
class PublishedBomTest {

  private static final Path FLATTENED = Path.of("../../egov-bom/.flattened-pom.xml");

  private static String bom() throws IOException {
    assertThat(FLATTENED).as("egov-bom's flattened POM (egov-bom builds before this module)").exists();
    return Files.readString(FLATTENED, StandardCharsets.UTF_8);
  }

  @Test
  void publishedBom_managesOnlyEgovsArtifacts_withNoParentAndNoProperties() throws IOException {
    String bom = bom();
    String management = bom.substring(bom.indexOf("<dependencyManagement>"), bom.indexOf("</dependencyManagement>"));
    Matcher groups = Pattern.compile("<groupId>([^<]+)</groupId>").matcher(management);
    List<String> groupIds = groups.results().map(m -> m.group(1)).distinct().collect(Collectors.toList());

    assertThat(groupIds).containsExactly("dev.egov");
    assertThat(management).contains("<artifactId>egov-model</artifactId>", "<artifactId>egov-validation</artifactId>",
        "<artifactId>egov-json</artifactId>", "<artifactId>egov-fakes</artifactId>", "<type>test-jar</type>");
    assertThat(bom).doesNotContain("<parent>", "<properties>", "<build>");
    assertThat(bom.split("<dependencies>", -1)).as("only dependencyManagement has dependencies").hasSize(2);
  }

  @Test
  void publishedBom_carriesWhatAPublicRepositoryRequires() throws IOException {
    String bom = bom();

    assertThat(bom).contains("<name>", "<description>", "<url>https://github.com/egov-dev/egov</url>", "<licenses>",
        "<developers>", "<scm", "<connection>scm:git:https://github.com/egov-dev/egov.git</connection>");
    assertThat(bom).doesNotContain("https://github.com/egov-dev/egov/egov-bom");
  }
}
