package dev.egov.model.dossier;

import dev.egov.model.id.ProcedureCode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The procedure a dossier is for, as the dossier names it ({@code MaTTHC}, {@code TenTTHC}, {@code MaLinhVuc}, {@code
 * TenLinhVuc}). The procedure's full metadata is a {@link dev.egov.model.procedure.Procedure}.
 *
 * @param code the procedure code
 * @param name the procedure's name, or {@code null}
 * @param fieldCode the field (lĩnh vực) code, such as {@code G03-GD10}, or {@code null}
 * @param fieldName the field's name, or {@code null}
 * @since 0.1.0
 */
public record ProcedureRef(
    ProcedureCode code, @Nullable String name, @Nullable String fieldCode, @Nullable String fieldName) {

  /**
   * Checks that there is a code.
   *
   * @param code the procedure code
   * @param name the procedure's name, or {@code null}
   * @param fieldCode the field (lĩnh vực) code, such as {@code G03-GD10}, or {@code null}
   * @param fieldName the field's name, or {@code null}
   */
  public ProcedureRef {
    Objects.requireNonNull(code, "code");
  }

  /**
   * Returns a reference by code alone.
   *
   * @param code the procedure code
   * @return the reference
   */
  public static ProcedureRef of(ProcedureCode code) {
    return new ProcedureRef(code, null, null, null);
  }
}
