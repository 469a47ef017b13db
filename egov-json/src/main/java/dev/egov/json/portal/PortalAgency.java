package dev.egov.json.portal;

import dev.egov.model.id.AgencyCode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of the portal's agency catalogue ({@code LayDanhMucCoQuan}; docs/dossiers-and-portal.md, Agencies from the
 * portal): {@code {MADONVI, TENDONVI, CAPDONVI}}. egov's {@link dev.egov.model.catalog.AgencyCatalog} names only the
 * level-1 units of agency codes, with a confidence, and {@link dev.egov.model.procedure.ImplementingAgency} has no
 * level: neither fits a row of every level, so the row is its own record.
 *
 * <pre>{@code
 * for (PortalAgency agency : PortalJson.get().decodeAgencyListAnswer(body).value().items()) {
 *   agency.code().fullForm();   // 000.00.01.H26
 * }
 * }</pre>
 *
 * @param code the agency's electronic identifier ({@code MADONVI}), in the form written
 * @param name the agency's name ({@code TENDONVI})
 * @param level the agency's level as the portal numbers it ({@code CAPDONVI}, a number sent as text); what each
 *     number means is not published (1 is seen on a province's People's Committee, 3 on a commune's); or {@code null}
 * @since 0.1.0
 */
public record PortalAgency(AgencyCode code, String name, @Nullable Integer level) {

  /**
   * Checks the parts.
   *
   * @param code the agency's code
   * @param name the agency's name
   * @param level the level, or {@code null}
   * @throws IllegalArgumentException if the name is blank or the level negative
   */
  public PortalAgency {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("An agency of the portal's catalogue has a name");
    }
    if (level != null && level < 0) {
      throw new IllegalArgumentException("An agency's level is never negative, got " + level);
    }
  }
}
