package dev.egov.json.portal;

import dev.egov.json.internal.Redaction;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A log-in to the portal's adapter (docs/gateways.md, Portal session): the JSON body {@code {username, password}}
 * posted to the adapter's log-in address, with the {@code dstcode} header ({@link PortalDestination}). The adapter
 * answers with a session ({@link PortalLogin}).
 *
 * <pre>{@code
 * PortalLoginRequest login = new PortalLoginRequest("motcua.h56", password,
 *     PortalDestination.parse("VN:GOV:000.00.00.G22:vpcpdvcprovider"));
 * byte[] body = PortalJson.get().writeLoginRequest(login);            // {"username":…,"password":…}
 * connection.setRequestProperty(login.destination().headerName(), login.destination().headerValue());
 * }</pre>
 *
 * <p>The password is sent as written (the adapter expects it so) and is a secret: {@link #toString()} never shows
 * it, nor any error egov raises. The user name is an account's name and prints as its length.
 *
 * @param username the account ({@code username})
 * @param password the password ({@code password}), a secret
 * @param destination the {@code dstcode} header, or {@code null} when not known (a body read on its own)
 * @since 0.1.0
 */
public record PortalLoginRequest(String username, String password, @Nullable PortalDestination destination) {

  /**
   * Checks the parts.
   *
   * @param username the account
   * @param password the password
   * @param destination the {@code dstcode} header, or {@code null}
   * @throws IllegalArgumentException if the user name is blank or the password empty
   */
  public PortalLoginRequest {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    if (username.isBlank() || password.isEmpty()) {
      throw new IllegalArgumentException("A portal log-in has a user name and a password");
    }
  }

  /**
   * Returns this log-in with its {@code dstcode} header, as a fake adapter pairs the body it read with the header it
   * received.
   *
   * @param destination the header
   * @return a copy
   */
  public PortalLoginRequest withDestination(PortalDestination destination) {
    return new PortalLoginRequest(username, password, Objects.requireNonNull(destination, "destination"));
  }

  /** Returns the user name's length and the header; never the password. */
  @Override
  public String toString() {
    return "PortalLoginRequest[username=" + Redaction.personal(username) + ", password=***"
        + (destination == null ? "" : ", " + destination) + ']';
  }
}
