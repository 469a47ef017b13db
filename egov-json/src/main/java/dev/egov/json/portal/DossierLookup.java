package dev.egov.json.portal;

import dev.egov.json.internal.Redaction;
import dev.egov.model.code.DossierStatus;
import dev.egov.model.code.ResultDelivery;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.ProcedureCode;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One dossier as the portal's look-up ({@code TraCuuHoSo}) answers it (docs/dossiers-and-portal.md, Looking a dossier
 * up): where it stands, not the whole payload. Its dates travel as {@code dd/MM/yyyy HH:mm:ss}, Vietnamese local time.
 * egov's model has no type for this summary: it is not a {@link Dossier} (the answer carries neither the applicant's
 * type nor the documents), and {@link #of(Dossier)} derives it from one, as a fake portal answers.
 *
 * <pre>{@code
 * SharingAnswer<DossierLookup> answer = PortalJson.get().decodeDossierLookupAnswer(body).value();
 * DossierStatus status = answer.items().get(0).status();    // Đang xử lý (4)
 * }</pre>
 *
 * <p>The applicant's name is personal data: {@link #toString()} prints its length only.
 *
 * @param dossierCode the dossier ({@code MaHoSo})
 * @param procedureCode the national procedure code ({@code MaTTHC}), or {@code null}
 * @param procedureName the procedure's name ({@code TenTTHC}), or {@code null}
 * @param applicantName who submitted it ({@code HoTenNguoiNop}), or {@code null}; personal data
 * @param status its status ({@code TrangThaiHoSo}), an open code list: a label sent instead of a code is kept as
 *     written, as an unknown code; or {@code null}
 * @param processingAgency the processing agency's name ({@code DonViXuLy}), or {@code null}
 * @param submittedAt when it was submitted ({@code NgayNop}), or {@code null}
 * @param receivedAt when it was received ({@code NgayTiepNhan}), or {@code null}
 * @param dueAt its due date ({@code NgayHenTra}), or {@code null}
 * @param resultDelivery how the result is delivered ({@code HinhThucNhanKQ}: {@code 0} in person, {@code 1} by post),
 *     or {@code null}
 * @since 0.1.0
 */
public record DossierLookup(
    DossierCode dossierCode,
    @Nullable ProcedureCode procedureCode,
    @Nullable String procedureName,
    @Nullable String applicantName,
    @Nullable DossierStatus status,
    @Nullable String processingAgency,
    @Nullable Instant submittedAt,
    @Nullable Instant receivedAt,
    @Nullable Instant dueAt,
    @Nullable ResultDelivery resultDelivery) {

  /**
   * Checks that there is a dossier code.
   *
   * @param dossierCode the dossier
   * @param procedureCode the national procedure code, or {@code null}
   * @param procedureName the procedure's name, or {@code null}
   * @param applicantName who submitted it, or {@code null}
   * @param status its status, or {@code null}
   * @param processingAgency the processing agency's name, or {@code null}
   * @param submittedAt when it was submitted, or {@code null}
   * @param receivedAt when it was received, or {@code null}
   * @param dueAt its due date, or {@code null}
   * @param resultDelivery how the result is delivered, or {@code null}
   */
  public DossierLookup {
    Objects.requireNonNull(dossierCode, "dossierCode");
  }

  /**
   * Returns a dossier as the look-up answers it: code, procedure, applicant's name, status, processing agency,
   * submission, receipt and due instants, how the result is delivered.
   *
   * @param dossier the dossier
   * @return its summary
   */
  public static DossierLookup of(Dossier dossier) {
    return new DossierLookup(dossier.code(), dossier.procedure().code(), dossier.procedure().name(),
        dossier.applicant().name(), dossier.status(), dossier.processing().agencyName(),
        dossier.timeline().submittedAt(), dossier.timeline().receivedAt(), dossier.timeline().dueAt(),
        dossier.documents().resultDelivery());
  }

  /** Returns the code, status and due date; the applicant's name by its length only. */
  @Override
  public String toString() {
    return "DossierLookup[" + dossierCode.format() + ", status=" + (status == null ? "null" : status.code())
        + ", dueAt=" + dueAt + ", applicantName=" + Redaction.personal(applicantName) + ']';
  }
}
