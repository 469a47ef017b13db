package dev.egov.json.gateway;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The caller of an X-Road REST call, as the {@code X-Road-Client} header names it: {@code
 * {instance}/{memberClass}/{memberCode}/{subsystem}}, the subsystem optional, each part percent-encoded UTF-8
 * (X-Road "Message Protocol for REST", 4.3). On NDXP the instance is {@code VN}, the member class {@code GOV} and the
 * member code an agency code.
 *
 * <pre>{@code
 * XRoadClient client = XRoadClient.parse("VN/GOV/000.00.00.H29/motcua");
 * String header = client.headerValue();    // VN/GOV/000.00.00.H29/motcua
 * }</pre>
 *
 * @param instance the X-Road instance ({@code VN})
 * @param memberClass the member class ({@code GOV})
 * @param memberCode the member's code (an agency code)
 * @param subsystem the subsystem's code, or {@code null} for the member itself
 * @since 0.1.0
 */
public record XRoadClient(String instance, String memberClass, String memberCode, @Nullable String subsystem) {

  /** The header's name. */
  public static final String HEADER = "X-Road-Client";

  /**
   * Checks the parts.
   *
   * @param instance the instance
   * @param memberClass the member class
   * @param memberCode the member's code
   * @param subsystem the subsystem, or {@code null}
   * @throws GatewayHeaderException {@code INVALID_VALUE} if a part is blank, has surrounding white space or a
   *     control character
   */
  public XRoadClient {
    check("instance", instance);
    check("member class", memberClass);
    check("member code", memberCode);
    if (subsystem != null) {
      check("subsystem", subsystem);
    }
  }

  private static void check(String what, String part) {
    Objects.requireNonNull(part, what);
    if (part.isEmpty() || !part.equals(part.strip())) {
      throw new GatewayHeaderException(GatewayHeaderException.Reason.INVALID_VALUE, HEADER,
          "the " + what + " is not blank and has no surrounding white space");
    }
    if (part.chars().anyMatch(Character::isISOControl)) {
      throw new GatewayHeaderException(GatewayHeaderException.Reason.INVALID_VALUE, HEADER,
          "the " + what + " has no control character");
    }
  }

  /**
   * Reads an {@code X-Road-Client} header.
   *
   * @param header the header's value
   * @return the client
   * @throws GatewayHeaderException {@code MISSING} if blank; {@code MALFORMED} if it has not three or four parts
   *     separated by {@code /} or a bad percent-encoding; {@code INVALID_VALUE} if a part is empty
   */
  public static XRoadClient parse(String header) {
    if (header == null || header.isBlank()) {
      throw new GatewayHeaderException(GatewayHeaderException.Reason.MISSING, HEADER, "required");
    }
    String[] parts = header.strip().split("/", -1);
    if (parts.length != 3 && parts.length != 4) {
      throw new GatewayHeaderException(GatewayHeaderException.Reason.MALFORMED, HEADER,
          "expected instance/memberClass/memberCode[/subsystem]");
    }
    String[] decoded = new String[parts.length];
    for (int i = 0; i < parts.length; i++) {
      decoded[i] = HeaderMaps.percentDecode(HEADER, parts[i]);
    }
    return new XRoadClient(decoded[0], decoded[1], decoded[2], parts.length == 4 ? decoded[3] : null);
  }

  /**
   * Returns the header's value: the parts percent-encoded, separated by {@code /}.
   *
   * @return the value of {@code X-Road-Client}
   */
  public String headerValue() {
    String member = HeaderMaps.percentEncode(instance) + '/' + HeaderMaps.percentEncode(memberClass) + '/'
        + HeaderMaps.percentEncode(memberCode);
    return subsystem == null ? member : member + '/' + HeaderMaps.percentEncode(subsystem);
  }

  /** Returns the header's value: an X-Road identifier names an organisation, no person. */
  @Override
  public String toString() {
    return headerValue();
  }
}
