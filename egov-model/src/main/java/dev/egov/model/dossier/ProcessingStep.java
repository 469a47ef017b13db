package dev.egov.model.dossier;

import dev.egov.model.code.DossierStatus;
import dev.egov.model.internal.Masking;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A step in a dossier's processing, as the portal's progress update ({@code CapNhatTienDoHoSoMC}) reports it: who
 * handled it, when, in which department, what was done, and the status it left the dossier in.
 *
 * @param handler who handled it ({@code NguoiXuLy}, up to 50 characters), or {@code null}
 * @param position the handler's position ({@code ChucDanh}), or {@code null}
 * @param at when ({@code ThoiDiemXuLy})
 * @param department the department ({@code PhongBanXuLy}), or {@code null}
 * @param content what was done ({@code NoiDungXuLy}), or {@code null}
 * @param status the dossier's status after the step ({@code TrangThai})
 * @param startedAt when the step started ({@code NgayBatDau}), or {@code null}
 * @param dueAt when the step was due by the rules ({@code NgayKetThucTheoQuyDinh}), or {@code null}
 * @since 0.1.0
 */
public record ProcessingStep(
    @Nullable String handler,
    @Nullable String position,
    Instant at,
    @Nullable String department,
    @Nullable String content,
    DossierStatus status,
    @Nullable Instant startedAt,
    @Nullable Instant dueAt) {

  /**
   * Checks the required parts.
   *
   * @param handler who handled it ({@code NguoiXuLy}, up to 50 characters), or {@code null}
   * @param position the handler's position ({@code ChucDanh}), or {@code null}
   * @param at when ({@code ThoiDiemXuLy})
   * @param department the department ({@code PhongBanXuLy}), or {@code null}
   * @param content what was done ({@code NoiDungXuLy}), or {@code null}
   * @param status the dossier's status after the step ({@code TrangThai})
   * @param startedAt when the step started ({@code NgayBatDau}), or {@code null}
   * @param dueAt when the step was due by the rules ({@code NgayKetThucTheoQuyDinh}), or {@code null}
   */
  public ProcessingStep {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(status, "status");
  }

  /** Returns the instant, status and department; the handler's name is masked. */
  @Override
  public String toString() {
    return "ProcessingStep[" + at + ", " + status + (department == null ? "" : ", " + department)
        + (handler == null ? "" : ", handler=" + Masking.maskName(handler)) + ']';
  }
}
