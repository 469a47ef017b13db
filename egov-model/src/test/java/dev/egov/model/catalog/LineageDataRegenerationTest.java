package dev.egov.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The lineage resource and the generated part of {@code docs/administrative-units-lineage.md} are exactly what {@link
 * LineageDataTool} makes of {@code data/admin-units/}: nobody edits them by hand, and the docs cannot drift from the
 * data. With {@code -Degov.catalogue.write=true} the test writes a fresh conversion instead of failing (then review
 * the diff and commit it).
 */
@Timeout(60)
class LineageDataRegenerationTest {

  private static final Path DATA = Path.of("..", "data", "admin-units");
  private static final Path RESOURCE =
      Path.of("src", "main", "resources", "dev", "egov", "model", "catalog", CommuneLineage.RESOURCE);
  private static final Path DOC = Path.of("..", "docs", "administrative-units-lineage.md");

  private static LineageDataTool.Conversion fresh;

  private static synchronized LineageDataTool.Conversion fresh() throws IOException {
    if (fresh == null) {
      fresh = new LineageDataTool(DATA).convert();
    }
    return fresh;
  }

  @Test
  void committedLineage_freshConversion_byteForByteEqual() throws IOException {
    LineageDataTool.Conversion fresh = fresh();
    byte[] expected = fresh.resource().getBytes(StandardCharsets.UTF_8);
    if (Boolean.getBoolean("egov.catalogue.write")) {
      Files.write(RESOURCE, expected);
    }
    assertThat(Files.readAllBytes(RESOURCE)).as("%s: regenerate with -Degov.catalogue.write=true", RESOURCE)
        .isEqualTo(expected);
  }

  @Test
  void lineageDoc_generatedSection_equalsFreshConversion() throws IOException {
    String fresh = fresh().generatedDoc();
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int start = doc.indexOf(LineageDataTool.DOC_START);
    int end = doc.indexOf(LineageDataTool.DOC_END);
    assertThat(start).as("%s has the generated section's markers", DOC).isNotNegative();
    assertThat(end).isGreaterThan(start);
    String updated = doc.substring(0, start) + fresh + doc.substring(end + LineageDataTool.DOC_END.length());
    if (Boolean.getBoolean("egov.catalogue.write")) {
      Files.writeString(DOC, updated, StandardCharsets.UTF_8);
      doc = updated;
    }
    assertThat(doc).as("%s: regenerate with -Degov.catalogue.write=true", DOC).isEqualTo(updated);
  }
}
