package dev.egov.model.dossier;

import dev.egov.model.code.OnlinePayment;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Dossier} costs and how it was paid: the fee lines and the online payment (docs/dossiers-and-portal.md,
 * Fees). Financial obligations, which pause the legal clock, are {@linkplain DossierPauses pauses}. {@link #NONE} has
 * no fee.
 *
 * @param fees the fee lines ({@code DanhSachLePhi})
 * @param onlinePayment how the fees were paid online ({@code DuocThanhToanTrucTuyen}), or {@code null}
 * @since 0.1.0
 */
public record DossierPayment(List<Fee> fees, @Nullable OnlinePayment onlinePayment) {

  /** No fee, no online payment. */
  public static final DossierPayment NONE = new DossierPayment(List.of(), null);

  /**
   * Copies the fee lines.
   *
   * @param fees the fee lines ({@code DanhSachLePhi})
   * @param onlinePayment how the fees were paid online ({@code DuocThanhToanTrucTuyen}), or {@code null}
   */
  public DossierPayment {
    fees = List.copyOf(fees);
  }
}
