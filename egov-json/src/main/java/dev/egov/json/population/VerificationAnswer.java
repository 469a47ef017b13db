package dev.egov.json.population;

import dev.egov.json.AnswerStatus;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The answer to {@code XacThucThongTinCongDan}: a status and {@code KetQuaXacThuc}, of which only the boolean {@code
 * TonTai} (whether a citizen with this identity exists) is documented (docs/population-database.md, Services; the rest is UNCERTAIN and
 * reported as unknown fields).
 *
 * @param status success or failure, with the code and message
 * @param exists {@code TonTai}: whether the identity matches a citizen; {@code null} for a failure answer
 * @since 0.1.0
 */
public record VerificationAnswer(AnswerStatus status, @Nullable Boolean exists) {

  /**
   * Checks the parts.
   *
   * @param status success or failure, with the code and message
   * @param exists {@code TonTai}: whether the identity matches a citizen; {@code null} for a failure answer
   * @throws IllegalArgumentException if a successful answer has no {@code exists}
   */
  public VerificationAnswer {
    Objects.requireNonNull(status, "status");
    if (status.success() && exists == null) {
      throw new IllegalArgumentException("A successful verification answer says whether the citizen exists");
    }
  }
}
