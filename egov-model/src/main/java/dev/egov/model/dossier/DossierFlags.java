package dev.egov.model.dossier;

import dev.egov.model.code.NationalDatabase;
import java.util.List;

/**
 * The facts about a {@link Dossier} that the QĐ 766 indicators count (docs/indicators.md, 4.1–4.5): whether it has
 * digitised components, whether the applicant's account was verified with VNeID, and which national databases were
 * consulted. {@link #NONE} has every flag off.
 *
 * @param hasDigitisedComponents whether the dossier has digitised components ({@code HoSoCoThanhPhanSoHoa})
 * @param vneidVerified whether the applicant's account was verified with VNeID ({@code TaiKhoanDuocXacThucVoiVNeID})
 * @param nationalDatabases the national databases consulted ({@code DSKetNoiCSDL})
 * @since 0.1.0
 */
public record DossierFlags(
    boolean hasDigitisedComponents, boolean vneidVerified, List<NationalDatabase> nationalDatabases) {

  /** No digitised component, no VNeID verification, no national database. */
  public static final DossierFlags NONE = new DossierFlags(false, false, List.of());

  /**
   * Copies the list.
   *
   * @param hasDigitisedComponents whether the dossier has digitised components ({@code HoSoCoThanhPhanSoHoa})
   * @param vneidVerified whether the applicant's account was verified with VNeID ({@code TaiKhoanDuocXacThucVoiVNeID})
   * @param nationalDatabases the national databases consulted ({@code DSKetNoiCSDL})
   */
  public DossierFlags {
    nationalDatabases = List.copyOf(nationalDatabases);
  }
}
