package dev.egov.model.indicators;

import java.util.Objects;

/**
 * The QĐ 766/QĐ-TTg figures of one group of dossiers of the period: all of them, one agency's, or one procedure's.
 *
 * <p>Each rate figure has its own denominator. Indicator 2.1 counts the dossiers received or refused in the period;
 * 2.2 the finished ones; the others the dossiers received in the period ({@link #received()}), narrowed for 3.6 to
 * those with a fee and for 4.1 to those whose procedure has a paper result. The {@linkplain
 * dev.egov.model.indicators package description} states every rule.
 *
 * @param scope what the row groups
 * @param code the agency's code in full form, or the procedure's code as dossiers name it; empty for the overall row
 * @param dossiers how many dossiers of the period the row counts
 * @param received how many of them were received (have {@code NgayTiepNhan})
 * @param onTime 2.1, processed or being processed on time ("tỷ lệ hồ sơ xử lý trước hạn, đúng hạn")
 * @param processingTime 2.2, average processing time against the statutory time ("thời gian giải quyết trung bình")
 * @param online 3.3, submitted online ("tỷ lệ hồ sơ nộp trực tuyến"), with the sync-rate factor
 * @param onlinePayment 3.6, paid online over those with a non-zero fee ("tỷ lệ hồ sơ thanh toán trực tuyến")
 * @param electronicResults 4.1, with an electronic result, over those whose procedure has a paper result ("tỷ lệ hồ
 *     sơ có cấp kết quả giải quyết TTHC điện tử")
 * @param digitisation 4.2, digitised and, where the procedure has a paper result, with an electronic result ("tỷ lệ
 *     hồ sơ thực hiện số hóa hồ sơ")
 * @param digitisedComponents 4.3, with digitised components ("tỷ lệ hồ sơ khai thác, sử dụng lại thông tin, dữ liệu
 *     số hóa")
 * @param fromDataRepository 4.4, with a document taken from the applicant's data repository on the portal ("tỷ lệ hồ
 *     sơ được số hóa có kết nối, chia sẻ dữ liệu phục vụ tái sử dụng")
 * @param populationData 4.5, using population data ("tỷ lệ hồ sơ sử dụng thông tin, dữ liệu từ CSDL quốc gia về dân
 *     cư")
 * @since 0.1.0
 */
public record IndicatorRow(
    Scope scope,
    String code,
    long dossiers,
    long received,
    OnTimeFigure onTime,
    ProcessingTimeFigure processingTime,
    OnlineRateFigure online,
    Figure onlinePayment,
    Figure electronicResults,
    Figure digitisation,
    Figure digitisedComponents,
    Figure fromDataRepository,
    Figure populationData) {

  /**
   * What a row groups.
   *
   * @since 0.1.0
   */
  public enum Scope {
    /** Every dossier of the period. */
    OVERALL,
    /** The dossiers of one receiving agency ({@link dev.egov.model.dossier.Dossier#effectiveReceivingAgency()}). */
    AGENCY,
    /** The dossiers of one procedure, by its code as the dossiers name it. */
    PROCEDURE
  }

  /**
   * Checks the parts.
   *
   * @param scope what the row groups
   * @param code the agency's code in full form, or the procedure's code as dossiers name it; empty for the overall row
   * @param dossiers how many dossiers of the period the row counts
   * @param received how many of them were received (have {@code NgayTiepNhan})
   * @param onTime 2.1, processed or being processed on time ("tỷ lệ hồ sơ xử lý trước hạn, đúng hạn")
   * @param processingTime 2.2, average processing time against the statutory time ("thời gian giải quyết trung bình")
   * @param online 3.3, submitted online ("tỷ lệ hồ sơ nộp trực tuyến"), with the sync-rate factor
   * @param onlinePayment 3.6, paid online over those with a non-zero fee ("tỷ lệ hồ sơ thanh toán trực tuyến")
   * @param electronicResults 4.1, with an electronic result, over those whose procedure has a paper result ("tỷ lệ hồ
   *     sơ có cấp kết quả giải quyết TTHC điện tử")
   * @param digitisation 4.2, digitised and, where the procedure has a paper result, with an electronic result ("tỷ lệ
   *     hồ sơ thực hiện số hóa hồ sơ")
   * @param digitisedComponents 4.3, with digitised components ("tỷ lệ hồ sơ khai thác, sử dụng lại thông tin, dữ liệu
   *     số hóa")
   * @param fromDataRepository 4.4, with a document taken from the applicant's data repository on the portal ("tỷ lệ hồ
   *     sơ được số hóa có kết nối, chia sẻ dữ liệu phục vụ tái sử dụng")
   * @param populationData 4.5, using population data ("tỷ lệ hồ sơ sử dụng thông tin, dữ liệu từ CSDL quốc gia về dân
   *     cư")
   * @throws IllegalArgumentException if the code does not suit the scope, or more dossiers are received than counted
   */
  public IndicatorRow {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(onTime, "onTime");
    Objects.requireNonNull(processingTime, "processingTime");
    Objects.requireNonNull(online, "online");
    Objects.requireNonNull(onlinePayment, "onlinePayment");
    Objects.requireNonNull(electronicResults, "electronicResults");
    Objects.requireNonNull(digitisation, "digitisation");
    Objects.requireNonNull(digitisedComponents, "digitisedComponents");
    Objects.requireNonNull(fromDataRepository, "fromDataRepository");
    Objects.requireNonNull(populationData, "populationData");
    if ((scope == Scope.OVERALL) != code.isEmpty()) {
      throw new IllegalArgumentException("Only the overall row has no code; got " + scope + " '" + code + "'");
    }
    if (received < 0 || received > dossiers) {
      throw new IllegalArgumentException("received " + received + " is not within 0.." + dossiers);
    }
  }
}
