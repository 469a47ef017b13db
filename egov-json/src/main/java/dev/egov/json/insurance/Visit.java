package dev.egov.json.insurance;

import org.jspecify.annotations.Nullable;

/**
 * One visit of the insured person's history ({@code dsLichSuKCB2018}): health data, sensitive personal data under
 * Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15. {@link HealthInsuranceJson} maps it only when asked ({@link
 * HealthInsuranceJson.Builder#visitHistory}); {@link #toString()} shows nothing of it.
 *
 * @param recordId {@code maHoSo}, or {@code null}
 * @param facilityCode {@code maCSKCB}: the clinic's code, or {@code null}
 * @param facilityName {@code tenCSKCB}, or {@code null}
 * @param admittedAt {@code ngayVao} as written ({@code yyyyMMddHHmm}), or {@code null}
 * @param dischargedAt {@code ngayRa} as written, or {@code null}
 * @param diagnosis {@code tenBenh}, or {@code null}
 * @param condition {@code tinhTrang}, or {@code null}
 * @param treatmentResult {@code kqDieuTri}, or {@code null}
 * @since 0.1.0
 */
public record Visit(
    @Nullable String recordId,
    @Nullable String facilityCode,
    @Nullable String facilityName,
    @Nullable String admittedAt,
    @Nullable String dischargedAt,
    @Nullable String diagnosis,
    @Nullable String condition,
    @Nullable String treatmentResult) {

  /** Returns nothing of the visit: it is health data. */
  @Override
  public String toString() {
    return "Visit[***]";
  }
}
