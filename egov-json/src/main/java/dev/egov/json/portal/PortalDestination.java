package dev.egov.json.portal;

import java.util.Objects;

/**
 * The {@code dstcode} header of a call to the portal's adapter: the X-Road-style address of the service behind it,
 * {@code <instance>:<member class>:<member code>:<subsystem>}, such as {@code VN:GOV:000.00.00.G22:vpcpdvcprovider}
 * (docs/gateways.md, Platforms). The adapter's log-in sends it as an HTTP header beside the JSON body {@code
 * {username, password}} ({@link PortalLoginRequest}); some clients put it in the query string instead.
 *
 * <pre>{@code
 * PortalDestination dstcode = PortalDestination.parse("VN:GOV:000.00.00.G22:vpcpdvcprovider");
 * connection.setRequestProperty(dstcode.headerName(), dstcode.headerValue());
 * }</pre>
 *
 * <p>An address, not a secret: {@link #toString()} shows it.
 *
 * @param instance the X-Road instance, such as {@code VN}
 * @param memberClass the member class, such as {@code GOV}
 * @param memberCode the member's code, an agency code such as {@code 000.00.00.G22}, kept as written
 * @param subsystem the subsystem, such as {@code vpcpdvcprovider}
 * @since 0.1.0
 */
public record PortalDestination(String instance, String memberClass, String memberCode, String subsystem) {

  /** The header's name: {@code dstcode}. */
  public static final String HEADER = "dstcode";

  /**
   * Checks the parts.
   *
   * @param instance the X-Road instance
   * @param memberClass the member class
   * @param memberCode the member's code
   * @param subsystem the subsystem
   * @throws IllegalArgumentException if a part is blank or holds a colon, white space or a control character
   */
  public PortalDestination {
    check(instance, "instance");
    check(memberClass, "member class");
    check(memberCode, "member code");
    check(subsystem, "subsystem");
  }

  private static void check(String part, String what) {
    Objects.requireNonNull(part, what);
    if (part.isEmpty()) {
      throw new IllegalArgumentException("The " + what + " of a dstcode is never empty");
    }
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c == ':' || Character.isWhitespace(c) || Character.isISOControl(c)) {
        throw new IllegalArgumentException("The " + what + " of a dstcode holds no colon, white space or control "
            + "character");
      }
    }
  }

  /**
   * Reads a header value: four parts separated by colons.
   *
   * @param value the value, such as {@code VN:GOV:000.00.00.G22:vpcpdvcprovider}
   * @return the destination
   * @throws IllegalArgumentException if it has not four non-empty parts
   */
  public static PortalDestination parse(CharSequence value) {
    Objects.requireNonNull(value, "value");
    String[] parts = value.toString().strip().split(":", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException("A dstcode has four parts, <instance>:<member class>:<member code>:"
          + "<subsystem>, this one " + parts.length);
    }
    return new PortalDestination(parts[0], parts[1], parts[2], parts[3]);
  }

  /**
   * Returns the header's name.
   *
   * @return {@value #HEADER}
   */
  public String headerName() {
    return HEADER;
  }

  /**
   * Returns the header's value.
   *
   * @return {@code <instance>:<member class>:<member code>:<subsystem>}
   */
  public String headerValue() {
    return instance + ':' + memberClass + ':' + memberCode + ':' + subsystem;
  }

  /** Returns the header as sent, such as {@code dstcode: VN:GOV:000.00.00.G22:vpcpdvcprovider}. */
  @Override
  public String toString() {
    return HEADER + ": " + headerValue();
  }
}
