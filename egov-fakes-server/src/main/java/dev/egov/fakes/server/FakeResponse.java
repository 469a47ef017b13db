package dev.egov.fakes.server;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What an endpoint answers: status, headers (one value each) and body. The fakes add {@code Content-Length}.
 *
 * @param status the HTTP status, 100 to 599
 * @param headers the headers, including {@code Content-Type} when there is a body
 * @param body the body bytes
 */
public record FakeResponse(int status, Map<String, String> headers, byte[] body) {

  /**
   * Checks the status and copies the headers and body.
   *
   * @param status the HTTP status, 100 to 599
   * @param headers the headers
   * @param body the body bytes
   */
  public FakeResponse {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status: not an HTTP status");
    }
    TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(Objects.requireNonNull(headers, "headers"));
    headers = Collections.unmodifiableMap(copy);
    body = Objects.requireNonNull(body, "body").clone();
  }

  /**
   * A JSON response.
   *
   * @param status the HTTP status
   * @param json the JSON text
   * @return the response, {@code application/json}
   */
  public static FakeResponse json(int status, String json) {
    return new FakeResponse(status, Map.of("Content-Type", "application/json"),
        json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A plain-text response.
   *
   * @param status the HTTP status
   * @param text the text
   * @return the response, {@code text/plain; charset=utf-8}
   */
  public static FakeResponse text(int status, String text) {
    return new FakeResponse(status, Map.of("Content-Type", "text/plain; charset=utf-8"),
        text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The body bytes (a copy).
   *
   * @return the body
   */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /**
   * The body length, without copying it.
   *
   * @return the number of body bytes
   */
  public int bodyLength() {
    return body.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FakeResponse r && status == r.status && headers.equals(r.headers)
        && Arrays.equals(body, r.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, headers, Arrays.hashCode(body));
  }

  @Override
  public String toString() {
    return "FakeResponse[" + status + ", " + body.length + " body bytes]";
  }
}
