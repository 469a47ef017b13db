package dev.egov.json.gateway;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The X-Road headers of a REST answer, kept for audit (X-Road "Message Protocol for REST", 4.3): the provider's
 * security server sets them and the consumer's checks {@code x-road-request-hash}, the Base64 SHA-512 hash of the
 * request, which ties the answer to the call (it proves that this record was returned to that query). Keep them with
 * the access log of every look-up. Read from any header map; written with the lower-case names security servers
 * send.
 *
 * <pre>{@code
 * XRoadResponseHeaders audit = XRoadResponseHeaders.parse(responseHeaders);
 * accessLog.record(lookup, audit.requestId(), audit.requestHash());
 * }</pre>
 *
 * <p>None of them names a person: {@link #toString()} prints them.
 *
 * @param id the message's id ({@code x-road-id}), or {@code null}
 * @param client the caller as the security server saw it ({@code x-road-client}, as written), or {@code null}
 * @param service the service called ({@code x-road-service}, as written), or {@code null}
 * @param requestId the request's id ({@code x-road-request-id}), or {@code null}
 * @param requestHash the request's hash ({@code x-road-request-hash}), or {@code null}
 * @param error the X-Road error type ({@code X-Road-Error}) when a security server failed the call, or {@code null}
 * @since 0.1.0
 */
public record XRoadResponseHeaders(
    @Nullable String id,
    @Nullable String client,
    @Nullable String service,
    @Nullable String requestId,
    @Nullable String requestHash,
    @Nullable String error) {

  private static final String[] NAMES = {
    "x-road-id", "x-road-client", "x-road-service", "x-road-request-id", "x-road-request-hash", "X-Road-Error"};

  /**
   * Checks the parts.
   *
   * @param id the message's id, or {@code null}
   * @param client the caller, or {@code null}
   * @param service the service, or {@code null}
   * @param requestId the request's id, or {@code null}
   * @param requestHash the request's hash, or {@code null}
   * @param error the error type, or {@code null}
   * @throws GatewayHeaderException {@code INVALID_VALUE} if one has a control character
   */
  public XRoadResponseHeaders {
    String[] values = {id, client, service, requestId, requestHash, error};
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        HeaderMaps.value(NAMES[i], values[i]);
      }
    }
  }

  /**
   * Reads the X-Road headers of an answer; other headers are ignored, blank ones are absent.
   *
   * @param headers the answer's headers (names in any case)
   * @return the audit record
   */
  public static XRoadResponseHeaders parse(Map<String, String> headers) {
    String[] v = new String[NAMES.length];
    for (int i = 0; i < NAMES.length; i++) {
      String s = HeaderMaps.get(headers, NAMES[i]);
      v[i] = s == null || s.isBlank() ? null : s.strip();
    }
    return new XRoadResponseHeaders(v[0], v[1], v[2], v[3], v[4], v[5]);
  }

  /**
   * Returns whether a security server, not the provider's system, failed the call ({@code X-Road-Error} present).
   *
   * @return whether there is an X-Road error
   */
  public boolean xRoadError() {
    return error != null;
  }

  /**
   * Returns the headers as a security server sends them, as a fake one does.
   *
   * @return the present headers, in the order {@code x-road-id}, {@code x-road-client}, {@code x-road-service},
   *     {@code x-road-request-id}, {@code x-road-request-hash}, {@code X-Road-Error}; unmodifiable
   */
  public Map<String, String> toMap() {
    Map<String, String> m = HeaderMaps.ordered();
    String[] values = {id, client, service, requestId, requestHash, error};
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        m.put(NAMES[i], values[i]);
      }
    }
    return HeaderMaps.frozen(m);
  }
}
