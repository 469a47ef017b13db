package dev.egov.indicators;

/**
 * How one dossier stands in the on-time indicator 2.1 of QĐ 766/QĐ-TTg at the end of the period ("Tỷ lệ hồ sơ xử lý
 * trước hạn, đúng hạn"). The rules are in the {@linkplain dev.egov.indicators package description}.
 *
 * <p>{@link #EARLY}, {@link #ON_TIME} and {@link #ON_TRACK} count for the rate; {@link #LATE} and {@link #OVERDUE}
 * against it; {@link #NOT_ASSESSABLE} and {@link #NOT_RECEIVED} are outside its denominator and counted apart.
 *
 * @since 0.1.0
 */
public enum OnTimeOutcome {
  /** Trước hạn: processing ended on a calendar day before the day of the due date. */
  EARLY("trước hạn"),
  /**
   * Đúng hạn: processing ended at or before the due date, on its day; or, without a due date, within the statutory
   * time.
   */
  ON_TIME("đúng hạn"),
  /** Trong hạn: still being processed at the end of the period, and the due date has not passed. */
  ON_TRACK("trong hạn"),
  /**
   * Quá hạn: processing ended after the due date or the statutory time, or more than one supplement was requested.
   */
  LATE("trễ hạn"),
  /** Quá hạn, chưa xong: still being processed at the end of the period, and the due date has passed. */
  OVERDUE("quá hạn"),
  /**
   * Chưa đánh giá được: the dossier has no due date and no statutory time is known for it (no procedure from the
   * lookup, or none for its channel), or it lacks an instant the rule needs.
   */
  NOT_ASSESSABLE("chưa đánh giá được"),
  /**
   * Chưa tiếp nhận: the dossier was never received (still submitted, withdrawn before reception, waiting for a
   * supplement before reception) and was not refused, so indicator 2.1 does not count it.
   */
  NOT_RECEIVED("chưa tiếp nhận");

  private final String vietnameseLabel;

  OnTimeOutcome(String vietnameseLabel) {
    this.vietnameseLabel = vietnameseLabel;
  }

  /**
   * Returns the Vietnamese label, as reports write it.
   *
   * @return the label, such as {@code "trước hạn"}
   */
  public String vietnameseLabel() {
    return vietnameseLabel;
  }

  /**
   * Returns whether the outcome counts for the on-time rate (its numerator).
   *
   * @return {@code true} for {@link #EARLY}, {@link #ON_TIME} and {@link #ON_TRACK}
   */
  public boolean isOnTime() {
    return this == EARLY || this == ON_TIME || this == ON_TRACK;
  }

  /**
   * Returns whether the outcome counts against the on-time rate.
   *
   * @return {@code true} for {@link #LATE} and {@link #OVERDUE}
   */
  public boolean isLate() {
    return this == LATE || this == OVERDUE;
  }

  /**
   * Returns whether the outcome is in the on-time rate's denominator.
   *
   * @return whether it is {@linkplain #isOnTime() on time} or {@linkplain #isLate() late}
   */
  public boolean isAssessed() {
    return isOnTime() || isLate();
  }
}
