package dev.egov.json;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an answer from a national system says, in every dialect: success, already exists, failure, or a fault of the
 * gateway in front of it, with the code and message given. An answer that says "failure" is data, not a decoding
 * error: readers return it, never throw for it.
 *
 * <p>Which codes mean success or "already exists" differs between gateways and is not published for all of them
 * (UNCERTAIN): each dialect's builder configures them ({@code PortalJson.builder().successCodes(…)}, {@code
 * PopulationDatabaseJson.builder().successCodes(…)}). A {@link GatewayFault} is recognised before the answer's own
 * fields, so a refused credential reads as {@link Outcome#GATEWAY_FAULT}, never as an empty success.
 *
 * <pre>{@code
 * switch (answer.status().outcome()) {
 *   case SUCCESS -> markSynced(dossier);
 *   case ALREADY_EXISTS -> send(request.withUpdating(true));
 *   case FAILURE -> log.warn("refused: {}", answer.status());
 *   case GATEWAY_FAULT -> handle(answer.status().gatewayFault());
 * }
 * }</pre>
 *
 * @param outcome what the answer means
 * @param code the result code as written ({@code error_code}, a SOAP fault's {@code faultcode}), or {@code null} when
 *     there is none (a plain SOAP success, a gateway fault)
 * @param message the answer's message, or {@code null}
 * @param gatewayFault the gateway's fault, exactly when the outcome is {@link Outcome#GATEWAY_FAULT}
 * @since 0.1.0
 */
public record AnswerStatus(
    Outcome outcome, @Nullable ResultCode code, @Nullable String message, @Nullable GatewayFault gatewayFault) {

  /** What an answer means. */
  public enum Outcome {
    /** The system did what was asked. */
    SUCCESS,
    /** The record already exists (the portal's {@code "-3"} "đã tồn tại"): send it again as an update. */
    ALREADY_EXISTS,
    /** The system answered and refused; the code and message say why. */
    FAILURE,
    /** The gateway in front of the system answered instead: see {@link AnswerStatus#gatewayFault()}. */
    GATEWAY_FAULT
  }

  /**
   * Checks the parts.
   *
   * @param outcome what the answer means
   * @param code the result code as written, or {@code null} when there is none
   * @param message the answer's message, or {@code null}
   * @param gatewayFault the gateway's fault, exactly when the outcome is {@link Outcome#GATEWAY_FAULT}
   * @throws IllegalArgumentException if a gateway fault is given with another outcome, or missing for that one
   */
  public AnswerStatus {
    Objects.requireNonNull(outcome, "outcome");
    if ((outcome == Outcome.GATEWAY_FAULT) != (gatewayFault != null)) {
      throw new IllegalArgumentException("A gateway fault comes exactly with the outcome GATEWAY_FAULT");
    }
  }

  /**
   * Returns the status of a success that carries no code (a plain SOAP answer).
   *
   * @return a success without code or message
   */
  public static AnswerStatus ok() {
    return new AnswerStatus(Outcome.SUCCESS, null, null, null);
  }

  /**
   * Returns a success with a code and a message.
   *
   * @param code the code, such as {@code ResultCode.of("0")}
   * @param message the message, or {@code null}
   * @return the status
   */
  public static AnswerStatus success(ResultCode code, @Nullable String message) {
    return new AnswerStatus(Outcome.SUCCESS, Objects.requireNonNull(code, "code"), message, null);
  }

  /**
   * Returns an "already exists".
   *
   * @param code the code, such as {@code ResultCode.of("-3")}
   * @param message the message, or {@code null}
   * @return the status
   */
  public static AnswerStatus alreadyExists(ResultCode code, @Nullable String message) {
    return new AnswerStatus(Outcome.ALREADY_EXISTS, Objects.requireNonNull(code, "code"), message, null);
  }

  /**
   * Returns a failure.
   *
   * @param code the code, or {@code null} if the system gave none
   * @param message the message, or {@code null}
   * @return the status
   */
  public static AnswerStatus failure(@Nullable ResultCode code, @Nullable String message) {
    return new AnswerStatus(Outcome.FAILURE, code, message, null);
  }

  /**
   * Returns the status of a gateway's fault: no result code, the fault's message.
   *
   * @param fault the fault
   * @return the status
   */
  public static AnswerStatus of(GatewayFault fault) {
    return new AnswerStatus(Outcome.GATEWAY_FAULT, null, fault.message(), fault);
  }

  /**
   * Returns whether the answer is a success.
   *
   * @return {@code outcome() == SUCCESS}
   */
  public boolean success() {
    return outcome == Outcome.SUCCESS;
  }
}
