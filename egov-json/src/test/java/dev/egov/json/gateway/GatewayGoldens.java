package dev.egov.json.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The goldens of {@code golden/gateway/}: bytes, and header files ({@code Name: value} lines) as ordered maps. */
final class GatewayGoldens {

  private GatewayGoldens() {}

  static byte[] bytes(String file) {
    try (InputStream in = GatewayGoldens.class.getResourceAsStream("/golden/gateway/" + file)) {
      if (in == null) {
        throw new IllegalStateException("No golden file " + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String file) {
    return new String(bytes(file), StandardCharsets.UTF_8);
  }

  /** Reads a header file: one {@code Name: value} per line, in order. */
  static Map<String, String> headers(String file) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String line : text(file).split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      int colon = line.indexOf(':');
      m.put(line.substring(0, colon), line.substring(colon + 1).strip());
    }
    return m;
  }
}
