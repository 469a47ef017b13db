package dev.egov.json.portal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The portal adapter's answer to a call: {@code {error_code, message, result|data}} (docs/dossiers-and-portal.md, Calls
 * and envelope), and {@code session} in the answer to a log-in (docs/gateways.md, Portal session).
 *
 * <p>An answer is data whatever its code: a failure is read as an answer, never as a decoding error. What the code
 * means depends on the gateway (the success codes are UNCERTAIN), so it is {@link PortalJson#outcome} that classifies
 * it, with codes configured once per gateway.
 *
 * <pre>{@code
 * PortalAnswer answer = portal.decodeAnswer(body).value();
 * switch (portal.outcome(answer)) {
 *   case SUCCESS -> markSynced(dossier);
 *   case ALREADY_EXISTS -> send(request.withUpdating(true));
 *   case FAILURE -> log.warn("portal refused {}: {} {}", dossier.code(), answer.errorCode(), answer.message());
 * }
 * }</pre>
 *
 * <p>{@link #toString()} prints the code and message only: never the session, and not the payload, which may hold
 * personal data.
 *
 * @param errorCode the code ({@code error_code}) as written, without quotes: {@code "0"}, {@code "00"}, {@code "-3"}
 * @param numericCode whether the code was a JSON number ({@code 0}) rather than a string ({@code "0"})
 * @param message the message ({@code message}), or {@code null}
 * @param result the {@code result} member as JSON text, or {@code null}
 * @param data the {@code data} member as JSON text (some gateways name the payload so), or {@code null}
 * @param session the session a log-in returns ({@code session}), a secret, or {@code null}
 * @since 0.1.0
 */
public record PortalAnswer(
    String errorCode,
    boolean numericCode,
    @Nullable String message,
    @Nullable String result,
    @Nullable String data,
    @Nullable String session) {

  /**
   * Checks the parts.
   *
   * @param errorCode the code ({@code error_code}) as written, without quotes: {@code "0"}, {@code "00"}, {@code "-3"}
   * @param numericCode whether the code was a JSON number ({@code 0}) rather than a string ({@code "0"})
   * @param message the message ({@code message}), or {@code null}
   * @param result the {@code result} member as JSON text, or {@code null}
   * @param data the {@code data} member as JSON text (some gateways name the payload so), or {@code null}
   * @param session the session a log-in returns ({@code session}), a secret, or {@code null}
   * @throws IllegalArgumentException if the code is blank or has surrounding white space, or is numeric but not an
   *     integer
   */
  public PortalAnswer {
    Objects.requireNonNull(errorCode, "errorCode");
    if (errorCode.isEmpty() || !errorCode.equals(errorCode.strip())) {
      throw new IllegalArgumentException("An error code is non-empty and has no surrounding white space");
    }
    if (numericCode && !isInteger(errorCode)) {
      throw new IllegalArgumentException("A numeric error code is an integer");
    }
  }

  private static boolean isInteger(String code) {
    int start = code.charAt(0) == '-' ? 1 : 0;
    if (start == code.length()) {
      return false;
    }
    for (int i = start; i < code.length(); i++) {
      if (code.charAt(i) < '0' || code.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns an answer with a string code and a message, and no payload.
   *
   * @param errorCode the code, such as {@code "0"} or {@code "-3"}
   * @param message the message, or {@code null}
   * @return the answer
   */
  public static PortalAnswer of(String errorCode, @Nullable String message) {
    return new PortalAnswer(errorCode, false, message, null, null, null);
  }

  /**
   * Returns this answer with a {@code result} payload.
   *
   * @param json the payload as JSON text
   * @return a copy
   */
  public PortalAnswer withResult(String json) {
    return new PortalAnswer(errorCode, numericCode, message, Objects.requireNonNull(json, "json"), data, session);
  }

  /**
   * Returns the payload, under whichever name the gateway gave it.
   *
   * @return {@link #result()}, else {@link #data()}, else {@code null}
   */
  public @Nullable String payload() {
    return result != null ? result : data;
  }

  /** Returns the code and message; never the session or the payload. */
  @Override
  public String toString() {
    String payload = payload();
    return "PortalAnswer[error_code=" + errorCode + (message == null ? "" : ", message=" + message)
        + (payload == null ? "" : ", payload=" + payload.length() + " chars")
        + (session == null ? "" : ", session=***") + ']';
  }
}
