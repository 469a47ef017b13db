package dev.egov.json.gateway;

import dev.egov.json.internal.Redaction;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The X-Road headers of a REST call (X-Road "Message Protocol for REST", 4.3): the required {@code X-Road-Client},
 * and the optional {@code X-Road-Id} (a unique id of the message, a UUID recommended; the consumer's security server
 * makes one when it is absent), {@code X-Road-UserId} (the user whose action caused the call, prefixed with a
 * two-letter country code) and {@code X-Road-Issue} (the application, case or document that caused it: a dossier
 * code).
 *
 * <pre>{@code
 * XRoadRequestHeaders x = XRoadRequestHeaders.of(XRoadClient.parse("VN/GOV/000.00.00.H29/motcua"))
 *     .withId(requestId).withIssue("000.00.01.H29-261207-0001");
 * Map<String, String> headers = x.toMap();
 * }</pre>
 *
 * <p>The user id identifies a person: {@link #toString()} shows its length only.
 *
 * @param client the caller ({@code X-Road-Client})
 * @param id the message's id ({@code X-Road-Id}), or {@code null}
 * @param userId the user ({@code X-Road-UserId}), or {@code null}
 * @param issue the case ({@code X-Road-Issue}), or {@code null}
 * @since 0.1.0
 */
public record XRoadRequestHeaders(
    XRoadClient client, @Nullable String id, @Nullable String userId, @Nullable String issue) {

  /** {@code X-Road-Id}. */
  public static final String ID = "X-Road-Id";
  /** {@code X-Road-UserId}. */
  public static final String USER_ID = "X-Road-UserId";
  /** {@code X-Road-Issue}. */
  public static final String ISSUE = "X-Road-Issue";

  /**
   * Checks the parts.
   *
   * @param client the caller
   * @param id the message's id, or {@code null}
   * @param userId the user, or {@code null}
   * @param issue the case, or {@code null}
   * @throws GatewayHeaderException {@code INVALID_VALUE} if an optional header is blank or has a control character
   */
  public XRoadRequestHeaders {
    Objects.requireNonNull(client, "client");
    optional(ID, id);
    optional(USER_ID, userId);
    optional(ISSUE, issue);
  }

  private static void optional(String header, @Nullable String value) {
    if (value != null) {
      if (value.isBlank()) {
        throw new GatewayHeaderException(GatewayHeaderException.Reason.INVALID_VALUE, header,
            "absent rather than blank");
      }
      HeaderMaps.value(header, value);
    }
  }

  /**
   * Returns the headers naming only the caller.
   *
   * @param client the caller
   * @return the headers
   */
  public static XRoadRequestHeaders of(XRoadClient client) {
    return new XRoadRequestHeaders(client, null, null, null);
  }

  /**
   * Returns these headers with a message id.
   *
   * @param id the id, a UUID recommended
   * @return new headers
   */
  public XRoadRequestHeaders withId(String id) {
    return new XRoadRequestHeaders(client, Objects.requireNonNull(id, "id"), userId, issue);
  }

  /**
   * Returns these headers with the user who caused the call.
   *
   * @param userId the user, country-prefixed ({@code VN001190012345})
   * @return new headers
   */
  public XRoadRequestHeaders withUserId(String userId) {
    return new XRoadRequestHeaders(client, id, Objects.requireNonNull(userId, "userId"), issue);
  }

  /**
   * Returns these headers with the case that caused the call.
   *
   * @param issue the case, such as a dossier code
   * @return new headers
   */
  public XRoadRequestHeaders withIssue(String issue) {
    return new XRoadRequestHeaders(client, id, userId, Objects.requireNonNull(issue, "issue"));
  }

  /**
   * Returns the headers to send: {@code X-Road-Client}, then those of {@code X-Road-Id}, {@code X-Road-UserId},
   * {@code X-Road-Issue} that are present.
   *
   * @return the headers, in that order, unmodifiable
   */
  public Map<String, String> toMap() {
    Map<String, String> m = HeaderMaps.ordered();
    m.put(XRoadClient.HEADER, client.headerValue());
    if (id != null) {
      m.put(ID, id);
    }
    if (userId != null) {
      m.put(USER_ID, userId);
    }
    if (issue != null) {
      m.put(ISSUE, issue);
    }
    return HeaderMaps.frozen(m);
  }

  /**
   * Reads the X-Road headers of a call, as a fake security server does; other headers are ignored.
   *
   * @param headers the call's headers (names in any case)
   * @return the X-Road headers
   * @throws GatewayHeaderException {@code MISSING} without {@code X-Road-Client}, or as {@link XRoadClient#parse}
   *     and the constructor say
   */
  public static XRoadRequestHeaders parse(Map<String, String> headers) {
    return new XRoadRequestHeaders(XRoadClient.parse(HeaderMaps.need(headers, XRoadClient.HEADER)),
        present(HeaderMaps.get(headers, ID)), present(HeaderMaps.get(headers, USER_ID)),
        present(HeaderMaps.get(headers, ISSUE)));
  }

  private static @Nullable String present(@Nullable String v) {
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** Returns the headers with the user id masked. */
  @Override
  public String toString() {
    return "XRoadRequestHeaders[client=" + client + ", id=" + id + ", userId=" + Redaction.personal(userId)
        + ", issue=" + issue + ']';
  }
}
