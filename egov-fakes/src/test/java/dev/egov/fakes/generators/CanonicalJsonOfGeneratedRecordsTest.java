package dev.egov.fakes.generators;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.egov.json.CanonicalJson;
import dev.egov.json.Decoded;
import dev.egov.json.UnknownField;
import dev.egov.json.AnswerStatus;
import dev.egov.json.population.LookupAnswer;
import dev.egov.json.population.PopulationDatabaseJson;
import dev.egov.json.ResultCode;
import dev.egov.json.population.WireForm;
import dev.egov.json.portal.PortalJson;
import dev.egov.json.portal.PortalRequest;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.person.Citizen;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated records through egov's wire formats: canonical JSON validates against the published schema ({@code
 * dev/egov/json/canonical.schema.json} in egov-json's jar), reads back equal to the record and writes the same bytes
 * again; dossiers read back from the portal's dialect as {@link PortalJson#portalView} says; citizens read back from
 * the population database's NDXP JSON form.
 *
 * <p>A failure names its seed: {@code CitizenGenerator.withSeed(seed)} and the others reproduce the records.
 */
@Timeout(60)
class CanonicalJsonOfGeneratedRecordsTest {

  private static final ObjectMapper TREES = new ObjectMapper();
  private static final CanonicalJson CANONICAL = CanonicalJson.get();
  private static final int SEEDS = 40;
  private static final int DOSSIERS_A_SEED = 8;
  /** Across the 1 July 2025 reform and Tết 2026, so that both address eras and long pauses occur. */
  private static final LocalDate FIRST_DAY = LocalDate.of(2025, 5, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 3, 31);

  private static JsonSchema schema;

  @BeforeAll
  static void loadPublishedSchema() throws IOException {
    try (InputStream in = CanonicalJson.class.getResourceAsStream("/dev/egov/json/canonical.schema.json")) {
      assertThat(in).as("the schema published in egov-json's jar").isNotNull();
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(TREES.readTree(in));
    }
  }

  static LongStream seeds() {
    return LongStream.range(0, SEEDS).map(i -> 0xC0FFEEL * 31 + i);
  }

  static List<Dossier> dossiers(long seed) {
    return DossierGenerator.withSeed(seed).dossiers(FIRST_DAY, LAST_DAY, DOSSIERS_A_SEED)
        .collect(Collectors.toUnmodifiableList());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void canonicalJson_ofGeneratedRecords_validatesReadsBackAndIsStable(long seed) {
    List<Object> records = new ArrayList<>();
    CitizenGenerator citizens = CitizenGenerator.withSeed(seed);
    records.add(citizens.citizen());
    records.add(citizens.citizen(CitizenOptions.defaults().asOf(LocalDate.of(2024, 3, 1))));
    OrganisationGenerator organisations = OrganisationGenerator.withSeed(seed);
    records.add(organisations.enterprise());
    records.add(organisations.branch());
    records.add(organisations.householdBusiness());
    for (Dossier dossier : dossiers(seed)) {
      records.add(dossier);
      DossierGenerator.resultOf(dossier).ifPresent(records::add);
    }

    for (Object record : records) {
      String what = record.getClass().getSimpleName() + " of seed " + seed;
      byte[] json = CANONICAL.write(record);

      assertThat(schema.validate(tree(json))).as(what).isEmpty();
      Object back = CANONICAL.read(json, record.getClass());
      assertThat(back).as(what).isEqualTo(record);
      assertThat(CANONICAL.write(back)).as(what).isEqualTo(json);
      Decoded<?> decoded = CANONICAL.decode(json, record.getClass());
      assertThat(decoded.unknownFields()).as(what).isEmpty();
      assertThat(CANONICAL.write(decoded)).as(what).isEqualTo(json);

      byte[] withVendorField = withVendorField(json);
      Decoded<?> vendor = CANONICAL.decode(withVendorField, record.getClass());
      assertThat(vendor.value()).as(what).isEqualTo(record);
      assertThat(vendor.unknownFields()).as(what).containsExactly(new UnknownField("/vendorField", "{\"a\":[1,\"b\"]}"));
      assertThat(CANONICAL.write(vendor)).as(what + ", written back with its unknown field").isEqualTo(withVendorField);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void portalDialect_ofGeneratedDossiers_readsBackAsThePortalView(long seed) {
    PortalJson portal = PortalJson.get();
    for (Dossier dossier : dossiers(seed)) {
      PortalRequest<Dossier> request = PortalRequest.dossierSync("session-of-seed-" + seed,
          dossier.effectiveReceivingAgency(), false, List.of(dossier));

      Decoded<PortalRequest<Dossier>> read = portal.decodeDossierRequest(portal.writeDossierRequest(request));

      assertThat(read.unknownFields()).as("seed %d", seed).isEmpty();
      assertThat(read.value().data()).as("seed %d", seed).containsExactly(PortalJson.portalView(dossier));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void populationDialect_ofGeneratedCitizens_readsBack(long seed) {
    PopulationDatabaseJson db = PopulationDatabaseJson.get();
    CitizenGenerator citizens = CitizenGenerator.withSeed(seed);
    for (LocalDate asOf : List.of(CitizenOptions.DEFAULT_AS_OF, LocalDate.of(2024, 3, 1))) {
      Citizen citizen = citizens.citizen(CitizenOptions.defaults().asOf(asOf));
      LookupAnswer answer = new LookupAnswer(AnswerStatus.success(ResultCode.of("0"), "Thành công"), List.of(citizen));

      for (WireForm form : WireForm.values()) {
        byte[] payload = db.writeLookupAnswer(answer, form);
        Decoded<LookupAnswer> read = db.decodeLookupAnswer(payload, form, asOf);

        assertThat(read.unknownFields()).as("seed %d, %s", seed, form).isEmpty();
        assertThat(read.value().citizens()).as("seed %d, %s", seed, form).containsExactly(citizen);
        assertThat(db.writeLookupAnswer(read, form)).as("seed %d, %s", seed, form).isEqualTo(payload);
      }
    }
  }

  /** Returns canonical JSON with a field egov does not know added at the end of the root object. */
  private static byte[] withVendorField(byte[] json) {
    String text = new String(json, StandardCharsets.UTF_8);
    return (text.substring(0, text.length() - 1) + ",\"vendorField\":{\"a\":[1,\"b\"]}}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static JsonNode tree(byte[] json) {
    try {
      return TREES.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
