package dev.egov.json.gateway;

import dev.egov.json.internal.Redaction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * A WSO2 API Manager application's consumer key and consumer secret, as the token call sends them: {@code
 * Authorization: Basic base64(consumerKey:consumerSecret)} (OAuth 2.0 client authentication, RFC 6749 2.3.1). The
 * secret is never printed: {@link #toString()} shows the key's length only.
 *
 * <pre>{@code
 * ClientCredentials app = new ClientCredentials("ZdEPPoffpaQgGnRpnbfWmqKRKr0a", consumerSecret);
 * String header = app.authorization();     // "Basic WmRFUFBv…"
 * }</pre>
 *
 * @param consumerKey the application's consumer key (client id)
 * @param consumerSecret the application's consumer secret
 * @since 0.1.0
 */
public record ClientCredentials(String consumerKey, String consumerSecret) {

  /** The scheme of the header. */
  private static final String BASIC = "Basic ";

  /**
   * Checks the parts.
   *
   * @param consumerKey the consumer key
   * @param consumerSecret the consumer secret
   * @throws IllegalArgumentException if either is blank, the key contains {@code ':'} (which would end it early) or
   *     either has a control character
   */
  public ClientCredentials {
    Objects.requireNonNull(consumerKey, "consumerKey");
    Objects.requireNonNull(consumerSecret, "consumerSecret");
    if (consumerKey.isBlank() || consumerSecret.isBlank()) {
      throw new IllegalArgumentException("Client credentials have a consumer key and a consumer secret");
    }
    if (consumerKey.indexOf(':') >= 0) {
      throw new IllegalArgumentException("A consumer key has no ':'");
    }
    if (consumerKey.chars().anyMatch(Character::isISOControl)
        || consumerSecret.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("Client credentials have no control character");
    }
  }

  /**
   * Returns the value of the token call's {@code Authorization} header.
   *
   * @return {@code Basic } and the Base64 of {@code consumerKey:consumerSecret} in UTF-8
   */
  public String authorization() {
    return BASIC + Base64.getEncoder().encodeToString((consumerKey + ':' + consumerSecret)
        .getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads the credentials from an {@code Authorization} header, as a fake gateway does.
   *
   * @param authorization the header's value, {@code Basic …} (the scheme in any case)
   * @return the credentials
   * @throws GatewayHeaderException {@code MISSING} if blank; {@code MALFORMED} if it is not {@code Basic}, not Base64,
   *     not UTF-8 or has no {@code ':'}; {@code INVALID_VALUE} if a part is blank. Never quoting the value
   */
  public static ClientCredentials parseAuthorization(String authorization) {
    String header = "Authorization";
    if (authorization == null || authorization.isBlank()) {
      throw new GatewayHeaderException(GatewayHeaderException.Reason.MISSING, header, "required");
    }
    String v = authorization.strip();
    if (v.length() < BASIC.length() || !v.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      throw new GatewayHeaderException(GatewayHeaderException.Reason.MALFORMED, header, "expected 'Basic …'");
    }
    String pair = Base64Text.decode(header, v.substring(BASIC.length()).strip());
    int colon = pair.indexOf(':');
    if (colon < 0) {
      throw new GatewayHeaderException(GatewayHeaderException.Reason.MALFORMED, header,
          "expected Base64 of 'key:secret'");
    }
    try {
      return new ClientCredentials(pair.substring(0, colon), pair.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      throw new GatewayHeaderException(GatewayHeaderException.Reason.INVALID_VALUE, header,
          "expected a key and a secret, neither blank");
    }
  }

  /** Returns the key's length; never the secret. */
  @Override
  public String toString() {
    return "ClientCredentials[consumerKey=" + Redaction.personal(consumerKey) + ", consumerSecret=***]";
  }
}
