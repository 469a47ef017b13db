package dev.egov.json.gateway;

import dev.egov.json.GatewayFault;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An error of an X-Road security server (X-Road "Message Protocol for REST", 4.6): HTTP 500 or 400 with the header
 * {@code X-Road-Error: <type>} and the body {@code {type, message, detail}}. Its {@code type} starts with {@code
 * Client} (the caller's request is wrong), {@code Server.ClientProxy} (the caller's security server failed) or {@code
 * Server.ServerProxy} (the provider's security server, or the provider's system behind it, failed); an error of the
 * provider's own system has no {@code X-Road-Error} header and is the provider's answer, not this.
 *
 * <pre>{@code
 * XRoadError error = GatewayJson.get().decodeXRoadError(headers.get("X-Road-Error"), body).value();
 * if (error.origin() == XRoadError.Origin.CLIENT) {
 *   alertOperator(error.fault());     // our request is wrong: retrying does not help
 * }
 * }</pre>
 *
 * @param type the error's type ({@code Server.ServerProxy.NetworkError})
 * @param message the security server's message, or {@code null}
 * @param detail the error's detail: an id to quote to the operator, or {@code null}
 * @since 0.1.0
 */
public record XRoadError(String type, @Nullable String message, @Nullable String detail) {

  /** The header's name. */
  public static final String HEADER = "X-Road-Error";

  /** Where an X-Road error arose, from its type's prefix. */
  public enum Origin {
    /** {@code Client.*}: the caller's request does not follow the protocol. */
    CLIENT,
    /** {@code Server.ClientProxy.*}: the caller's security server. */
    CLIENT_PROXY,
    /** {@code Server.ServerProxy.*}: the provider's security server, or its system did not answer. */
    SERVER_PROXY,
    /** Any other {@code Server.*}. */
    SERVER
  }

  /**
   * Checks the parts.
   *
   * @param type the error's type
   * @param message the message, or {@code null}
   * @param detail the detail, or {@code null}
   * @throws IllegalArgumentException if the type does not start with {@code Client} or {@code Server}, or has
   *     surrounding white space
   */
  public XRoadError {
    Objects.requireNonNull(type, "type");
    if (!isXRoadType(type)) {
      throw new IllegalArgumentException("An X-Road error's type starts with Client or Server, without white space");
    }
  }

  /**
   * Returns whether a type is an X-Road error's.
   *
   * @param type the type
   * @return whether it starts with {@code Client} or {@code Server} and has no surrounding white space
   */
  static boolean isXRoadType(String type) {
    return (type.startsWith("Client") || type.startsWith("Server")) && type.equals(type.strip());
  }

  /**
   * Returns where the error arose.
   *
   * @return the origin, from the type's prefix
   */
  public Origin origin() {
    if (type.startsWith("Client")) {
      return Origin.CLIENT;
    }
    if (type.startsWith("Server.ClientProxy")) {
      return Origin.CLIENT_PROXY;
    }
    return type.startsWith("Server.ServerProxy") ? Origin.SERVER_PROXY : Origin.SERVER;
  }

  /**
   * Returns the error as the gateway fault every answer reader reports for it.
   *
   * @return a fault of the form {@link GatewayFault.Form#X_ROAD}
   */
  public GatewayFault fault() {
    return new GatewayFault(GatewayFault.Form.X_ROAD, type, message, detail, null);
  }

  /**
   * Returns the headers a security server sends with the error, as a fake one does.
   *
   * @return {@code X-Road-Error} and {@code Content-Type}, unmodifiable
   */
  public Map<String, String> headers() {
    Map<String, String> m = HeaderMaps.ordered();
    m.put(HEADER, type);
    m.put("Content-Type", "application/json;charset=utf-8");
    return HeaderMaps.frozen(m);
  }
}
