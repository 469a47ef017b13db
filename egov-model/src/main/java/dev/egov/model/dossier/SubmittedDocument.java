package dev.egov.model.dossier;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document submitted with a dossier ({@code TaiLieuNop} of the portal's payload).
 *
 * @param fileId the attachment's identifier in the source system ({@code TepDinhKemId}), or {@code null}
 * @param name the file's name ({@code TenTepDinhKem}, up to 4,000 characters)
 * @param deleted whether the attachment was deleted ({@code IsDeleted})
 * @param componentCode the dossier component it fulfils ({@code MaThanhPhanHoSo}), or {@code null}
 * @param downloadUrl where to download it ({@code DuongDanTaiTepTin}), or {@code null}
 * @param digitised whether it was digitised at reception ({@code DuocSoHoa})
 * @param reused whether it was reused from earlier data ({@code DuocTaiSuDung})
 * @param fromDataRepository whether it was taken from the citizen's data repository on the portal ({@code
 *     DuocLayTuKhoDMQG})
 * @param replacedByResultCode the code of an earlier result it was replaced by ({@code MaKetQuaThayThe}), or {@code
 *     null}
 * @since 0.1.0
 */
public record SubmittedDocument(
    @Nullable String fileId,
    String name,
    boolean deleted,
    @Nullable String componentCode,
    @Nullable String downloadUrl,
    boolean digitised,
    boolean reused,
    boolean fromDataRepository,
    @Nullable String replacedByResultCode) {

  /**
   * Checks that there is a name.
   *
   * @param fileId the attachment's identifier in the source system ({@code TepDinhKemId}), or {@code null}
   * @param name the file's name ({@code TenTepDinhKem}, up to 4,000 characters)
   * @param deleted whether the attachment was deleted ({@code IsDeleted})
   * @param componentCode the dossier component it fulfils ({@code MaThanhPhanHoSo}), or {@code null}
   * @param downloadUrl where to download it ({@code DuongDanTaiTepTin}), or {@code null}
   * @param digitised whether it was digitised at reception ({@code DuocSoHoa})
   * @param reused whether it was reused from earlier data ({@code DuocTaiSuDung})
   * @param fromDataRepository whether it was taken from the citizen's data repository on the portal ({@code
   *     DuocLayTuKhoDMQG})
   * @param replacedByResultCode the code of an earlier result it was replaced by ({@code MaKetQuaThayThe}), or {@code
   *     null}
   */
  public SubmittedDocument {
    Objects.requireNonNull(name, "name");
  }

  /**
   * Returns a document known by name and download link only.
   *
   * @param name the file name
   * @param downloadUrl the link, or {@code null}
   * @return the document, not deleted, digitised, reused or taken from the repository
   */
  public static SubmittedDocument of(String name, @Nullable String downloadUrl) {
    return new SubmittedDocument(null, name, false, null, downloadUrl, false, false, false, null);
  }
}
