package dev.egov.model.dossier;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Another paper handed in with a dossier ({@code DanhSachTepDinhKemKhac}): a name, how many copies, and its kind.
 *
 * @param name the paper's name ({@code TenGiayTo})
 * @param quantity how many ({@code SoLuong}), zero or more
 * @param kind its kind as the source writes it ({@code LoaiGiayTo}), or {@code null}
 * @since 0.1.0
 */
public record OtherAttachment(String name, int quantity, @Nullable String kind) {

  /**
   * Checks the parts.
   *
   * @param name the paper's name ({@code TenGiayTo})
   * @param quantity how many ({@code SoLuong}), zero or more
   * @param kind its kind as the source writes it ({@code LoaiGiayTo}), or {@code null}
   * @throws IllegalArgumentException if the quantity is negative
   */
  public OtherAttachment {
    Objects.requireNonNull(name, "name");
    if (quantity < 0) {
      throw new IllegalArgumentException("A quantity is never negative, got " + quantity);
    }
  }
}
