package dev.egov.fakes.server;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A request as an endpoint's {@link FakeHandler} sees it: unredacted (handlers check credentials); only the
 * {@linkplain RecordedCall recording} is redacted.
 *
 * @param method the HTTP method
 * @param path the path, without query
 * @param query the raw query string, or {@code null} when there is none
 * @param headers the headers, names in lower case
 * @param body the body bytes (empty when there is none)
 * @param receivedAt when it arrived, on the fakes' {@link FakeClock}
 */
public record FakeRequest(String method, String path, @Nullable String query, Map<String, List<String>> headers,
    byte[] body, Instant receivedAt) {

  /**
   * Copies the headers and the body.
   *
   * @param method the HTTP method
   * @param path the path
   * @param query the raw query, or {@code null}
   * @param headers the headers
   * @param body the body bytes
   * @param receivedAt when it arrived
   */
  public FakeRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    TreeMap<String, List<String>> copy = new TreeMap<>();
    Objects.requireNonNull(headers, "headers").forEach((k, v) -> copy.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    headers = java.util.Collections.unmodifiableMap(copy);
    body = Objects.requireNonNull(body, "body").clone();
    Objects.requireNonNull(receivedAt, "receivedAt");
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
   * The body decoded as UTF-8.
   *
   * @return the body text
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * The first value of a header.
   *
   * @param name the header name, any case
   * @return its first value, if present
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  @Override
  public String toString() {
    return "FakeRequest[" + method + " " + path + ", " + body.length + " body bytes]";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FakeRequest r && method.equals(r.method) && path.equals(r.path)
        && Objects.equals(query, r.query) && headers.equals(r.headers) && java.util.Arrays.equals(body, r.body)
        && receivedAt.equals(r.receivedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, path, query, headers, java.util.Arrays.hashCode(body), receivedAt);
  }
}
