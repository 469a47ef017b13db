package dev.egov.fakes.server;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A call the fakes answered, as recorded once its exchange ended. Secrets are redacted before recording: the values of
 * {@code Authorization}, {@code Proxy-Authorization}, {@code Cookie}, {@code Set-Cookie} and of every header, query
 * parameter, form field or JSON string field whose name contains {@code token}, {@code secret}, {@code password},
 * {@code passwd}, {@code api-key}, {@code apikey}, {@code session} or {@code credential} read {@code [redacted]}.
 *
 * @param sequence the call's number since start or the last reset, from 1, in order of completion
 * @param method the HTTP method
 * @param path the path
 * @param query the query, redacted, or {@code null} when there was none
 * @param headers the request headers, names in lower case, secrets redacted
 * @param body the request body, secrets redacted when it is JSON or a form
 * @param receivedAt when the request arrived, on the fakes' {@link FakeClock}
 * @param duration how long the exchange took, in real time
 * @param status the status sent, or 0 when the connection was closed before a status line
 * @param fault the name of the injected {@link Fault}, or {@code null}
 */
public record RecordedCall(long sequence, String method, String path, @Nullable String query,
    Map<String, List<String>> headers, byte[] body, Instant receivedAt, Duration duration, int status,
    @Nullable String fault) {

  /**
   * Copies the headers and the body.
   *
   * @param sequence the call's number
   * @param method the HTTP method
   * @param path the path
   * @param query the redacted query, or {@code null}
   * @param headers the redacted headers
   * @param body the redacted body
   * @param receivedAt when it arrived
   * @param duration how long it took
   * @param status the status sent, or 0
   * @param fault the injected fault's name, or {@code null}
   */
  public RecordedCall {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    TreeMap<String, List<String>> copy = new TreeMap<>();
    Objects.requireNonNull(headers, "headers").forEach((k, v) -> copy.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    headers = Collections.unmodifiableMap(copy);
    body = Objects.requireNonNull(body, "body").clone();
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(duration, "duration");
  }

  /**
   * The recorded body (a copy).
   *
   * @return the body
   */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /**
   * The recorded body decoded as UTF-8.
   *
   * @return the body text
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * The first recorded value of a header.
   *
   * @param name the header name, any case
   * @return its first value (redacted when it is a secret), if present
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * The injected fault, if any.
   *
   * @return the fault's {@link Fault#name()}
   */
  public Optional<String> injectedFault() {
    return Optional.ofNullable(fault);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecordedCall c && sequence == c.sequence && method.equals(c.method)
        && path.equals(c.path) && Objects.equals(query, c.query) && headers.equals(c.headers)
        && Arrays.equals(body, c.body) && receivedAt.equals(c.receivedAt) && duration.equals(c.duration)
        && status == c.status && Objects.equals(fault, c.fault);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sequence, method, path, query, headers, Arrays.hashCode(body), receivedAt, duration, status,
        fault);
  }

  @Override
  public String toString() {
    return "RecordedCall[#" + sequence + " " + method + " " + path + " -> " + status
        + (fault == null ? "" : " (" + fault + ")") + "]";
  }
}
