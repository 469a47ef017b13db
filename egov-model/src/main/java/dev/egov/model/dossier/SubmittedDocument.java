package dev.egov.model.dossier;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document submitted with a dossier ({@code TaiLieuNop} of the portal's payload).
 *
 * <p>The four flags are tri-state: {@code true} and {@code false} are what the source stated, {@code null} means it
 * did not state the flag (the field was absent). A writer leaves an unstated flag out; the indicators count it as not
 * met, and an unstated {@code deleted} as not deleted (docs/indicators.md). {@link #statesDeleted()}, {@link
 * #statesDigitised()} and {@link #statesFromDataRepository()} answer {@code true} only for a stated {@code true}.
 *
 * @param fileId the attachment's identifier in the source system ({@code TepDinhKemId}), or {@code null}
 * @param name the file's name ({@code TenTepDinhKem}, up to 4,000 characters)
 * @param deleted whether the attachment was deleted ({@code IsDeleted}), or {@code null} when not stated
 * @param componentCode the dossier component it fulfils ({@code MaThanhPhanHoSo}), or {@code null}
 * @param downloadUrl where to download it ({@code DuongDanTaiTepTin}), or {@code null}
 * @param digitised whether it was digitised at reception ({@code DuocSoHoa}), or {@code null} when not
 *     stated
 * @param reused whether it was reused from earlier data ({@code DuocTaiSuDung}), or {@code null} when not stated
 * @param fromDataRepository whether it was taken from the citizen's data repository on the portal ({@code
 *     DuocLayTuKhoDMQG}), or {@code null} when not stated
 * @param replacedByResultCode the code of an earlier result it was replaced by ({@code MaKetQuaThayThe}), or {@code
 *     null}
 * @since 0.1.0
 */
public record SubmittedDocument(
    @Nullable String fileId,
    String name,
    @Nullable Boolean deleted,
    @Nullable String componentCode,
    @Nullable String downloadUrl,
    @Nullable Boolean digitised,
    @Nullable Boolean reused,
    @Nullable Boolean fromDataRepository,
    @Nullable String replacedByResultCode) {

  /**
   * Checks that there is a name.
   *
   * @param fileId the attachment's identifier in the source system ({@code TepDinhKemId}), or {@code null}
   * @param name the file's name ({@code TenTepDinhKem}, up to 4,000 characters)
   * @param deleted whether the attachment was deleted ({@code IsDeleted}), or {@code null} when not stated
   * @param componentCode the dossier component it fulfils ({@code MaThanhPhanHoSo}), or {@code null}
   * @param downloadUrl where to download it ({@code DuongDanTaiTepTin}), or {@code null}
   * @param digitised whether it was digitised at reception ({@code DuocSoHoa}), or {@code null} when not
   *     stated
   * @param reused whether it was reused from earlier data ({@code DuocTaiSuDung}), or {@code null} when not stated
   * @param fromDataRepository whether it was taken from the citizen's data repository on the portal ({@code
   *     DuocLayTuKhoDMQG}), or {@code null} when not stated
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

  /**
   * Returns whether the source stated that the attachment was deleted.
   *
   * @return {@code true} only for a stated {@code true}
   */
  public boolean statesDeleted() {
    return Boolean.TRUE.equals(deleted);
  }

  /**
   * Returns whether the source stated that the document was digitised at reception.
   *
   * @return {@code true} only for a stated {@code true}
   */
  public boolean statesDigitised() {
    return Boolean.TRUE.equals(digitised);
  }

  /**
   * Returns whether the source stated that the document was taken from the citizen's data repository.
   *
   * @return {@code true} only for a stated {@code true}
   */
  public boolean statesFromDataRepository() {
    return Boolean.TRUE.equals(fromDataRepository);
  }
}
