package dev.egov.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An error that a gateway in front of a national system (WSO2 API Manager, an X-Road security server, an OAuth token
 * endpoint) returned instead of the system's answer (docs/gateways.md, Gateway faults). Every answer reader recognises
 * one first and returns it as {@link AnswerStatus.Outcome#GATEWAY_FAULT}: a refused credential is never read as
 * "not found".
 *
 * <pre>{@code
 * AnswerStatus status = answer.status();
 * if (status.gatewayFault() != null) {
 *   switch (status.gatewayFault().meaning()) {
 *     case INVALID_CREDENTIALS -> renewTokenOnceAndRetry();
 *     case THROTTLED -> retryAt(status.gatewayFault().nextAccess().orElse(clock.instant().plusSeconds(60)));
 *     default -> alertOperator(status.gatewayFault());
 *   }
 * }
 * }</pre>
 *
 * <p>A fault carries the gateway's code and texts, which name the gateway's own conditions and never carry a token:
 * {@link #toString()} prints them.
 *
 * @param form which gateway wrote it, in which form
 * @param code the gateway's code ({@code 900901}, {@code Server.ClientProxy.NetworkError}, {@code invalid_client}),
 *     or {@code null} if it gave none
 * @param message the gateway's message ({@code message}, {@code error_description}), or {@code null}
 * @param description the gateway's longer description ({@code description}, {@code detail}), or {@code null}
 * @param nextAccessTime when a throttled caller may call again, as the gateway wrote it ({@code nextAccessTime}:
 *     {@code "2026-Jan-20 09:31:00+0000 UTC"}), or {@code null}
 * @since 0.1.0
 */
public record GatewayFault(
    Form form,
    @Nullable String code,
    @Nullable String message,
    @Nullable String description,
    @Nullable String nextAccessTime) {

  private static final DateTimeFormatter WSO2_TIME =
      DateTimeFormatter.ofPattern("uuuu-MMM-dd HH:mm:ssxx 'UTC'", Locale.ENGLISH);

  /** Which gateway wrote a fault, and in which form. */
  public enum Form {
    /** WSO2 API Manager, current JSON: {@code {"code": "900901", "message": …, "description": …}}. */
    WSO2_JSON,
    /** WSO2 API Manager, legacy JSON: {@code {"fault": {"code": 900901, "message": …, "description": …}}}. */
    WSO2_LEGACY_JSON,
    /**
     * WSO2 API Manager, XML: {@code <ams:fault xmlns:ams="http://wso2.org/apimanager/security"><ams:code>900901
     * </ams:code>…}, bare or in a SOAP body.
     */
    WSO2_XML,
    /** An X-Road security server (REST): {@code {"type": "Server.ClientProxy.…", "message": …, "detail": …}}. */
    X_ROAD,
    /** An OAuth 2.0 token endpoint (RFC 6749, 5.2): {@code {"error": "invalid_client", "error_description": …}}. */
    OAUTH
  }

  /** What a client can do about a fault. */
  public enum Meaning {
    /** The token or key was refused (WSO2 900901, OAuth {@code invalid_client}/{@code invalid_grant}): renew once, retry. */
    INVALID_CREDENTIALS,
    /** No credentials reached the gateway (WSO2 900902): a configuration error, retrying does not help. */
    MISSING_CREDENTIALS,
    /** Throttled (WSO2 900800): wait until {@link #nextAccess()} (or the HTTP {@code Retry-After}) and retry. */
    THROTTLED,
    /** The gateway has no resource for this path or verb (WSO2 900906): a configuration error. */
    NO_SUCH_RESOURCE,
    /** Any other fault: report it. */
    OTHER
  }

  /**
   * Checks the parts.
   *
   * @param form which gateway wrote it, in which form
   * @param code the gateway's code, or {@code null} if it gave none
   * @param message the gateway's message, or {@code null}
   * @param description the gateway's longer description, or {@code null}
   * @param nextAccessTime when a throttled caller may call again, as the gateway wrote it, or {@code null}
   */
  public GatewayFault {
    java.util.Objects.requireNonNull(form, "form");
  }

  /**
   * Returns what a client can do about this fault, from its form and code.
   *
   * @return the meaning
   */
  public Meaning meaning() {
    if (code == null) {
      return Meaning.OTHER;
    }
    switch (form) {
      case WSO2_JSON:
      case WSO2_LEGACY_JSON:
      case WSO2_XML:
        switch (code) {
          case "900901":
            return Meaning.INVALID_CREDENTIALS;
          case "900902":
            return Meaning.MISSING_CREDENTIALS;
          case "900800":
            return Meaning.THROTTLED;
          case "900906":
            return Meaning.NO_SUCH_RESOURCE;
          default:
            return Meaning.OTHER;
        }
      case OAUTH:
        return code.equals("invalid_client") || code.equals("invalid_grant") || code.equals("invalid_token")
            ? Meaning.INVALID_CREDENTIALS : Meaning.OTHER;
      default:
        return Meaning.OTHER;
    }
  }

  /**
   * Returns when a throttled caller may call again, if the gateway said so in the form WSO2 writes ({@code
   * 2026-Jan-20 09:31:00+0000 UTC}).
   *
   * @return the instant, or empty if none was given or it is in another form
   */
  public Optional<Instant> nextAccess() {
    if (nextAccessTime == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(nextAccessTime.strip(), WSO2_TIME).toInstant());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
