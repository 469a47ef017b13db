package dev.egov.model.address;

import dev.egov.model.catalog.ConversionReason;
import dev.egov.model.internal.Masking;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A part of a legacy address that a conversion to the 2025 catalogue did not carry over, kept as the address gave it,
 * with the reason: nothing of the original is lost.
 *
 * @param part which part
 * @param code the legacy code as the address gave it, or {@code null}
 * @param name the name as the address gave it, or {@code null}
 * @param reason why it was not converted
 * @since 0.1.0
 */
public record UnconvertedPart(AddressPart part, @Nullable String code, @Nullable String name,
    ConversionReason reason) {

  /**
   * Checks the parts.
   *
   * @param part which part
   * @param code the legacy code as the address gave it, or {@code null}
   * @param name the name as the address gave it, or {@code null}
   * @param reason why it was not converted
   */
  public UnconvertedPart {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(reason, "reason");
  }

  /** Returns the part, code and reason; the name is masked, as in {@link Address#toString()}. */
  @Override
  public String toString() {
    return "UnconvertedPart[" + part + ' ' + (code == null ? "-" : code)
        + (name == null ? "" : ", name=" + Masking.maskName(name)) + ", " + reason + ']';
  }
}
