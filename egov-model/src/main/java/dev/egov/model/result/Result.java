package dev.egov.model.result;

import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.DossierCode;
import dev.egov.model.internal.Masking;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document issued as the result of an administrative procedure (kết quả): a birth certificate, a business
 * registration, a licence. It is linked to the dossier that produced it and to its holder.
 *
 * <pre>{@code
 * Result certificate = new Result(
 *     "KQ01", "123/2026/GKS", "Giấy khai sinh",
 *     AgencyCode.parse("000.00.22.H56"), "UBND phường Hạc Thành", "Lê Văn Bình",
 *     LocalDate.of(2026, 11, 24), null, null, "https://example.gov.vn/kq/123",
 *     DossierCode.parse("000.00.22.H56-261120-0001"),
 *     ResultHolder.individual("Nguyễn Thị Hoà", PersonalIdNumber.parse("079303001234")));
 * certificate.isValidOn(LocalDate.of(2030, 1, 1));   // true: no end date
 * }</pre>
 *
 * @param code the result-document code the procedure declares ({@code MaGiayToKetQua}/{@code MAKETQUA})
 * @param number the document's number (số), or {@code null}
 * @param name the document's name
 * @param issuingAgency the issuing agency's code, or {@code null}
 * @param issuingAgencyName the issuing agency's name, or {@code null}
 * @param signer who signed it, or {@code null}
 * @param issuedOn the date of issue
 * @param validFrom the first day of validity when it differs from the date of issue, or {@code null}
 * @param validUntil the last day of validity, or {@code null} when it does not expire
 * @param link where to retrieve the electronic document, or {@code null}
 * @param dossier the dossier it resulted from, or {@code null}
 * @param holder who it is issued to
 * @since 0.1.0
 */
@CarriesPersonalId
public record Result(
    String code,
    @Nullable String number,
    String name,
    @Nullable AgencyCode issuingAgency,
    @Nullable String issuingAgencyName,
    @Nullable String signer,
    LocalDate issuedOn,
    @Nullable LocalDate validFrom,
    @Nullable LocalDate validUntil,
    @Nullable String link,
    @Nullable DossierCode dossier,
    ResultHolder holder) {

  /**
   * Checks the required parts and the validity period.
   *
   * @param code the result-document code the procedure declares ({@code MaGiayToKetQua}/{@code MAKETQUA})
   * @param number the document's number (số), or {@code null}
   * @param name the document's name
   * @param issuingAgency the issuing agency's code, or {@code null}
   * @param issuingAgencyName the issuing agency's name, or {@code null}
   * @param signer who signed it, or {@code null}
   * @param issuedOn the date of issue
   * @param validFrom the first day of validity when it differs from the date of issue, or {@code null}
   * @param validUntil the last day of validity, or {@code null} when it does not expire
   * @param link where to retrieve the electronic document, or {@code null}
   * @param dossier the dossier it resulted from, or {@code null}
   * @param holder who it is issued to
   * @throws IllegalArgumentException if validity ends before it starts
   */
  public Result {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Objects.requireNonNull(holder, "holder");
    LocalDate start = validFrom != null ? validFrom : issuedOn;
    if (validUntil != null && validUntil.isBefore(start)) {
      throw new IllegalArgumentException("A result's validity ends (" + validUntil + ") before it starts (" + start + ")");
    }
  }

  /**
   * Returns whether the document is valid on {@code date}: on or after its first day of validity and not after its
   * last.
   *
   * @param date the day
   * @return whether it is valid that day
   */
  public boolean isValidOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    LocalDate start = validFrom != null ? validFrom : issuedOn;
    return !date.isBefore(start) && (validUntil == null || !date.isAfter(validUntil));
  }

  /** Returns the code, number, date, dossier and holder; the signer's name is masked. */
  @Override
  public String toString() {
    return "Result[" + code + (number == null ? "" : " " + number) + ", issued " + issuedOn
        + (dossier == null ? "" : ", dossier " + dossier) + ", " + holder
        + (signer == null ? "" : ", signer " + Masking.maskName(signer)) + ']';
  }
}
