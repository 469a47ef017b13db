package dev.egov.json.portal;

import dev.egov.json.AnswerStatus;
import java.util.List;
import java.util.Objects;

/**
 * The portal adapter's answer to a sharing call ({@code TraCuuHoSo}, {@code LayThuTuc}, {@code LayDanhMucCoQuan}):
 * {@code {error_code, message, result: [...]}}, some adapters naming the list {@code data}; or a fault of the gateway
 * in front of it (docs/dossiers-and-portal.md, Calls and envelope).
 *
 * <pre>{@code
 * SharingAnswer<Procedure> answer = PortalJson.get().decodeProcedureAnswer(body).value();
 * if (answer.status().success() && !answer.items().isEmpty()) {
 *   Procedure procedure = answer.items().get(0);
 * }
 * }</pre>
 *
 * <p>As for {@link PortalAnswer}, a failure is an answer, not a decoding error: {@link #status()} says what it is,
 * classified with the reading {@link PortalJson}'s codes; a gateway's fault is a status of {@link
 * AnswerStatus.Outcome#GATEWAY_FAULT} without items. {@link #toString()} prints the status and the number of items.
 *
 * @param status what the answer says
 * @param items the items, in order; none when not found, failed or faulted (an empty list is not written)
 * @param member the name the list travels under: {@link Member#RESULT} unless the answer was read with {@code data}
 * @param <T> the item: {@link DossierLookup}, {@link dev.egov.model.procedure.Procedure} or {@link PortalAgency}
 * @since 0.1.0
 */
public record SharingAnswer<T>(AnswerStatus status, List<T> items, Member member) {

  /** The name the list of items travels under. */
  public enum Member {
    /** {@code result}, as the national portal's adapter writes it. */
    RESULT,
    /** {@code data}, as some adapters write it (a ministry's dossier look-up). */
    DATA
  }

  /**
   * Checks the parts and copies the list.
   *
   * @param status what the answer says
   * @param items the items
   * @param member the list's name
   */
  public SharingAnswer {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(member, "member");
    items = List.copyOf(items);
  }

  /**
   * Returns an answer with its list under {@code result}.
   *
   * @param status what it says
   * @param items the items
   * @param <T> the item
   * @return the answer
   */
  public static <T> SharingAnswer<T> of(AnswerStatus status, List<T> items) {
    return new SharingAnswer<>(status, items, Member.RESULT);
  }

  /** Returns the status and the number of items; never their contents. */
  @Override
  public String toString() {
    return "SharingAnswer[" + status + ", " + items.size() + (items.size() == 1 ? " item" : " items")
        + (member == Member.DATA ? " (data)" : "") + ']';
  }
}
