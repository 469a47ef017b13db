package dev.egov.json.portal;

import dev.egov.json.AnswerStatus;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The portal adapter's answer to a log-in: {@code {error_code: 0, session: "…"}} (docs/gateways.md, Portal session).
 * It is not an answer to a sync call: {@link PortalJson#decodeAnswer} refuses it ({@link
 * dev.egov.json.JsonDecodingException.Reason#WRONG_MESSAGE}).
 *
 * <p>The session is a secret: {@link #toString()} never shows it.
 *
 * @param status what the answer says: its outcome, code and message; a gateway's fault
 * @param session the session to send in every call ({@code session}), or {@code null} when the log-in failed
 * @since 0.1.0
 */
public record PortalLogin(AnswerStatus status, @Nullable String session) {

  /**
   * Checks the parts.
   *
   * @param status what the answer says
   * @param session the session, or {@code null} when the log-in failed
   */
  public PortalLogin {
    Objects.requireNonNull(status, "status");
  }

  /** Returns the status, and whether there is a session; never the session. */
  @Override
  public String toString() {
    return "PortalLogin[" + status + (session == null ? "" : ", session=***") + ']';
  }
}
