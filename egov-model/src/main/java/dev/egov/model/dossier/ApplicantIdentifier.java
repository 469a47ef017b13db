package dev.egov.model.dossier;

import dev.egov.model.code.IdDocumentType;
import dev.egov.model.internal.Masking;
import java.util.Objects;

/**
 * One entry of the applicant's identity-document list ({@code DinhDanhCHS}): a type and a number as the source wrote
 * it. The number is kept as text so that a dossier whose number does not fit its type (a validation finding) is still
 * representable; {@link Applicant} offers parsed views.
 *
 * @param type the document type ({@code LoaiDinhDanh})
 * @param number the number ({@code SoDinhDanh}), as written
 * @since 0.1.0
 */
public record ApplicantIdentifier(IdDocumentType type, String number) {

  /**
   * Checks the parts.
   *
   * @param type the document type ({@code LoaiDinhDanh})
   * @param number the number ({@code SoDinhDanh}), as written
   */
  public ApplicantIdentifier {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(number, "number");
  }

  /** Returns the type and the masked number. */
  @Override
  public String toString() {
    return "ApplicantIdentifier[" + type + ", " + Masking.mask(number) + ']';
  }
}
