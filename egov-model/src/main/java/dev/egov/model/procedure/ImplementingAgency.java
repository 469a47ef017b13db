package dev.egov.model.procedure;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An agency that carries out a procedure ({@code COQUANTHUCHIEN} of the procedure database: {@code MADONVI}, {@code
 * TENDONVI}). The code is kept as written: the database uses agency identifiers and other codes.
 *
 * @param code the agency's code as written, or {@code null}
 * @param name the agency's name
 * @since 0.1.0
 */
public record ImplementingAgency(@Nullable String code, String name) {

  /**
   * Checks that there is a name.
   *
   * @param code the agency's code as written, or {@code null}
   * @param name the agency's name
   */
  public ImplementingAgency {
    Objects.requireNonNull(name, "name");
  }
}
