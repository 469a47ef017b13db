package dev.egov.json.portal;

import dev.egov.model.dossier.Dossier;
import dev.egov.model.dossier.ProcessingStep;
import dev.egov.model.id.DossierCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One item of a progress update ({@code CapNhatTienDoHoSoMC}, docs/dossiers-and-portal.md, Processing steps): a processing step and the dossier
 * it belongs to ({@code MaHoSo}).
 *
 * @param dossierCode the dossier's code ({@code MaHoSo})
 * @param step the step ({@code NguoiXuLy}, {@code ChucDanh}, {@code ThoiDiemXuLy}, {@code PhongBanXuLy}, {@code
 *     NoiDungXuLy}, {@code TrangThai}, {@code NgayBatDau}, {@code NgayKetThucTheoQuyDinh})
 * @since 0.1.0
 */
public record DossierStep(DossierCode dossierCode, ProcessingStep step) {

  /**
   * Checks the parts.
   *
   * @param dossierCode the dossier's code ({@code MaHoSo})
   * @param step the step ({@code NguoiXuLy}, {@code ChucDanh}, {@code ThoiDiemXuLy}, {@code PhongBanXuLy}, {@code
   *     NoiDungXuLy}, {@code TrangThai}, {@code NgayBatDau}, {@code NgayKetThucTheoQuyDinh})
   */
  public DossierStep {
    Objects.requireNonNull(dossierCode, "dossierCode");
    Objects.requireNonNull(step, "step");
  }

  /**
   * Returns every processing step of a dossier as progress items, oldest first.
   *
   * @param dossier the dossier
   * @return its steps with its code
   */
  public static List<DossierStep> allOf(Dossier dossier) {
    List<DossierStep> steps = new ArrayList<>(dossier.steps().size());
    for (ProcessingStep step : dossier.steps()) {
      steps.add(new DossierStep(dossier.code(), step));
    }
    return List.copyOf(steps);
  }
}
