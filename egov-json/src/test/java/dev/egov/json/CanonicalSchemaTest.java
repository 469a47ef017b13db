package dev.egov.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.egov.model.dossier.Dossier;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON Schema of canonical JSON: every payload egov writes validates, and it never drifts. */
@Timeout(30)
class CanonicalSchemaTest {

  private static final ObjectMapper TREES = new ObjectMapper();
  private static final List<String> MODEL_PACKAGES = List.of("dev.egov.model.person", "dev.egov.model.address",
      "dev.egov.model.organisation", "dev.egov.model.procedure", "dev.egov.model.dossier", "dev.egov.model.result",
      "dev.egov.model.calendar");

  private static JsonNode schemaTree;
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = CanonicalJson.class.getResourceAsStream("canonical.schema.json")) {
      schemaTree = TREES.readTree(in);
    }
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaTree);
  }

  static Stream<Object> corpus() {
    return CanonicalCorpus.all().stream();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void everyCanonicalPayload_validatesAgainstTheSchema(Object record) {
    Set<ValidationMessage> errors = schema.validate(read(CanonicalJson.get().write(record)));

    assertThat(errors).isEmpty();
  }

  private static JsonNode read(byte[] json) {
    try {
      return TREES.readTree(json);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void schema_rejects_brokenPayloads() {
    ObjectNode citizen = (ObjectNode) read(CanonicalJson.get().write(CanonicalCorpus.fullCitizen()));

    assertThat(schema.validate(citizen.deepCopy().put("personalId", "0793030012"))).isNotEmpty();
    assertThat(schema.validate(citizen.deepCopy().put("birthDate", "14/07/1985"))).isNotEmpty();
    assertThat(schema.validate(citizen.deepCopy().put("sex", "M"))).isNotEmpty();
    assertThat(schema.validate(citizen.deepCopy().put("unmapped", 1))).isNotEmpty();
    assertThat(schema.validate(citizen.deepCopy().without("name"))).isNotEmpty();
    ObjectNode dossier = (ObjectNode) read(CanonicalJson.get().write(CanonicalCorpus.fullDossier()));
    assertThat(schema.validate(dossier.deepCopy().put("receivedAt", "2026-11-16 09:00:00"))).isNotEmpty();
    assertThat(schema.validate(dossier.deepCopy().put("code", "000.00.06.H56-231027-36"))).isNotEmpty();
  }

  /** The schema accepts what the model reads leniently: every short agency form inside dossier and procedure codes. */
  @Test
  void schema_dossierAndProcedureCodesWithShortAgencyForm_accepted() {
    ObjectNode dossier = (ObjectNode) read(CanonicalJson.get().write(CanonicalCorpus.fullDossier()));
    for (String code : new String[] {"H56-260217-0001", "H56.14-260217-0001", "H56.14.22-260217-12345",
        "H56.14.22.001-260217-0001"}) {
      assertThat(schema.validate(dossier.deepCopy().put("code", code))).as(code).isEmpty();
      assertThat(CanonicalJson.get().read(dossier.deepCopy().put("code", code).toString(), Dossier.class).code()
          .format()).isEqualTo(code);
    }
    assertThat(schema.validate(dossier.deepCopy().put("code", "H56.1-260217-0001"))).isNotEmpty();
  }

  @Test
  void everyObjectDefinition_matchesItsRecordsComponents() throws ClassNotFoundException {
    List<String> checked = new ArrayList<>();
    for (var def : schemaTree.get("$defs").properties()) {
      JsonNode definition = def.getValue();
      if (!"object".equals(definition.path("type").asText())) {
        continue;
      }
      Class<?> record = recordNamed(def.getKey());
      Set<String> components = new TreeSet<>();
      for (RecordComponent c : record.getRecordComponents()) {
        components.add(c.getName());
      }
      Set<String> properties = new TreeSet<>();
      definition.get("properties").fieldNames().forEachRemaining(properties::add);
      assertThat(properties).as(def.getKey()).isEqualTo(components);
      definition.get("required").forEach(r -> assertThat(components).as(def.getKey()).contains(r.asText()));
      checked.add(def.getKey());
    }
    assertThat(checked).contains("Citizen", "Dossier", "Organisation", "Procedure", "Result", "SupplementRequest");
  }

  @Test
  void everyRecordReachableFromTheRoots_hasADefinition() throws ClassNotFoundException {
    Set<String> defined = new TreeSet<>();
    schemaTree.get("$defs").fieldNames().forEachRemaining(defined::add);
    Set<String> seen = new TreeSet<>();
    for (String root : List.of("Citizen", "Organisation", "Procedure", "Dossier", "Result")) {
      visit(recordNamed(root), seen);
    }
    assertThat(defined).containsAll(seen);
  }

  private static void visit(Class<?> type, Set<String> seen) {
    if (!type.isRecord() || !seen.add(type.getSimpleName())) {
      return;
    }
    for (RecordComponent c : type.getRecordComponents()) {
      visit(c.getType(), seen);
      if (c.getGenericType() instanceof java.lang.reflect.ParameterizedType) {
        Arrays.stream(((java.lang.reflect.ParameterizedType) c.getGenericType()).getActualTypeArguments())
            .filter(Class.class::isInstance)
            .forEach(t -> visit((Class<?>) t, seen));
      }
    }
  }

  private static Class<?> recordNamed(String simpleName) throws ClassNotFoundException {
    for (String pkg : MODEL_PACKAGES) {
      try {
        Class<?> type = Class.forName(pkg + "." + simpleName);
        if (type.isRecord()) {
          return type;
        }
      } catch (ClassNotFoundException notHere) {
        // try the next package
      }
    }
    throw new ClassNotFoundException("No model record named " + simpleName);
  }
}
