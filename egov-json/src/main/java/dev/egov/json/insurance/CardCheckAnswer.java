package dev.egov.json.insurance;

import dev.egov.json.AnswerStatus;
import dev.egov.json.internal.Redaction;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The gateway's answer to the card check: every value a string as written. Personal data throughout: {@link
 * #toString()} shows the result code and the lengths of the rest; the visit history is dropped unless asked for
 * ({@link HealthInsuranceJson.Builder#visitHistory}) and never printed.
 *
 * @param status the outcome, with {@code maKetQua} as its code and {@code ghiChu} as its message
 * @param cardCode {@code maThe}, or {@code null}
 * @param name {@code hoTen}, or {@code null}
 * @param birthDate {@code ngaySinh}, or {@code null}
 * @param address {@code diaChi}, or {@code null}
 * @param sex {@code gioiTinh}, or {@code null}
 * @param initialClinic {@code maDKBD}: the clinic of first registration, or {@code null}
 * @param insuranceOffice {@code cqBHXH}: the issuing office, or {@code null}
 * @param validFrom {@code gtTheTu}, or {@code null}
 * @param validTo {@code gtTheDen}, or {@code null}
 * @param areaCode {@code maKV}: the living-area code, or {@code null}
 * @param fiveYearsFrom {@code ngayDu5Nam}: when five years of continuous cover are reached, or {@code null}
 * @param socialInsuranceNumber {@code maSoBHXH}, or {@code null}
 * @param oldCardCode {@code maTheCu}, or {@code null}
 * @param newCardCode {@code maTheMoi}, or {@code null}
 * @param newValidFrom {@code gtTheTuMoi}, or {@code null}
 * @param newValidTo {@code gtTheDenMoi}, or {@code null}
 * @param visits {@code dsLichSuKCB2018}, or {@code null} when absent or not asked for
 * @param checks {@code dsLichSuKT2018}, empty when none
 * @since 0.1.0
 */
public record CardCheckAnswer(
    AnswerStatus status,
    @Nullable String cardCode,
    @Nullable String name,
    @Nullable String birthDate,
    @Nullable String address,
    @Nullable String sex,
    @Nullable String initialClinic,
    @Nullable String insuranceOffice,
    @Nullable String validFrom,
    @Nullable String validTo,
    @Nullable String areaCode,
    @Nullable String fiveYearsFrom,
    @Nullable String socialInsuranceNumber,
    @Nullable String oldCardCode,
    @Nullable String newCardCode,
    @Nullable String newValidFrom,
    @Nullable String newValidTo,
    @Nullable List<Visit> visits,
    List<CheckLog> checks) {

  /**
   * Checks the parts.
   *
   * @param status the outcome
   * @param cardCode {@code maThe}, or {@code null}
   * @param name {@code hoTen}, or {@code null}
   * @param birthDate {@code ngaySinh}, or {@code null}
   * @param address {@code diaChi}, or {@code null}
   * @param sex {@code gioiTinh}, or {@code null}
   * @param initialClinic {@code maDKBD}, or {@code null}
   * @param insuranceOffice {@code cqBHXH}, or {@code null}
   * @param validFrom {@code gtTheTu}, or {@code null}
   * @param validTo {@code gtTheDen}, or {@code null}
   * @param areaCode {@code maKV}, or {@code null}
   * @param fiveYearsFrom {@code ngayDu5Nam}, or {@code null}
   * @param socialInsuranceNumber {@code maSoBHXH}, or {@code null}
   * @param oldCardCode {@code maTheCu}, or {@code null}
   * @param newCardCode {@code maTheMoi}, or {@code null}
   * @param newValidFrom {@code gtTheTuMoi}, or {@code null}
   * @param newValidTo {@code gtTheDenMoi}, or {@code null}
   * @param visits {@code dsLichSuKCB2018}, or {@code null}
   * @param checks {@code dsLichSuKT2018}, empty when none
   */
  public CardCheckAnswer {
    Objects.requireNonNull(status, "status");
    visits = visits == null ? null : List.copyOf(visits);
    checks = List.copyOf(checks);
  }

  /**
   * Returns a gateway's fault as an answer.
   *
   * @param status the status, {@link AnswerStatus.Outcome#GATEWAY_FAULT}
   * @return an answer without data
   */
  static CardCheckAnswer fault(AnswerStatus status) {
    return new CardCheckAnswer(status, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, List.of());
  }

  /**
   * Returns the result code with its meaning.
   *
   * @return the code, or empty for a gateway's fault
   */
  public Optional<CardCheckCode> result() {
    return status.code() == null ? Optional.empty() : Optional.of(CardCheckCode.of(status.code().value()));
  }

  /**
   * Returns the answer without its visit history, as {@link HealthInsuranceJson} reads it by default.
   *
   * @return this answer, {@code visits} {@code null}
   */
  public CardCheckAnswer withoutVisits() {
    return visits == null ? this : new CardCheckAnswer(status, cardCode, name, birthDate, address, sex,
        initialClinic, insuranceOffice, validFrom, validTo, areaCode, fiveYearsFrom, socialInsuranceNumber,
        oldCardCode, newCardCode, newValidFrom, newValidTo, null, checks);
  }

  /** Returns the result and the lengths of the personal values; never the visits. */
  @Override
  public String toString() {
    return "CardCheckAnswer[" + status + ", cardCode=" + Redaction.personal(cardCode) + ", name="
        + Redaction.personal(name) + ", birthDate=" + Redaction.personal(birthDate) + ", validTo=" + validTo
        + ", visits=" + (visits == null ? "not mapped" : visits.size() + " (not shown)") + ", checks="
        + checks.size() + ']';
  }
}
