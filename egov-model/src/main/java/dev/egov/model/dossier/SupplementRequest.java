package dev.egov.model.dossier;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.egov.model.code.SupplementState;
import dev.egov.model.internal.Masking;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A request to supplement a dossier (yêu cầu bổ sung hồ sơ; {@code DanhSachHoSoBoSung} of the portal's payload): what
 * was asked, when, when the applicant answered, and the due date before and after.
 *
 * <p>The request pauses the legal clock from {@link #requestedAt()} to {@link #resubmittedAt()}; the dossier's due date
 * moves from {@link #dueBefore()} to {@link #dueAfter()} (the calendar's due-date rules compute it). While the
 * applicant has not answered, {@link #resubmittedAt()} and {@link #dueAfter()} are {@code null}.
 *
 * @param id the request's identifier in the source system ({@code HoSoBoSungId}), or {@code null}
 * @param requestedBy who asked ({@code NguoiYeuCauBoSung}), or {@code null}
 * @param content what was asked ({@code NoiDungBoSung}), or {@code null}
 * @param requestedAt when it was asked ({@code NgayBoSung})
 * @param receivedBy who received the supplement ({@code NguoiTiepNhanBoSung}), or {@code null}
 * @param receptionInfo notes on the reception ({@code ThongTinTiepNhan}), or {@code null}
 * @param resubmittedAt when the supplement was received ({@code NgayTiepNhanBoSung}), or {@code null} while open
 * @param state the request's state as the source writes it ({@code TrangThaiBoSung}), or {@code null}
 * @param requestedDocuments the papers asked for ({@code DanhSachGiayToBoSung}), in order
 * @param fees additional fees ({@code DanhSachLePhiBoSung}), in order
 * @param dueBefore the dossier's due date when the request was made ({@code NgayHenTraTruoc}), or {@code null}
 * @param dueAfter the due date after the supplement ({@code NgayHenTraMoi}), or {@code null} while open
 * @since 0.1.0
 */
public record SupplementRequest(
    @Nullable String id,
    @Nullable String requestedBy,
    @Nullable String content,
    Instant requestedAt,
    @Nullable String receivedBy,
    @Nullable String receptionInfo,
    @Nullable Instant resubmittedAt,
    @Nullable SupplementState state,
    List<String> requestedDocuments,
    List<Fee> fees,
    @Nullable Instant dueBefore,
    @Nullable Instant dueAfter) {

  /**
   * Checks the parts and copies the lists.
   *
   * @param id the request's identifier in the source system ({@code HoSoBoSungId}), or {@code null}
   * @param requestedBy who asked ({@code NguoiYeuCauBoSung}), or {@code null}
   * @param content what was asked ({@code NoiDungBoSung}), or {@code null}
   * @param requestedAt when it was asked ({@code NgayBoSung})
   * @param receivedBy who received the supplement ({@code NguoiTiepNhanBoSung}), or {@code null}
   * @param receptionInfo notes on the reception ({@code ThongTinTiepNhan}), or {@code null}
   * @param resubmittedAt when the supplement was received ({@code NgayTiepNhanBoSung}), or {@code null} while open
   * @param state the request's state as the source writes it ({@code TrangThaiBoSung}), or {@code null}
   * @param requestedDocuments the papers asked for ({@code DanhSachGiayToBoSung}), in order
   * @param fees additional fees ({@code DanhSachLePhiBoSung}), in order
   * @param dueBefore the dossier's due date when the request was made ({@code NgayHenTraTruoc}), or {@code null}
   * @param dueAfter the due date after the supplement ({@code NgayHenTraMoi}), or {@code null} while open
   * @throws IllegalArgumentException if the supplement was received before it was requested
   */
  public SupplementRequest {
    Objects.requireNonNull(requestedAt, "requestedAt");
    requestedDocuments = List.copyOf(requestedDocuments);
    fees = List.copyOf(fees);
    if (resubmittedAt != null && resubmittedAt.isBefore(requestedAt)) {
      throw new IllegalArgumentException("A supplement is received after it is requested");
    }
  }

  /**
   * Returns an open request: asked at {@code requestedAt} for {@code content}.
   *
   * @param requestedAt when it was asked
   * @param content what was asked
   * @param requestedDocuments the papers asked for
   * @return the request, not yet answered
   */
  public static SupplementRequest open(Instant requestedAt, String content, List<String> requestedDocuments) {
    return new SupplementRequest(null, null, content, requestedAt, null, null, null, null, requestedDocuments,
        List.of(), null, null);
  }

  /**
   * Returns whether the applicant has not yet answered.
   *
   * @return whether {@link #resubmittedAt()} is {@code null}
   */
  @JsonIgnore
  public boolean isOpen() {
    return resubmittedAt == null;
  }

  /**
   * Returns this request with its due date before the request set.
   *
   * @param dueBefore the dossier's due date when the request was made
   * @return a copy
   */
  public SupplementRequest withDueBefore(@Nullable Instant dueBefore) {
    return new SupplementRequest(id, requestedBy, content, requestedAt, receivedBy, receptionInfo, resubmittedAt,
        state, requestedDocuments, fees, dueBefore, dueAfter);
  }

  /**
   * Returns this request answered: the supplement received at {@code resubmittedAt}, moving the due date to {@code
   * dueAfter}.
   *
   * @param resubmittedAt when the supplement was received
   * @param dueAfter the new due date, or {@code null} if the dossier has none yet (a supplement asked before reception)
   * @return a copy, no longer open
   */
  public SupplementRequest answered(Instant resubmittedAt, @Nullable Instant dueAfter) {
    return new SupplementRequest(id, requestedBy, content, requestedAt, receivedBy, receptionInfo,
        Objects.requireNonNull(resubmittedAt, "resubmittedAt"), state, requestedDocuments, fees, dueBefore, dueAfter);
  }

  /**
   * Returns when the pause ended, if it has.
   *
   * @return {@link #resubmittedAt()}, or empty while open
   */
  public Optional<Instant> end() {
    return Optional.ofNullable(resubmittedAt);
  }

  /**
   * Returns the identifier, instants, state and due dates; the officers' names are masked, and the free-text content
   * and reception notes, which may name people, are left out.
   */
  @Override
  public String toString() {
    return "SupplementRequest[" + (id == null ? "" : id + ", ") + "requested " + requestedAt
        + (requestedBy == null ? "" : " by " + Masking.maskName(requestedBy))
        + (resubmittedAt == null ? ", open" : ", resubmitted " + resubmittedAt)
        + (receivedBy == null ? "" : " to " + Masking.maskName(receivedBy))
        + (state == null ? "" : ", state " + state)
        + (dueBefore == null ? "" : ", due before " + dueBefore)
        + (dueAfter == null ? "" : ", due after " + dueAfter) + ']';
  }
}
