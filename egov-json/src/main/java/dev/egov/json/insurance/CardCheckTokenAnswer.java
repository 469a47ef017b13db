package dev.egov.json.insurance;

import dev.egov.json.AnswerStatus;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The gateway's answer to the token call: {@code {maKetQua: "200", APIKey: {…}}}; a gateway's fault is an answer
 * whose status is {@link AnswerStatus.Outcome#GATEWAY_FAULT}.
 *
 * @param status the outcome, with {@code maKetQua} as its code
 * @param apiKey the tokens, or {@code null} when refused
 * @since 0.1.0
 */
public record CardCheckTokenAnswer(AnswerStatus status, @Nullable ApiKey apiKey) {

  /**
   * Checks the parts.
   *
   * @param status the outcome
   * @param apiKey the tokens, or {@code null}
   */
  public CardCheckTokenAnswer {
    Objects.requireNonNull(status, "status");
  }
}
