package dev.egov.model.dossier;

import dev.egov.model.code.FeeCollectionMethod;
import dev.egov.model.code.FeeType;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A fee or charge line of a dossier ({@code DanhSachLePhi} of the portal's payload; docs/dossiers-and-portal.md, Fees and online payment).
 *
 * @param name the fee's name ({@code TenPhiLePhi})
 * @param code the fee's code ({@code MaPhiLePhi}), or {@code null}
 * @param collectionMethod how it is collected ({@code HinhThucThu}), or {@code null}
 * @param amount the amount in đồng ({@code Gia}), zero or more
 * @param type the fee type ({@code LoaiPhiLePhi}), or {@code null}
 * @since 0.1.0
 */
public record Fee(
    String name,
    @Nullable String code,
    @Nullable FeeCollectionMethod collectionMethod,
    long amount,
    @Nullable FeeType type) {

  /**
   * Checks the parts.
   *
   * @param name the fee's name ({@code TenPhiLePhi})
   * @param code the fee's code ({@code MaPhiLePhi}), or {@code null}
   * @param collectionMethod how it is collected ({@code HinhThucThu}), or {@code null}
   * @param amount the amount in đồng ({@code Gia}), zero or more
   * @param type the fee type ({@code LoaiPhiLePhi}), or {@code null}
   * @throws IllegalArgumentException if the amount is negative
   */
  public Fee {
    Objects.requireNonNull(name, "name");
    if (amount < 0) {
      throw new IllegalArgumentException("A fee amount is never negative, got " + amount);
    }
  }

  /**
   * Returns a fee line with a name and amount only.
   *
   * @param name the name
   * @param amount the amount in đồng
   * @return the fee line
   */
  public static Fee of(String name, long amount) {
    return new Fee(name, null, null, amount, null);
  }
}
