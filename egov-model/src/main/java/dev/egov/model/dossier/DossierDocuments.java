package dev.egov.model.dossier;

import dev.egov.model.code.ResultDelivery;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The papers of a {@link Dossier}: what the applicant submitted, other attachments, the result documents and how the
 * result is delivered (docs/dossiers-and-portal.md, Documents and Results). {@link #NONE} has none.
 *
 * @param submitted the submitted documents ({@code TaiLieuNop})
 * @param otherAttachments other papers ({@code DanhSachTepDinhKemKhac})
 * @param results the result documents ({@code DanhSachGiayToKetQua})
 * @param resultDelivery how the result is delivered ({@code HinhThuc}), or {@code null}
 * @since 0.1.0
 */
public record DossierDocuments(
    List<SubmittedDocument> submitted,
    List<OtherAttachment> otherAttachments,
    List<DossierResultDocument> results,
    @Nullable ResultDelivery resultDelivery) {

  /** No document and no delivery. */
  public static final DossierDocuments NONE = new DossierDocuments(List.of(), List.of(), List.of(), null);

  /**
   * Copies the lists.
   *
   * @param submitted the submitted documents ({@code TaiLieuNop})
   * @param otherAttachments other papers ({@code DanhSachTepDinhKemKhac})
   * @param results the result documents ({@code DanhSachGiayToKetQua})
   * @param resultDelivery how the result is delivered ({@code HinhThuc}), or {@code null}
   */
  public DossierDocuments {
    submitted = List.copyOf(submitted);
    otherAttachments = List.copyOf(otherAttachments);
    results = List.copyOf(results);
  }

  /**
   * Returns whether some result document is electronic (both a result code and a link; docs/dossiers-and-portal.md,
   * Results).
   *
   * @return whether there is an electronic result
   */
  public boolean hasElectronicResult() {
    for (DossierResultDocument result : results) {
      if (result.isElectronic()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns a copy with other result documents.
   *
   * @param results the result documents
   * @return the copy
   */
  public DossierDocuments withResults(List<DossierResultDocument> results) {
    return new DossierDocuments(submitted, otherAttachments, results, resultDelivery);
  }
}
