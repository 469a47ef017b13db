package dev.egov.model.dossier;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A wait for the applicant to meet a financial obligation (yêu cầu thực hiện nghĩa vụ tài chính, status 6): land levy,
 * registration fee, tax. Like a supplement request, it pauses the legal clock from {@link #requestedAt()} to {@link
 * #fulfilledAt()}, and the dossier keeps its due date before and after.
 *
 * @param requestedAt when the obligation was notified
 * @param content what is owed, as written, or {@code null}
 * @param fulfilledAt when it was met, or {@code null} while open
 * @param dueBefore the dossier's due date when the wait began, or {@code null}
 * @param dueAfter the due date after the wait, or {@code null} while open
 * @since 0.1.0
 */
public record FinancialObligation(
    Instant requestedAt,
    @Nullable String content,
    @Nullable Instant fulfilledAt,
    @Nullable Instant dueBefore,
    @Nullable Instant dueAfter) {

  /**
   * Checks the parts.
   *
   * @param requestedAt when the obligation was notified
   * @param content what is owed, as written, or {@code null}
   * @param fulfilledAt when it was met, or {@code null} while open
   * @param dueBefore the dossier's due date when the wait began, or {@code null}
   * @param dueAfter the due date after the wait, or {@code null} while open
   * @throws IllegalArgumentException if the obligation was met before it was notified
   */
  public FinancialObligation {
    Objects.requireNonNull(requestedAt, "requestedAt");
    if (fulfilledAt != null && fulfilledAt.isBefore(requestedAt)) {
      throw new IllegalArgumentException("An obligation is met after it is notified");
    }
  }

  /**
   * Returns whether the obligation has not yet been met.
   *
   * @return whether {@link #fulfilledAt()} is {@code null}
   */
  @JsonIgnore
  public boolean isOpen() {
    return fulfilledAt == null;
  }

  /**
   * Returns when the pause ended, if it has.
   *
   * @return {@link #fulfilledAt()}, or empty while open
   */
  public Optional<Instant> end() {
    return Optional.ofNullable(fulfilledAt);
  }

  /** Returns the instants; the content is free text (it may name the payer), so only its presence shows. */
  @Override
  public String toString() {
    return "FinancialObligation[requested " + requestedAt + (content == null ? "" : ", with content")
        + (fulfilledAt == null ? ", open" : ", met " + fulfilledAt)
        + (dueBefore == null ? "" : ", due before " + dueBefore)
        + (dueAfter == null ? "" : ", due after " + dueAfter) + ']';
  }
}
