package dev.egov.json.gateway;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A gateway's token call ({@code POST {gateway}/token}, OAuth 2.0 client credentials): the form body {@code
 * grant_type=client_credentials} (and {@code scope} when asked for), with the caller's credentials in a header:
 *
 * <ul>
 *   <li>WSO2 API Manager (LGSPs, NGSP): {@code Authorization: Basic base64(consumerKey:consumerSecret)} ({@link
 *       #wso2(ClientCredentials)});
 *   <li>an LGSP built by VNPT: {@code lgspaccesstoken} ({@link #lgsp(LgspAccessToken)}), without {@code
 *       Authorization}.
 * </ul>
 *
 * <p>Both answer with a {@link TokenAnswer} ({@link GatewayJson#decodeTokenAnswer(byte[])}). The credentials are
 * never printed.
 *
 * <pre>{@code
 * TokenRequest call = TokenRequest.wso2(new ClientCredentials(consumerKey, consumerSecret));
 * Map<String, String> headers = call.headers();  // Authorization, Content-Type
 * String body = call.body();                     // grant_type=client_credentials
 * }</pre>
 *
 * @param credentials the WSO2 application's credentials, or {@code null} for an LGSP token call
 * @param lgspAccessToken the LGSP's access token, or {@code null} for a WSO2 token call
 * @param scope the scopes asked for (space-separated), or {@code null} for the gateway's default
 * @since 0.1.0
 */
public record TokenRequest(
    @Nullable ClientCredentials credentials, @Nullable LgspAccessToken lgspAccessToken, @Nullable String scope) {

  /** The body's media type. */
  public static final String FORM = "application/x-www-form-urlencoded";

  /** The only grant type a token call of these gateways uses. */
  public static final String CLIENT_CREDENTIALS = "client_credentials";

  /**
   * Checks the parts.
   *
   * @param credentials the WSO2 credentials, or {@code null}
   * @param lgspAccessToken the LGSP's access token, or {@code null}
   * @param scope the scopes, or {@code null}
   * @throws IllegalArgumentException if neither credential or both are given, or the scope is blank
   */
  public TokenRequest {
    if ((credentials == null) == (lgspAccessToken == null)) {
      throw new IllegalArgumentException("A token call carries either client credentials or an LGSP access token");
    }
    if (scope != null && scope.isBlank()) {
      throw new IllegalArgumentException("A scope asked for is not blank");
    }
  }

  /**
   * Returns a WSO2 token call.
   *
   * @param credentials the application's consumer key and secret
   * @return the call, for the gateway's default scope
   */
  public static TokenRequest wso2(ClientCredentials credentials) {
    return new TokenRequest(Objects.requireNonNull(credentials, "credentials"), null, null);
  }

  /**
   * Returns an LGSP's token call.
   *
   * @param token the LGSP's access token
   * @return the call
   */
  public static TokenRequest lgsp(LgspAccessToken token) {
    return new TokenRequest(null, Objects.requireNonNull(token, "token"), null);
  }

  /**
   * Returns this call asking for scopes.
   *
   * @param scope the scopes, space-separated
   * @return a new call
   */
  public TokenRequest withScope(String scope) {
    return new TokenRequest(credentials, lgspAccessToken, Objects.requireNonNull(scope, "scope"));
  }

  /**
   * Returns the call's headers: the credential ({@code Authorization} or {@code lgspaccesstoken}), then {@code
   * Content-Type}.
   *
   * @return the headers, in that order, unmodifiable
   */
  public Map<String, String> headers() {
    Map<String, String> m = HeaderMaps.ordered();
    if (credentials != null) {
      m.put("Authorization", credentials.authorization());
    } else {
      m.put(LgspAccessToken.HEADER, Objects.requireNonNull(lgspAccessToken).encode());
    }
    m.put("Content-Type", FORM);
    return HeaderMaps.frozen(m);
  }

  /**
   * Returns the call's form body.
   *
   * @return {@code grant_type=client_credentials}, then {@code &scope=…} form-encoded when asked for
   */
  public String body() {
    return scope == null ? "grant_type=" + CLIENT_CREDENTIALS
        : "grant_type=" + CLIENT_CREDENTIALS + "&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8);
  }

  /**
   * Reads a token call, as a fake gateway does: {@code Authorization: Basic …} makes a WSO2 call, else {@code
   * lgspaccesstoken} an LGSP's.
   *
   * @param headers the call's headers (names in any case)
   * @param body the form body
   * @return the call
   * @throws GatewayHeaderException {@code MISSING} if neither credential header is there, or the body has no {@code
   *     grant_type}; {@code INVALID_VALUE} if the grant type is not {@code client_credentials}; {@code MALFORMED} if
   *     a credential or the body cannot be decoded. Never quoting a value
   */
  public static TokenRequest parse(Map<String, String> headers, String body) {
    Objects.requireNonNull(body, "body");
    String authorization = HeaderMaps.get(headers, "Authorization");
    String lgsp = HeaderMaps.get(headers, LgspAccessToken.HEADER);
    String grant = null;
    String scope = null;
    for (String pair : body.strip().split("&", -1)) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value;
      try {
        value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw new GatewayHeaderException(GatewayHeaderException.Reason.MALFORMED, "body", "expected a form body");
      }
      if (name.equals("grant_type")) {
        grant = value;
      } else if (name.equals("scope") && !value.isBlank()) {
        scope = value;
      }
    }
    if (grant == null || grant.isBlank()) {
      throw new GatewayHeaderException(GatewayHeaderException.Reason.MISSING, "grant_type", "required in the body");
    }
    if (!grant.equals(CLIENT_CREDENTIALS)) {
      throw new GatewayHeaderException(GatewayHeaderException.Reason.INVALID_VALUE, "grant_type",
          "expected client_credentials");
    }
    if (authorization != null && !authorization.isBlank()) {
      return new TokenRequest(ClientCredentials.parseAuthorization(authorization), null, scope);
    }
    if (lgsp != null && !lgsp.isBlank()) {
      return new TokenRequest(null, LgspAccessToken.decode(lgsp), scope);
    }
    throw new GatewayHeaderException(GatewayHeaderException.Reason.MISSING, "Authorization",
        "a token call has Authorization: Basic … or lgspaccesstoken");
  }

  /** Returns which call it is; never a credential. */
  @Override
  public String toString() {
    return "TokenRequest[" + (credentials != null ? credentials : lgspAccessToken) + ", scope=" + scope + ']';
  }
}
