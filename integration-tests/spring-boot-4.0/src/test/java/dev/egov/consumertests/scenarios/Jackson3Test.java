package dev.egov.consumertests.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.json.CanonicalJson;
import dev.egov.model.person.Citizen;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Boot 4's default JSON mapper is Jackson 3, whose databind egov-json does not use (egov-json is on Jackson 2,
 * docs/adr/0002-jackson-2-line.md). egov-model's records carry only annotations that both lines read, so a plain
 * Jackson 3 mapper reads egov's canonical JSON, and what it writes reads back, with its own mapper and with egov's.
 */
@Timeout(60)
class Jackson3Test {

  private static final CanonicalJson CANONICAL = CanonicalJson.get();
  private static final JsonMapper JACKSON_3 = JsonMapper.builder().build();

  /** Boot 4's Jackson 3, not the newer one egov's benchmarks measure: a version the parent manages would win. */
  @Test
  void jackson3_isLoadedFromTheVersionBootImposes() throws URISyntaxException {
    String expected = System.getProperty("egov.expected.jackson3-databind");
    assertThat(expected).as("egov.expected.jackson3-databind in this module's POM").isNotBlank();

    Path jar = Path.of(JsonMapper.class.getProtectionDomain().getCodeSource().getLocation().toURI());

    assertThat(jar.getFileName()).hasToString("jackson-databind-" + expected + ".jar");
  }

  @Test
  void goldenCitizen_readByJackson3_equalsEgovsReading() {
    byte[] golden = Golden.bytes("canonical/citizen-minimal.json");

    assertThat(JACKSON_3.readValue(golden, Citizen.class)).isEqualTo(CANONICAL.read(golden, Citizen.class));
  }

  @Test
  void everyRecordType_throughJackson3_roundTripsWithItAndWithEgov() {
    for (Object record : ValidationScenariosTest.everyRecordType()) {
      String what = record.getClass().getSimpleName();

      assertThat(JACKSON_3.readValue(CANONICAL.write(record), record.getClass())).as(what).isEqualTo(record);
      byte[] written = JACKSON_3.writeValueAsBytes(record);
      assertThat(JACKSON_3.readValue(written, record.getClass())).as(what).isEqualTo(record);
      assertThat(CANONICAL.read(written, record.getClass())).as(what).isEqualTo(record);
    }
  }
}
