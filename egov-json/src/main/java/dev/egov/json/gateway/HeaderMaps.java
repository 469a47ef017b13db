package dev.egov.json.gateway;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Header maps of this package: looked up ignoring case (HTTP names are case-insensitive), built in order. */
final class HeaderMaps {

  private HeaderMaps() {}

  /**
   * Returns a header's value, its name matched ignoring case.
   *
   * @param headers the headers
   * @param name the name
   * @return the value, or {@code null} if absent
   */
  static @Nullable String get(Map<String, String> headers, String name) {
    Objects.requireNonNull(headers, "headers");
    String exact = headers.get(name);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, String> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * Returns a required header's value.
   *
   * @param headers the headers
   * @param name the name
   * @return the value, not blank
   * @throws GatewayHeaderException {@code MISSING} if absent or blank
   */
  static String need(Map<String, String> headers, String name) {
    String v = get(headers, name);
    if (v == null || v.isBlank()) {
      throw new GatewayHeaderException(GatewayHeaderException.Reason.MISSING, name, "required");
    }
    return v;
  }

  /** Starts a map in writing order. */
  static Map<String, String> ordered() {
    return new LinkedHashMap<>();
  }

  /** Freezes a map, keeping its order. */
  static Map<String, String> frozen(Map<String, String> map) {
    return Collections.unmodifiableMap(map);
  }

  /**
   * Checks a header value: no control character (CR and LF would split the header).
   *
   * @param header the header's name
   * @param value the value
   * @return the value
   */
  static String value(String header, String value) {
    Objects.requireNonNull(value, header);
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new GatewayHeaderException(GatewayHeaderException.Reason.INVALID_VALUE, header,
            "a header value has no control character");
      }
    }
    return value;
  }

  /** Percent-encodes a part (UTF-8; everything but RFC 3986's unreserved characters). */
  static String percentEncode(String part) {
    StringBuilder b = null;
    byte[] utf8 = part.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < utf8.length; i++) {
      int c = utf8[i] & 0xff;
      boolean unreserved = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-'
          || c == '.' || c == '_' || c == '~';
      if (unreserved) {
        if (b != null) {
          b.append((char) c);
        }
      } else {
        if (b == null) {
          b = new StringBuilder(utf8.length + 8);
          for (int j = 0; j < i; j++) {
            b.append((char) utf8[j]);
          }
        }
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return b == null ? part : b.toString();
  }

  /**
   * Decodes a percent-encoded part (UTF-8).
   *
   * @param header the header, for errors
   * @param part the part
   * @return the decoded part
   * @throws GatewayHeaderException {@code MALFORMED} for a {@code %} not followed by two hexadecimal digits or bytes
   *     that are not UTF-8
   */
  static String percentDecode(String header, String part) {
    if (part.indexOf('%') < 0) {
      return part;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(part.length());
    int i = 0;
    while (i < part.length()) {
      int c = part.codePointAt(i);
      if (c == '%') {
        int hi = i + 2 < part.length() ? Character.digit(part.charAt(i + 1), 16) : -1;
        int lo = hi < 0 ? -1 : Character.digit(part.charAt(i + 2), 16);
        if (lo < 0) {
          throw new GatewayHeaderException(GatewayHeaderException.Reason.MALFORMED, header,
              "'%' is followed by two hexadecimal digits");
        }
        out.write(hi << 4 | lo);
        i += 3;
      } else {
        byte[] bytes = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
        i += Character.charCount(c);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(out.toByteArray())).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new GatewayHeaderException(GatewayHeaderException.Reason.MALFORMED, header,
          "percent-encoded bytes are UTF-8");
    }
  }
}
