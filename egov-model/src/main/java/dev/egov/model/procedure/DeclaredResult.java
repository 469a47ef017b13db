package dev.egov.model.procedure;

import java.util.Objects;

/**
 * A result document a procedure declares it issues ({@code KETQUATHUCHIEN} of the procedure database: {@code MAKETQUA},
 * {@code TENKETQUA}).
 *
 * @param code the result-document code, matched by a dossier's {@code MaGiayToKetQua}
 * @param name the document's name
 * @since 0.1.0
 */
public record DeclaredResult(String code, String name) {

  /**
   * Checks the parts.
   *
   * @param code the result-document code, matched by a dossier's {@code MaGiayToKetQua}
   * @param name the document's name
   */
  public DeclaredResult {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }
}
