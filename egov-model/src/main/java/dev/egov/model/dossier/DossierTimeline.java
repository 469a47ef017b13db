package dev.egov.model.dossier;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The instants of a {@link Dossier}'s life (docs/dossiers-and-portal.md, The dossier sync): submission, receipt, due
 * date, end of processing, return of the result and refusal. Each is {@code null} until it happens (the due date until
 * receipt sets it); {@link #NONE} has none. The lifecycle methods of {@link Dossier} set them; a dossier read from
 * another system carries them as read.
 *
 * <pre>{@code
 * DossierTimeline timeline = DossierTimeline.submittedAt(submitted).withReceivedAt(received).withDueAt(due);
 * }</pre>
 *
 * @param submittedAt when it was submitted ({@code NgayNopHoSo}), or {@code null}
 * @param receivedAt when it was received ({@code NgayTiepNhan}), or {@code null}
 * @param dueAt when the result is due ({@code NgayHenTra}), or {@code null}
 * @param finishedAt when processing finished ({@code NgayKetThucXuLy}), or {@code null}
 * @param returnedAt when the result was returned ({@code NgayTra}), or {@code null}
 * @param refusedAt when it was refused ({@code NgayTuChoi}), or {@code null}
 * @since 0.1.0
 */
public record DossierTimeline(
    @Nullable Instant submittedAt,
    @Nullable Instant receivedAt,
    @Nullable Instant dueAt,
    @Nullable Instant finishedAt,
    @Nullable Instant returnedAt,
    @Nullable Instant refusedAt) {

  /** A timeline with no instant known. */
  public static final DossierTimeline NONE = new DossierTimeline(null, null, null, null, null, null);

  /**
   * Returns a timeline with only the submission known.
   *
   * @param submittedAt when the dossier was submitted
   * @return the timeline
   */
  public static DossierTimeline submittedAt(Instant submittedAt) {
    return NONE.withSubmittedAt(submittedAt);
  }

  /**
   * Returns a copy with another submission instant.
   *
   * @param submittedAt the instant, or {@code null}
   * @return the copy
   */
  public DossierTimeline withSubmittedAt(@Nullable Instant submittedAt) {
    return new DossierTimeline(submittedAt, receivedAt, dueAt, finishedAt, returnedAt, refusedAt);
  }

  /**
   * Returns a copy with another receipt instant.
   *
   * @param receivedAt the instant, or {@code null}
   * @return the copy
   */
  public DossierTimeline withReceivedAt(@Nullable Instant receivedAt) {
    return new DossierTimeline(submittedAt, receivedAt, dueAt, finishedAt, returnedAt, refusedAt);
  }

  /**
   * Returns a copy with another due date.
   *
   * @param dueAt the instant, or {@code null}
   * @return the copy
   */
  public DossierTimeline withDueAt(@Nullable Instant dueAt) {
    return new DossierTimeline(submittedAt, receivedAt, dueAt, finishedAt, returnedAt, refusedAt);
  }

  /**
   * Returns a copy with another end of processing.
   *
   * @param finishedAt the instant, or {@code null}
   * @return the copy
   */
  public DossierTimeline withFinishedAt(@Nullable Instant finishedAt) {
    return new DossierTimeline(submittedAt, receivedAt, dueAt, finishedAt, returnedAt, refusedAt);
  }

  /**
   * Returns a copy with another return of the result.
   *
   * @param returnedAt the instant, or {@code null}
   * @return the copy
   */
  public DossierTimeline withReturnedAt(@Nullable Instant returnedAt) {
    return new DossierTimeline(submittedAt, receivedAt, dueAt, finishedAt, returnedAt, refusedAt);
  }

  /**
   * Returns a copy with another refusal instant.
   *
   * @param refusedAt the instant, or {@code null}
   * @return the copy
   */
  public DossierTimeline withRefusedAt(@Nullable Instant refusedAt) {
    return new DossierTimeline(submittedAt, receivedAt, dueAt, finishedAt, returnedAt, refusedAt);
  }
}
