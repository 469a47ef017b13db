package dev.egov.json.portal;

/**
 * What the portal's answer to a call means, as {@link PortalJson#outcome} classifies it with its configured codes.
 *
 * @since 0.1.0
 */
public enum PortalOutcome {
  /** The call succeeded: {@code error_code} is a success code ({@code 0}, {@code "0"} or {@code "00"} by default). */
  SUCCESS,
  /**
   * The dossier already exists on the portal ({@code error_code} {@code "3"} or {@code "-3"} by default, with a
   * message containing "đã tồn tại"): send it again with {@code isUpdating} {@code "True"}.
   */
  ALREADY_EXISTS,
  /** Any other answer: the call failed, and the message says why. */
  FAILURE
}
