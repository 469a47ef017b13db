package dev.egov.json.gateway;

import dev.egov.json.AnswerStatus;
import dev.egov.json.internal.Redaction;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The answer of a WSO2 token endpoint (OAuth 2.0 client credentials, RFC 6749 5.1 and 5.2): {@code {access_token,
 * token_type, expires_in, scope}} when a token is issued, {@code {error, error_description}} when the call is refused.
 *
 * <ul>
 *   <li>issued: {@link AnswerStatus.Outcome#SUCCESS}, without code; {@link #accessToken()} is the token;
 *   <li>refused by the token endpoint: {@link AnswerStatus.Outcome#FAILURE}, whose code is {@code error} ({@code
 *       invalid_client}: the consumer key or secret is wrong, a configuration error that renewing does not mend) and
 *       whose message is {@code error_description};
 *   <li>refused by the gateway in front of it (a WSO2 fault, an X-Road error): {@link
 *       AnswerStatus.Outcome#GATEWAY_FAULT} with the {@link dev.egov.json.GatewayFault}.
 * </ul>
 *
 * <pre>{@code
 * TokenAnswer answer = GatewayJson.get().decodeTokenAnswer(body).value();
 * if (answer.status().success()) {
 *   cache(answer.authorization(), answer.expiresAt(receivedAt).orElse(receivedAt.plusSeconds(300)));
 * }
 * }</pre>
 *
 * <p>The access token is a credential: {@link #toString()} never shows it.
 *
 * @param status the outcome
 * @param accessToken the token ({@code access_token}), or {@code null} when refused
 * @param tokenType its type as written ({@code token_type}: {@code Bearer}, older WSO2 versions {@code bearer}), or
 *     {@code null}
 * @param expiresIn its lifetime in seconds ({@code expires_in}), or {@code null}
 * @param scope the scopes granted ({@code scope}, space-separated: WSO2 grants {@code default}), or {@code null}
 * @since 0.1.0
 */
public record TokenAnswer(
    AnswerStatus status,
    @Nullable String accessToken,
    @Nullable String tokenType,
    @Nullable Long expiresIn,
    @Nullable String scope) {

  /**
   * Checks the parts.
   *
   * @param status the outcome
   * @param accessToken the token, or {@code null}
   * @param tokenType its type, or {@code null}
   * @param expiresIn its lifetime in seconds, or {@code null}
   * @param scope the scopes, or {@code null}
   * @throws IllegalArgumentException if a success has no token, a failure no code ({@code error}), the outcome is
   *     {@code ALREADY_EXISTS}, or the lifetime is negative
   */
  public TokenAnswer {
    Objects.requireNonNull(status, "status");
    switch (status.outcome()) {
      case SUCCESS:
        if (accessToken == null || accessToken.isBlank()) {
          throw new IllegalArgumentException("An issued token answer has an access_token");
        }
        break;
      case FAILURE:
        if (status.code() == null) {
          throw new IllegalArgumentException("A refused token call has an error code");
        }
        break;
      case ALREADY_EXISTS:
        throw new IllegalArgumentException("A token call has no 'already exists' answer");
      default:
        break;
    }
    if (expiresIn != null && expiresIn < 0) {
      throw new IllegalArgumentException("expires_in is not negative");
    }
  }

  /**
   * Returns an answer that issues a token.
   *
   * @param accessToken the token
   * @param tokenType its type, such as {@code Bearer}, or {@code null}
   * @param expiresIn its lifetime in seconds, or {@code null}
   * @param scope the scopes, or {@code null}
   * @return the answer
   */
  public static TokenAnswer issued(String accessToken, @Nullable String tokenType, @Nullable Long expiresIn,
      @Nullable String scope) {
    return new TokenAnswer(AnswerStatus.ok(), accessToken, tokenType, expiresIn, scope);
  }

  /**
   * Returns the token endpoint's refusal.
   *
   * @param error the OAuth error code ({@code invalid_client}, {@code invalid_grant}, {@code unsupported_grant_type})
   * @param description its description, or {@code null}
   * @return the answer
   */
  public static TokenAnswer refused(String error, @Nullable String description) {
    return new TokenAnswer(AnswerStatus.failure(dev.egov.json.ResultCode.of(error), description), null, null, null,
        null);
  }

  /**
   * Returns the OAuth error code of a refusal.
   *
   * @return {@code error}, or empty unless the token endpoint refused the call
   */
  public Optional<String> error() {
    return status.outcome() == AnswerStatus.Outcome.FAILURE && status.code() != null
        ? Optional.of(status.code().value()) : Optional.empty();
  }

  /**
   * Returns the {@code Authorization} header of the calls the token allows.
   *
   * @return {@code Bearer } and the token
   * @throws IllegalStateException if no token was issued
   */
  public String authorization() {
    if (accessToken == null) {
      throw new IllegalStateException("No token was issued: " + status.outcome());
    }
    return "Bearer " + accessToken;
  }

  /**
   * Returns when the token expires, counted from when the answer was received.
   *
   * @param receivedAt when the answer was received
   * @return the instant, or empty without {@code expires_in}
   */
  public Optional<Instant> expiresAt(Instant receivedAt) {
    Objects.requireNonNull(receivedAt, "receivedAt");
    return expiresIn == null ? Optional.empty() : Optional.of(receivedAt.plusSeconds(expiresIn));
  }

  /** Returns the answer with its token masked. */
  @Override
  public String toString() {
    return "TokenAnswer[status=" + status + ", accessToken=" + Redaction.secret(accessToken) + ", tokenType="
        + tokenType + ", expiresIn=" + expiresIn + ", scope=" + scope + ']';
  }
}
