package dev.egov.json.portal;

import dev.egov.model.dossier.Dossier;
import dev.egov.model.id.AgencyCode;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A call to the National Public Service Portal's adapter: the JSON envelope {@code {session, madonvi, service,
 * isUpdating, data}} (docs/dossiers-and-portal.md, Calls and envelope) around a list of dossiers ({@code DongBoHoSoMC}) or of
 * processing steps ({@code CapNhatTienDoHoSoMC}).
 *
 * <pre>{@code
 * PortalRequest<Dossier> sync = PortalRequest.dossierSync(session, AgencyCode.parse("000.00.06.H56"), false, dossiers);
 * byte[] body = PortalJson.get().writeDossierRequest(sync);
 * }</pre>
 *
 * <p>The session is the adapter's login token and a secret: {@link #toString()} never prints it, and no error egov
 * raises quotes it. {@link #agency()} is the envelope's {@code madonvi}; reading a dossier request makes it each
 * dossier's {@linkplain Dossier#receivingAgency() receiving agency} (see {@link PortalJson}).
 *
 * @param session the adapter session ({@code session}), a secret
 * @param agency the agency the call is made for ({@code madonvi}), in the form it was written
 * @param service the service name ({@code service}), such as {@value #DOSSIER_SYNC}
 * @param updating whether the dossiers already exist on the portal ({@code isUpdating}, {@code "True"}/{@code
 *     "False"}), or {@code null} when the call does not say (progress updates never do)
 * @param data the items ({@code data}), in order
 * @param <T> the item type: {@link Dossier} or {@link DossierStep}
 * @since 0.1.0
 */
public record PortalRequest<T>(
    String session, AgencyCode agency, String service, @Nullable Boolean updating, List<T> data) {

  /** The service that creates or updates dossiers: {@code DongBoHoSoMC}. */
  public static final String DOSSIER_SYNC = "DongBoHoSoMC";

  /** The service that appends processing steps: {@code CapNhatTienDoHoSoMC}. */
  public static final String PROGRESS_UPDATE = "CapNhatTienDoHoSoMC";

  /**
   * Checks the parts and copies the list.
   *
   * @param session the adapter session ({@code session}), a secret
   * @param agency the agency the call is made for ({@code madonvi}), in the form it was written
   * @param service the service name ({@code service}), such as {@value #DOSSIER_SYNC}
   * @param updating whether the dossiers already exist on the portal ({@code isUpdating}, {@code "True"}/{@code
   *     "False"}), or {@code null} when the call does not say (progress updates never do)
   * @param data the items ({@code data}), in order
   * @throws IllegalArgumentException if the session or the service is blank
   */
  public PortalRequest {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(service, "service");
    data = List.copyOf(data);
    if (session.isBlank()) {
      throw new IllegalArgumentException("A portal session is never blank");
    }
    if (service.isBlank()) {
      throw new IllegalArgumentException("A portal service name is never blank");
    }
  }

  /**
   * Returns a {@value #DOSSIER_SYNC} call.
   *
   * @param session the adapter session
   * @param agency the agency the call is made for ({@code madonvi})
   * @param updating {@code true} when the dossiers already exist on the portal (after an "already exists" answer)
   * @param dossiers the dossiers
   * @return the request
   */
  public static PortalRequest<Dossier> dossierSync(
      String session, AgencyCode agency, boolean updating, List<Dossier> dossiers) {
    return new PortalRequest<>(session, agency, DOSSIER_SYNC, updating, dossiers);
  }

  /**
   * Returns one {@value #PROGRESS_UPDATE} call. To split many steps into calls of the size the portal takes, use
   * {@link PortalJson#progressRequests}.
   *
   * @param session the adapter session
   * @param agency the agency the call is made for ({@code madonvi})
   * @param steps the steps
   * @return the request, without {@code isUpdating}
   */
  public static PortalRequest<DossierStep> progress(String session, AgencyCode agency, List<DossierStep> steps) {
    return new PortalRequest<>(session, agency, PROGRESS_UPDATE, null, steps);
  }

  /**
   * Returns this call with other items, the envelope unchanged.
   *
   * @param data the items
   * @param <U> their type
   * @return a copy
   */
  public <U> PortalRequest<U> withData(List<U> data) {
    return new PortalRequest<>(session, agency, service, updating, data);
  }

  /**
   * Returns this call with {@code isUpdating} set, as when retrying a dossier the portal already has.
   *
   * @param updating whether the dossiers already exist on the portal
   * @return a copy
   */
  public PortalRequest<T> withUpdating(boolean updating) {
    return new PortalRequest<>(session, agency, service, updating, data);
  }

  /**
   * Returns this call with another session, as after logging in again.
   *
   * @param session the new session
   * @return a copy
   */
  public PortalRequest<T> withSession(String session) {
    return new PortalRequest<>(session, agency, service, updating, data);
  }

  /** Returns the service, agency, flag and number of items; never the session or the items' contents. */
  @Override
  public String toString() {
    return "PortalRequest[service=" + service + ", madonvi=" + agency.format()
        + (updating == null ? "" : ", isUpdating=" + updating) + ", " + data.size()
        + (data.size() == 1 ? " item" : " items") + ", session=***]";
  }
}
