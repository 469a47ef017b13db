package dev.egov.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The built-in catalogue's resources are exactly what {@link CatalogueDataTool} makes of {@code data/admin-units/}:
 * nobody edits the data by hand. With {@code -Degov.catalogue.write=true} the test writes a fresh conversion into
 * {@code src/main/resources} instead of failing (then review the diff and commit it).
 */
@Timeout(60)
class CatalogueDataRegenerationTest {

  private static final Path DATA = Path.of("..", "data", "admin-units");
  private static final Path RESOURCES = Path.of("src", "main", "resources", "dev", "egov", "model", "catalog");

  @Test
  void committedResources_freshConversion_byteForByteEqual() throws IOException {
    Map<String, String> fresh = new CatalogueDataTool(DATA).convert();
    assertThat(fresh).containsOnlyKeys(UnitData.PROVINCES, UnitData.COMMUNES);
    boolean write = Boolean.getBoolean("egov.catalogue.write");
    for (Map.Entry<String, String> e : fresh.entrySet()) {
      byte[] expected = e.getValue().getBytes(StandardCharsets.UTF_8);
      Path committed = RESOURCES.resolve(e.getKey());
      if (write) {
        Files.write(committed, expected);
      }
      assertThat(Files.readAllBytes(committed)).as("%s: regenerate with -Degov.catalogue.write=true", committed)
          .isEqualTo(expected);
    }
  }
}
