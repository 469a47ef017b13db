package dev.egov.json.portal;

import dev.egov.json.AnswerStatus;
import dev.egov.json.ResultCode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The portal adapter's answer to a call: {@code {error_code, message, result|data}} (docs/dossiers-and-portal.md,
 * Calls and envelope), or a fault of the gateway in front of it.
 *
 * <p>An answer is data whatever its code: a failure is read as an answer, never as a decoding error. What the code
 * means depends on the gateway (the success codes are UNCERTAIN): the {@link PortalJson} that reads it classifies it
 * with the codes it is configured with, into {@link #status()}.
 *
 * <pre>{@code
 * PortalAnswer answer = portal.decodeAnswer(body).value();
 * switch (answer.status().outcome()) {
 *   case SUCCESS -> markSynced(dossier);
 *   case ALREADY_EXISTS -> send(request.withUpdating(true));
 *   case FAILURE -> log.warn("portal refused {}: {}", dossier.code(), answer.status());
 *   case GATEWAY_FAULT -> handle(answer.status().gatewayFault());
 * }
 * }</pre>
 *
 * <p>{@link #toString()} prints the status only, not the payload, which may hold personal data.
 *
 * @param status what the answer says: its outcome, {@code error_code} (as written: {@code "0"}, {@code 0}, {@code
 *     "-3"}) and {@code message}; a gateway's fault
 * @param result the {@code result} member as JSON text, or {@code null}
 * @param data the {@code data} member as JSON text (some gateways name the payload so), or {@code null}
 * @since 0.1.0
 */
public record PortalAnswer(AnswerStatus status, @Nullable String result, @Nullable String data) {

  /**
   * Checks the parts.
   *
   * @param status what the answer says
   * @param result the {@code result} member as JSON text, or {@code null}
   * @param data the {@code data} member as JSON text, or {@code null}
   */
  public PortalAnswer {
    Objects.requireNonNull(status, "status");
  }

  /**
   * Returns an answer without payload.
   *
   * @param status what it says
   * @return the answer
   */
  public static PortalAnswer of(AnswerStatus status) {
    return new PortalAnswer(status, null, null);
  }

  /**
   * Returns this answer with a {@code result} payload.
   *
   * @param json the payload as JSON text
   * @return a copy
   */
  public PortalAnswer withResult(String json) {
    return new PortalAnswer(status, Objects.requireNonNull(json, "json"), data);
  }

  /**
   * Returns the code as written, or {@code null} for a gateway's fault.
   *
   * @return {@code status().code()}
   */
  public @Nullable ResultCode errorCode() {
    return status.code();
  }

  /**
   * Returns the payload, under whichever name the gateway gave it.
   *
   * @return {@link #result()}, else {@link #data()}, else {@code null}
   */
  public @Nullable String payload() {
    return result != null ? result : data;
  }

  /** Returns the status; never the payload. */
  @Override
  public String toString() {
    String payload = payload();
    return "PortalAnswer[" + status + (payload == null ? "" : ", payload=" + payload.length() + " chars") + ']';
  }
}
