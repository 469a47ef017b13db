package dev.egov.model.procedure;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A legal document a procedure is based on ({@code CANCUPHAPLY} of the procedure database: {@code SOVANBAN}, {@code
 * TENVANBAN}).
 *
 * @param number the document's number, such as {@code 137/2015/NĐ-CP}
 * @param title its title, or {@code null}
 * @since 0.1.0
 */
public record LegalBasis(String number, @Nullable String title) {

  /**
   * Checks that there is a number.
   *
   * @param number the document's number, such as {@code 137/2015/NĐ-CP}
   * @param title its title, or {@code null}
   */
  public LegalBasis {
    Objects.requireNonNull(number, "number");
  }
}
