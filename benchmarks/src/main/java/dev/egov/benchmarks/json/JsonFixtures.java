package dev.egov.benchmarks.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.egov.fakes.generators.CitizenGenerator;
import dev.egov.fakes.generators.DossierGenerator;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.person.Citizen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The wire-format benchmarks' records: {@value #SIZE} citizens and {@value #SIZE} dossiers from egov-fakes' seeded
 * generators (the same on every run and JDK), the baseline's mapper, and the comparison of two payloads as JSON trees.
 */
final class JsonFixtures {

  /** Records per fixture; one benchmark invocation reads or writes each once. */
  static final int SIZE = 64;

  private static final long SEED = 20261122L;

  private JsonFixtures() {}

  /** Generated citizens, as the population database returns them. */
  static List<Citizen> citizens() {
    CitizenGenerator people = CitizenGenerator.withSeed(SEED);
    List<Citizen> out = new ArrayList<>(SIZE);
    for (int i = 0; i < SIZE; i++) {
      out.add(people.citizen());
    }
    return out;
  }

  /** Generated dossiers submitted in the first quarter of 2026, each moved through its lifecycle. */
  static List<Dossier> dossiers() {
    return DossierGenerator.withSeed(SEED)
        .dossiers(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 31), SIZE)
        .collect(Collectors.toList());
  }

  /**
   * The baseline's mapper: Jackson databind with its defaults, plus {@code JavaTimeModule} and ISO-8601 text for
   * {@code java.time} values (the only settings the payloads need; everything else is per record, as annotations).
   */
  static ObjectMapper plainMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }

  /** Throws unless the two payloads are the same JSON (field order aside). */
  static void requireSameJson(String what, byte[] expected, byte[] actual) {
    JsonNode e = tree(expected);
    JsonNode a = tree(actual);
    if (!e.equals(a)) {
      throw new IllegalStateException(what + ": the variants' JSON differs:\n  egov:    "
          + new String(expected, StandardCharsets.UTF_8) + "\n  jackson: " + new String(actual, StandardCharsets.UTF_8));
    }
  }

  /**
   * Throws unless the two payloads are the same JSON once fields whose value is {@code ""} are left out of both: the
   * portal dialect writes an unknown date-time as {@code ""}, which the baseline (and egov's reader) reads as absent.
   */
  static void requireSameJsonButEmptyText(String what, byte[] expected, byte[] actual) {
    JsonNode e = withoutEmptyText(tree(expected));
    JsonNode a = withoutEmptyText(tree(actual));
    if (!e.equals(a)) {
      throw new IllegalStateException(what + ": the variants' JSON differs:\n  egov:    "
          + new String(expected, StandardCharsets.UTF_8) + "\n  jackson: " + new String(actual, StandardCharsets.UTF_8));
    }
  }

  static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }

  private static JsonNode tree(byte[] json) {
    try {
      return JsonMapper.builder().build().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode withoutEmptyText(JsonNode node) {
    if (node.isObject()) {
      List<String> empty = new ArrayList<>();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (field.getValue().isTextual() && field.getValue().textValue().isEmpty()) {
          empty.add(field.getKey());
        } else {
          withoutEmptyText(field.getValue());
        }
      }
      ((ObjectNode) node).remove(empty);
    } else if (node.isArray()) {
      for (JsonNode child : node) {
        withoutEmptyText(child);
      }
    }
    return node;
  }
}
