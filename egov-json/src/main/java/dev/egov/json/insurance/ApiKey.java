package dev.egov.json.insurance;

import dev.egov.json.internal.Redaction;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The tokens the gateway gives ({@code APIKey}): secrets, never printed.
 *
 * @param accessToken {@code access_token}, sent as {@code token} in the check's query
 * @param idToken {@code id_token}, sent as {@code id_token}
 * @param tokenType {@code token_type} ({@code "Bearer"}), or {@code null}
 * @param username {@code username}, or {@code null}
 * @param expiresIn {@code expires_in} as written: the instant the tokens expire, ISO-8601, or {@code null}
 * @since 0.1.0
 */
public record ApiKey(
    @Nullable String accessToken,
    @Nullable String idToken,
    @Nullable String tokenType,
    @Nullable String username,
    @Nullable String expiresIn) {

  /**
   * Returns when the tokens expire, when {@code expires_in} is an ISO-8601 instant (with {@code Z} or an offset).
   *
   * @return the instant, or empty when absent or in another form
   */
  public Optional<Instant> expiry() {
    if (expiresIn == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(expiresIn).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Returns the type and the expiry; never a token, and the user name's length only. */
  @Override
  public String toString() {
    return "ApiKey[accessToken=" + Redaction.secret(accessToken) + ", idToken=" + Redaction.secret(idToken)
        + ", tokenType=" + tokenType + ", username=" + Redaction.personal(username) + ", expiresIn=" + expiresIn + ']';
  }
}
