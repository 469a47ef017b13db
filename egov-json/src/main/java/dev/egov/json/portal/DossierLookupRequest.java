package dev.egov.json.portal;

import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.DossierCode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A dossier look-up on the portal's adapter, {@code TraCuuHoSo} (docs/dossiers-and-portal.md, Looking a dossier up):
 * {@code {session, madonvi, service: "TraCuuHoSo", mahoso}}. The answer is a {@link SharingAnswer} of {@link
 * DossierLookup}s.
 *
 * <pre>{@code
 * byte[] body = PortalJson.get().writeDossierLookupRequest(
 *     new DossierLookupRequest(session, agency, DossierCode.parse("000.00.01.H26-261201-0007")));
 * }</pre>
 *
 * <p>The session is a secret: {@link #toString()} never prints it.
 *
 * @param session the adapter session ({@code session}), a secret
 * @param agency the agency the call is made for ({@code madonvi}), or {@code null} when the call does not name it
 *     (a ministry's adapter names its processing unit in a field of its own, kept as an unknown field)
 * @param dossierCode the dossier looked up ({@code mahoso})
 * @since 0.1.0
 */
public record DossierLookupRequest(String session, @Nullable AgencyCode agency, DossierCode dossierCode) {

  /** The service: {@code TraCuuHoSo}. */
  public static final String SERVICE = "TraCuuHoSo";

  /**
   * Checks the parts.
   *
   * @param session the adapter session
   * @param agency the agency, or {@code null}
   * @param dossierCode the dossier looked up
   * @throws IllegalArgumentException if the session is blank
   */
  public DossierLookupRequest {
    SharingTables.checkSession(session);
    Objects.requireNonNull(dossierCode, "dossierCode");
  }

  /** Returns the service, agency and dossier code; never the session. */
  @Override
  public String toString() {
    return "DossierLookupRequest[" + SharingTables.envelope(SERVICE, agency) + ", mahoso=" + dossierCode.format()
        + ", session=***]";
  }
}
