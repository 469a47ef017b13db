package dev.egov.json.portal;

import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.ProcedureCode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request for one procedure's metadata on the portal's adapter, {@code LayThuTuc} (docs/dossiers-and-portal.md,
 * Procedures from the portal): {@code {session, madonvi, service: "LayThuTuc", maTTHC}}. The answer is a {@link
 * SharingAnswer} of egov's {@link dev.egov.model.procedure.Procedure}s.
 *
 * <pre>{@code
 * byte[] body = PortalJson.get().writeProcedureRequest(
 *     new ProcedureRequest(session, agency, ProcedureCode.parse("1.001193")));
 * }</pre>
 *
 * <p>The session is a secret: {@link #toString()} never prints it.
 *
 * @param session the adapter session ({@code session}), a secret
 * @param agency the agency the call is made for ({@code madonvi}), or {@code null} when the call does not name it
 * @param procedureCode the procedure asked for ({@code maTTHC})
 * @since 0.1.0
 */
public record ProcedureRequest(String session, @Nullable AgencyCode agency, ProcedureCode procedureCode) {

  /** The service: {@code LayThuTuc}. */
  public static final String SERVICE = "LayThuTuc";

  /**
   * Checks the parts.
   *
   * @param session the adapter session
   * @param agency the agency, or {@code null}
   * @param procedureCode the procedure asked for
   * @throws IllegalArgumentException if the session is blank
   */
  public ProcedureRequest {
    SharingTables.checkSession(session);
    Objects.requireNonNull(procedureCode, "procedureCode");
  }

  /** Returns the service, agency and procedure code; never the session. */
  @Override
  public String toString() {
    return "ProcedureRequest[" + SharingTables.envelope(SERVICE, agency) + ", maTTHC=" + procedureCode.format()
        + ", session=***]";
  }
}
