package dev.egov.consumertests.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The golden payloads published in egov-json's test-jar, read as a user's tests read them: from the class path. */
final class Golden {

  private static final ObjectMapper TREES = new ObjectMapper();

  private Golden() {}

  /**
   * Returns a golden file.
   *
   * @param path the path under {@code golden/}, such as {@code portal/answer-success.json}
   */
  static byte[] bytes(String path) {
    try (InputStream in = Golden.class.getClassLoader().getResourceAsStream("golden/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("egov-json's test-jar has no golden/" + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns JSON as a tree, so that payloads compare whatever their spacing and field order. */
  static JsonNode tree(byte[] json) {
    try {
      return TREES.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
