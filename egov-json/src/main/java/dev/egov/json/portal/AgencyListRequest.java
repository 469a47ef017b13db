package dev.egov.json.portal;

import dev.egov.model.id.AgencyCode;
import org.jspecify.annotations.Nullable;

/**
 * A request for the portal's catalogue of agencies, {@code LayDanhMucCoQuan} (docs/dossiers-and-portal.md, Agencies
 * from the portal): {@code {session, madonvi, service: "LayDanhMucCoQuan"}}. The answer is a {@link SharingAnswer} of
 * {@link PortalAgency}s.
 *
 * <pre>{@code
 * byte[] body = PortalJson.get().writeAgencyListRequest(new AgencyListRequest(session, agency));
 * }</pre>
 *
 * <p>The session is a secret: {@link #toString()} never prints it.
 *
 * @param session the adapter session ({@code session}), a secret
 * @param agency the agency the call is made for ({@code madonvi}), or {@code null} when the call does not name it
 * @since 0.1.0
 */
public record AgencyListRequest(String session, @Nullable AgencyCode agency) {

  /** The service: {@code LayDanhMucCoQuan}. */
  public static final String SERVICE = "LayDanhMucCoQuan";

  /**
   * Checks the session.
   *
   * @param session the adapter session
   * @param agency the agency, or {@code null}
   * @throws IllegalArgumentException if the session is blank
   */
  public AgencyListRequest {
    SharingTables.checkSession(session);
  }

  /** Returns the service and agency; never the session. */
  @Override
  public String toString() {
    return "AgencyListRequest[" + SharingTables.envelope(SERVICE, agency) + ", session=***]";
  }
}
