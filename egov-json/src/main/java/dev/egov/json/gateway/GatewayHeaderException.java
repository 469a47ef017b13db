package dev.egov.json.gateway;

import java.util.Objects;

/**
 * An HTTP header of a gateway call that cannot be read or built: missing, not in its form, or with a value that
 * cannot be used. Unchecked, like {@link IllegalArgumentException} which it extends: a header is built from
 * configuration or read from a peer, and neither can be recovered from at the call site. The message names the
 * header and what was expected, never the value (a header may carry a credential).
 *
 * <pre>{@code
 * try {
 *   XRoadRequestHeaders headers = XRoadRequestHeaders.parse(received);
 * } catch (GatewayHeaderException e) {
 *   respond(400, e.reason() + " " + e.header());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class GatewayHeaderException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Why a header could not be used. Stable codes. */
  public enum Reason {
    /** A required header is absent or blank. */
    MISSING,
    /** The header is not in its form: not Base64, not {@code Basic …}, too few parts. */
    MALFORMED,
    /** The header is in its form but a part cannot be used: an empty part, a control character. */
    INVALID_VALUE
  }

  /** Why the header could not be used. */
  private final Reason reason;
  /** The header's name. */
  private final String header;

  /**
   * Creates the exception.
   *
   * @param reason why
   * @param header the header's name, such as {@code X-Road-Client}
   * @param detail what was expected, without the value
   */
  public GatewayHeaderException(Reason reason, String header, String detail) {
    super(Objects.requireNonNull(reason, "reason") + " " + Objects.requireNonNull(header, "header") + ": "
        + Objects.requireNonNull(detail, "detail"));
    this.reason = reason;
    this.header = header;
  }

  /**
   * Returns why the header could not be used.
   *
   * @return the stable reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * Returns the header's name.
   *
   * @return the name, such as {@code X-Road-Client}
   */
  public String header() {
    return header;
  }
}
