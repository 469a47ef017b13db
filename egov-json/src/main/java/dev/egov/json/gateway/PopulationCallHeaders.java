package dev.egov.json.gateway;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The headers of a direct call to the population service (docs/gateways.md, Direct calls to the population service),
 * as {@link PopulationCallSigner} builds them or a fake service receives them: {@code Timestamp}, {@code
 * Authorization} (Basic, with a signature), {@code X-Road-Client} when configured, {@code ApiKey} and {@code
 * SOAPAction}. The authorization and the API key are credentials: {@link #toString()} shows neither.
 *
 * <pre>{@code
 * PopulationCallHeaders headers = signer.headers(url);
 * headers.toMap().forEach(request::header);
 * }</pre>
 *
 * @param timestamp the call's time as sent ({@code Timestamp}: epoch milliseconds or seconds, digits)
 * @param authorization the signed credential ({@code Authorization: Basic …})
 * @param client the caller ({@code X-Road-Client}), or {@code null} when not sent
 * @param apiKey the API key ({@code ApiKey})
 * @param soapAction the SOAP action as sent ({@code SOAPAction}: {@code ""}, the two quotes, by default)
 * @since 0.1.0
 */
public record PopulationCallHeaders(
    String timestamp, String authorization, @Nullable XRoadClient client, String apiKey, String soapAction) {

  /** {@code Timestamp}. */
  public static final String TIMESTAMP = "Timestamp";
  /** {@code Authorization}. */
  public static final String AUTHORIZATION = "Authorization";
  /** {@code ApiKey}. */
  public static final String API_KEY = "ApiKey";
  /** {@code SOAPAction}. */
  public static final String SOAP_ACTION = "SOAPAction";

  /**
   * Checks the parts.
   *
   * @param timestamp the time as sent
   * @param authorization the credential
   * @param client the caller, or {@code null}
   * @param apiKey the API key
   * @param soapAction the SOAP action as sent
   * @throws GatewayHeaderException {@code INVALID_VALUE} if the timestamp is not digits, the authorization or the
   *     API key is blank, or a value has a control character
   */
  public PopulationCallHeaders {
    Objects.requireNonNull(timestamp, TIMESTAMP);
    if (timestamp.isEmpty() || timestamp.length() > 19 || !timestamp.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new GatewayHeaderException(GatewayHeaderException.Reason.INVALID_VALUE, TIMESTAMP,
          "expected epoch milliseconds or seconds, digits only");
    }
    notBlank(AUTHORIZATION, authorization);
    notBlank(API_KEY, apiKey);
    HeaderMaps.value(SOAP_ACTION, soapAction);
  }

  private static void notBlank(String header, String value) {
    Objects.requireNonNull(value, header);
    if (value.isBlank()) {
      throw new GatewayHeaderException(GatewayHeaderException.Reason.INVALID_VALUE, header, "not blank");
    }
    HeaderMaps.value(header, value);
  }

  /**
   * Returns the headers to send.
   *
   * @return {@code Timestamp}, {@code Authorization}, {@code X-Road-Client} (when configured), {@code ApiKey}, {@code
   *     SOAPAction}, in that order; unmodifiable
   */
  public Map<String, String> toMap() {
    Map<String, String> m = HeaderMaps.ordered();
    m.put(TIMESTAMP, timestamp);
    m.put(AUTHORIZATION, authorization);
    if (client != null) {
      m.put(XRoadClient.HEADER, client.headerValue());
    }
    m.put(API_KEY, apiKey);
    m.put(SOAP_ACTION, soapAction);
    return HeaderMaps.frozen(m);
  }

  /**
   * Reads the headers of a call, as a fake population service does; other headers are ignored.
   *
   * @param headers the call's headers (names in any case)
   * @return the headers
   * @throws GatewayHeaderException {@code MISSING} without {@code Timestamp}, {@code Authorization} or {@code
   *     ApiKey}; as the constructor and {@link XRoadClient#parse} say otherwise. An absent {@code SOAPAction} reads
   *     as the empty text
   */
  public static PopulationCallHeaders parse(Map<String, String> headers) {
    String client = HeaderMaps.get(headers, XRoadClient.HEADER);
    String action = HeaderMaps.get(headers, SOAP_ACTION);
    return new PopulationCallHeaders(HeaderMaps.need(headers, TIMESTAMP).strip(),
        HeaderMaps.need(headers, AUTHORIZATION).strip(),
        client == null || client.isBlank() ? null : XRoadClient.parse(client),
        HeaderMaps.need(headers, API_KEY).strip(), action == null ? "" : action);
  }

  /** Returns the headers with the credentials masked. */
  @Override
  public String toString() {
    return "PopulationCallHeaders[timestamp=" + timestamp + ", authorization=***, client=" + client
        + ", apiKey=***, soapAction=" + soapAction + ']';
  }
}
