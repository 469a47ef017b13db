package dev.egov.json.insurance;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The card check's address: the gateway takes its credentials in the query ({@code
 * KQNhanLichSuKCB2024?token=&id_token=&username=&password=}), so the address is a secret. {@link #uri()} gives it
 * for the HTTP client only; {@link #redacted()} and {@link #toString()} give it for logs, every credential replaced
 * by {@code ***}.
 *
 * <pre>{@code
 * CardCheckUrl url = CardCheckUrl.of(URI.create("https://egw.example.vn"), credentials, answer.apiKey());
 * http.send(HttpRequest.newBuilder(url.uri()).POST(body).build(), …);
 * log.info("checking {}", url);   // https://egw.example.vn/api/egw/KQNhanLichSuKCB2024?token=***&…
 * }</pre>
 *
 * @param base the gateway's base address, such as {@code https://egw.baohiemxahoi.gov.vn}
 * @param service the service's name: {@code KQNhanLichSuKCB2024} (or the older {@code KQNhanLichSuKCB2019})
 * @param token the access token ({@code token})
 * @param idToken the ID token ({@code id_token})
 * @param username the account's name ({@code username})
 * @param passwordMd5 the password's MD5 ({@code password})
 * @since 0.1.0
 */
public record CardCheckUrl(
    URI base, String service, String token, String idToken, String username, String passwordMd5) {

  /** The current service. */
  public static final String SERVICE = "KQNhanLichSuKCB2024";

  /**
   * Checks the parts.
   *
   * @param base the gateway's base address
   * @param service the service's name
   * @param token the access token
   * @param idToken the ID token
   * @param username the account's name
   * @param passwordMd5 the password's MD5
   * @throws IllegalArgumentException if the service's name is not a plain path segment
   */
  public CardCheckUrl {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(idToken, "idToken");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(passwordMd5, "passwordMd5");
    if (service.isEmpty() || !service.chars().allMatch(c -> c < 0x80 && Character.isLetterOrDigit(c))) {
      throw new IllegalArgumentException("A service's name is letters and digits");
    }
  }

  /**
   * Returns the address of {@code KQNhanLichSuKCB2024} with the tokens of a token answer.
   *
   * @param base the gateway's base address
   * @param credentials the token call's credentials
   * @param key the tokens
   * @return the address
   * @throws IllegalArgumentException if a token is missing
   */
  public static CardCheckUrl of(URI base, CardCheckTokenRequest credentials, ApiKey key) {
    if (key.accessToken() == null || key.idToken() == null) {
      throw new IllegalArgumentException("The token answer has no access token or no ID token");
    }
    return new CardCheckUrl(base, SERVICE, key.accessToken(), key.idToken(), credentials.username(),
        credentials.passwordMd5());
  }

  /**
   * Returns the address with the credentials: for the HTTP client only, never for a log.
   *
   * @return the address
   */
  public URI uri() {
    return URI.create(address(false));
  }

  /**
   * Returns the address with every credential replaced by {@code ***}: for logs.
   *
   * @return the redacted address
   */
  public String redacted() {
    return address(true);
  }

  private String address(boolean redact) {
    String b = base.toString();
    return b + (b.endsWith("/") ? "" : "/") + "api/egw/" + service + "?token=" + value(token, redact)
        + "&id_token=" + value(idToken, redact) + "&username=" + value(username, redact) + "&password="
        + value(passwordMd5, redact);
  }

  private static String value(String value, boolean redact) {
    return redact ? "***" : URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Returns {@link #redacted()}. */
  @Override
  public String toString() {
    return redacted();
  }
}
