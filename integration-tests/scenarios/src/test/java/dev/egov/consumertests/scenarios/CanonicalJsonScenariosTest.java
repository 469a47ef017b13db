package dev.egov.consumertests.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.egov.json.CanonicalJson;
import dev.egov.json.Decoded;
import dev.egov.json.UnknownField;
import dev.egov.model.PartialDate;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.person.Citizen;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Canonical JSON of every record type, with egov's own mapper ({@link CanonicalJson#get()}) and with a user's own
 * {@code ObjectMapper} that registers {@link CanonicalJson#module()}; and the hand-written golden files of egov-json's
 * test-jar.
 */
@Timeout(60)
class CanonicalJsonScenariosTest {

  private static final CanonicalJson CANONICAL = CanonicalJson.get();

  @Test
  void everyRecordType_withEgovsMapper_readsBackEqualAndWritesTheSameBytes() {
    for (Object record : ValidationScenariosTest.everyRecordType()) {
      byte[] json = CANONICAL.write(record);

      Object back = CANONICAL.read(json, record.getClass());

      assertThat(back).as(record.getClass().getSimpleName()).isEqualTo(record);
      assertThat(CANONICAL.write(back)).as(record.getClass().getSimpleName()).isEqualTo(json);
    }
  }

  @Test
  void goldenCitizen_withAVendorField_decodesAndWritesTheFieldBack() {
    byte[] golden = Golden.bytes("canonical/citizen-minimal.json");
    String withVendorField = new String(golden, StandardCharsets.UTF_8).replace(
        "\"dataQualityFlags\"", "\"vendorField\": 42, \"dataQualityFlags\"");

    Decoded<Citizen> decoded = CANONICAL.decode(withVendorField.getBytes(StandardCharsets.UTF_8), Citizen.class);

    assertThat(decoded.value().personalId()).isEqualTo(PersonalIdNumber.parse("001190001234"));
    assertThat(decoded.value().birthDate()).isEqualTo(PartialDate.parse("1990"));
    assertThat(decoded.unknownFields()).containsExactly(new UnknownField("/vendorField", "42"));
    assertThat(Golden.tree(CANONICAL.write(decoded)))
        .isEqualTo(Golden.tree(withVendorField.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void goldenDossier_readsAndWritesBackTheSameJson() {
    byte[] golden = Golden.bytes("canonical/dossier-minimal.json");

    Dossier dossier = CANONICAL.read(golden, Dossier.class);

    assertThat(Golden.tree(CANONICAL.write(dossier))).isEqualTo(Golden.tree(golden));
  }

  /**
   * A user's own mapper with egov's module only: it reads egov's canonical JSON, and what it writes reads back equal
   * with its own mapper and with egov's. (Whether it writes nulls explicitly is its own setting, not asserted here.)
   */
  @Test
  void everyRecordType_withAUsersOwnMapperAndTheModule_readsCanonicalJsonAndRoundTrips() throws IOException {
    ObjectMapper users = JsonMapper.builder().addModule(CanonicalJson.module()).build();

    Citizen golden = users.readValue(Golden.bytes("canonical/citizen-minimal.json"), Citizen.class);
    assertThat(golden).isEqualTo(CANONICAL.read(Golden.bytes("canonical/citizen-minimal.json"), Citizen.class));
    for (Object record : ValidationScenariosTest.everyRecordType()) {
      String what = record.getClass().getSimpleName();

      assertThat(users.readValue(CANONICAL.write(record), record.getClass())).as(what).isEqualTo(record);
      byte[] written = users.writeValueAsBytes(record);
      assertThat(users.readValue(written, record.getClass())).as(what).isEqualTo(record);
      assertThat(CANONICAL.read(written, record.getClass())).as(what).isEqualTo(record);
    }
  }
}
