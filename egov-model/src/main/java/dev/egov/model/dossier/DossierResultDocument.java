package dev.egov.model.dossier;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A result document of a dossier as the portal's payload lists it ({@code DanhSachGiayToKetQua}). The issued document
 * itself, with number, signer and validity, is a {@link dev.egov.model.result.Result}.
 *
 * @param name the document's name ({@code TenGiayTo}, up to 2,000 characters)
 * @param componentCode the dossier component it answers ({@code MaThanhPhanHoSo}), or {@code null}
 * @param documentId its identifier in the source system ({@code GiayToId}), or {@code null}
 * @param downloadUrl where to download it ({@code DuongDanTepTinKetQua}), or {@code null}
 * @param resultCode the result-document code the procedure declares ({@code MaGiayToKetQua}), or {@code null}
 * @since 0.1.0
 */
public record DossierResultDocument(
    String name,
    @Nullable String componentCode,
    @Nullable String documentId,
    @Nullable String downloadUrl,
    @Nullable String resultCode) {

  /**
   * Checks that there is a name.
   *
   * @param name the document's name ({@code TenGiayTo}, up to 2,000 characters)
   * @param componentCode the dossier component it answers ({@code MaThanhPhanHoSo}), or {@code null}
   * @param documentId its identifier in the source system ({@code GiayToId}), or {@code null}
   * @param downloadUrl where to download it ({@code DuongDanTepTinKetQua}), or {@code null}
   * @param resultCode the result-document code the procedure declares ({@code MaGiayToKetQua}), or {@code null}
   */
  public DossierResultDocument {
    Objects.requireNonNull(name, "name");
  }

  /**
   * Returns whether this is an electronic result as the QĐ 766 indices count it: both a result code and a download
   * link are present (docs/dossiers-and-portal.md, Results).
   *
   * @return whether the result is electronic
   */
  @JsonIgnore
  public boolean isElectronic() {
    return resultCode != null && !resultCode.isBlank() && downloadUrl != null && !downloadUrl.isBlank();
  }
}
