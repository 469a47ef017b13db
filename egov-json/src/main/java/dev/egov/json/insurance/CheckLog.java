package dev.egov.json.insurance;

import dev.egov.json.internal.Redaction;
import org.jspecify.annotations.Nullable;

/**
 * One earlier check of the card ({@code dsLichSuKT2018}).
 *
 * @param checkedBy {@code userKT}: who checked, or {@code null}
 * @param checkedAt {@code thoiGianKT} as written, or {@code null}
 * @param notice {@code thongBao}, or {@code null}
 * @param errorCode {@code maLoi}, or {@code null}
 * @since 0.1.0
 */
public record CheckLog(
    @Nullable String checkedBy, @Nullable String checkedAt, @Nullable String notice, @Nullable String errorCode) {

  /** Returns the time and code; who checked by length only. */
  @Override
  public String toString() {
    return "CheckLog[checkedBy=" + Redaction.personal(checkedBy) + ", checkedAt=" + checkedAt + ", errorCode="
        + errorCode + ']';
  }
}
