package dev.egov.json.gateway;

import dev.egov.json.JsonDecodingException;
import dev.egov.json.internal.Redaction;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code lgspaccesstoken} header of LGSPs built by VNPT: the Base64 (standard alphabet, padded) of the compact
 * JSON {@code {"AccessKey":…,"SecretKey":…,"AppName":…,"PartnerCode":…,"PartnerCodeCus":…}}, the five fields
 * in that order, sent on the token call and on every API call beside {@code Authorization: Bearer} (docs/gateways.md, LGSP
 * access-token header). The access and secret keys are credentials, and so is the header built from them: {@link
 * #toString()} shows neither; the application's name and the partner codes, which name the calling unit, are shown.
 *
 * <pre>{@code
 * LgspAccessToken lgsp = new LgspAccessToken(accessKey, secretKey, "MOTCUA_Q1", "000.00.01.H29", "");
 * String header = lgsp.encode();                           // for lgspaccesstoken
 * Map<String, String> call = lgsp.apiCallHeaders(bearer);  // lgspaccesstoken and Authorization: Bearer …
 * LgspAccessToken received = LgspAccessToken.decode(header);
 * }</pre>
 *
 * @param accessKey the access key the LGSP issued ({@code AccessKey})
 * @param secretKey the secret key the LGSP issued ({@code SecretKey})
 * @param appName the application's name the LGSP registered ({@code AppName}); may be empty
 * @param partnerCode the partner's code ({@code PartnerCode}); may be empty
 * @param partnerCodeCus the customer partner's code ({@code PartnerCodeCus}); may be empty
 * @since 0.1.0
 */
public record LgspAccessToken(
    String accessKey, String secretKey, String appName, String partnerCode, String partnerCodeCus) {

  /** The header's name, as the LGSPs' clients write it. */
  public static final String HEADER = "lgspaccesstoken";

  /**
   * Checks the parts.
   *
   * @param accessKey the access key
   * @param secretKey the secret key
   * @param appName the application's name, may be empty
   * @param partnerCode the partner's code, may be empty
   * @param partnerCodeCus the customer partner's code, may be empty
   * @throws IllegalArgumentException if the access key or the secret key is blank
   */
  public LgspAccessToken {
    Objects.requireNonNull(accessKey, "accessKey");
    Objects.requireNonNull(secretKey, "secretKey");
    Objects.requireNonNull(appName, "appName");
    Objects.requireNonNull(partnerCode, "partnerCode");
    Objects.requireNonNull(partnerCodeCus, "partnerCodeCus");
    if (accessKey.isBlank() || secretKey.isBlank()) {
      throw new IllegalArgumentException("An LGSP access token has an access key and a secret key");
    }
  }

  /**
   * Returns the header's value: the Base64 of the compact JSON, its fields in their fixed order.
   *
   * @return the value of {@code lgspaccesstoken}
   */
  public String encode() {
    return Base64.getEncoder().encodeToString(GatewayJson.get().writeLgspAccessToken(this));
  }

  /**
   * Reads a header's value, as a fake LGSP does.
   *
   * @param header the value of {@code lgspaccesstoken}
   * @return the token
   * @throws GatewayHeaderException {@code MISSING} if blank; {@code MALFORMED} if it is not Base64, or what it
   *     encodes is not the JSON object of the five fields (the {@link JsonDecodingException} as the cause);
   *     never quoting the value
   */
  public static LgspAccessToken decode(String header) {
    if (header == null || header.isBlank()) {
      throw new GatewayHeaderException(GatewayHeaderException.Reason.MISSING, HEADER, "required");
    }
    byte[] json = Base64Text.bytes(HEADER, header.strip());
    try {
      return GatewayJson.get().decodeLgspAccessToken(json).value();
    } catch (JsonDecodingException e) {
      GatewayHeaderException g = new GatewayHeaderException(GatewayHeaderException.Reason.MALFORMED, HEADER,
          "expected Base64 of {AccessKey, SecretKey, AppName, PartnerCode, PartnerCodeCus}: " + e.getMessage());
      g.initCause(e);
      throw g;
    } finally {
      java.util.Arrays.fill(json, (byte) 0);
    }
  }

  /**
   * Returns the headers of an API call behind the LGSP: {@code lgspaccesstoken}, then {@code Authorization: Bearer}.
   *
   * @param accessToken the access token of the LGSP's token call ({@link TokenAnswer#accessToken()})
   * @return the headers, in that order, unmodifiable
   * @throws IllegalArgumentException if the access token is blank or has a control character
   */
  public Map<String, String> apiCallHeaders(String accessToken) {
    Objects.requireNonNull(accessToken, "accessToken");
    if (accessToken.isBlank()) {
      throw new IllegalArgumentException("An access token is not blank");
    }
    Map<String, String> m = HeaderMaps.ordered();
    m.put(HEADER, encode());
    m.put("Authorization", "Bearer " + HeaderMaps.value("Authorization", accessToken));
    return HeaderMaps.frozen(m);
  }

  /** Returns the unit's names; never the keys. */
  @Override
  public String toString() {
    return "LgspAccessToken[accessKey=" + Redaction.secret(accessKey) + ", secretKey=***, appName=" + appName
        + ", partnerCode=" + partnerCode + ", partnerCodeCus=" + partnerCodeCus + ']';
  }
}
