package dev.egov.model.dossier;

import dev.egov.model.code.NationalDatabase;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The facts about a {@link Dossier} that the QĐ 766 indicators count (docs/indicators.md, 4.1–4.5): whether it has
 * digitised components, whether the applicant's account was verified with VNeID, and which national databases were
 * consulted.
 *
 * <p>The two flags are tri-state: {@code true} and {@code false} are what the source stated ({@code "1"}/{@code "0"}
 * on the portal), {@code null} means the source did not state it (the field was absent). An unstated flag is not a
 * "no": a writer leaves it out rather than asserting {@code "0"}, and the indicators count it as not met (see
 * docs/indicators.md); {@link #statesDigitised()} and {@link #statesVneidVerified()} answer {@code true} only for a
 * stated {@code true} (named so that no bean convention takes them for properties). {@link #NONE} states neither flag.
 *
 * @param hasDigitisedComponents whether the dossier has digitised components ({@code HoSoCoThanhPhanSoHoa}), or
 *     {@code null} when not stated
 * @param vneidVerified whether the applicant's account was verified with VNeID ({@code TaiKhoanDuocXacThucVoiVNeID}),
 *     or {@code null} when not stated
 * @param nationalDatabases the national databases consulted ({@code DSKetNoiCSDL})
 * @since 0.1.0
 */
public record DossierFlags(
    @Nullable Boolean hasDigitisedComponents,
    @Nullable Boolean vneidVerified,
    List<NationalDatabase> nationalDatabases) {

  /** Nothing known: neither flag stated (both {@code null}), no national database. */
  public static final DossierFlags NONE = new DossierFlags(null, null, List.of());

  /**
   * Copies the list.
   *
   * @param hasDigitisedComponents whether the dossier has digitised components ({@code HoSoCoThanhPhanSoHoa}), or
   *     {@code null} when not stated
   * @param vneidVerified whether the applicant's account was verified with VNeID ({@code
   *     TaiKhoanDuocXacThucVoiVNeID}), or {@code null} when not stated
   * @param nationalDatabases the national databases consulted ({@code DSKetNoiCSDL})
   */
  public DossierFlags {
    nationalDatabases = List.copyOf(nationalDatabases);
  }

  /**
   * Returns whether the source stated that the dossier has digitised components: {@code false} when it stated the
   * opposite or did not state it.
   *
   * @return {@code true} only for a stated {@code true}
   */
  public boolean statesDigitised() {
    return Boolean.TRUE.equals(hasDigitisedComponents);
  }

  /**
   * Returns whether the source stated that the applicant's account was verified with VNeID: {@code false} when it
   * stated the opposite or did not state it.
   *
   * @return {@code true} only for a stated {@code true}
   */
  public boolean statesVneidVerified() {
    return Boolean.TRUE.equals(vneidVerified);
  }
}
