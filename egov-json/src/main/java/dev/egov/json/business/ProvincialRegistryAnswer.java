package dev.egov.json.business;

import dev.egov.json.AnswerStatus;
import dev.egov.model.organisation.Organisation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A provincial gateway's answer to {@code TraCuuThongTinDoanhNghiep}: {@code {StatusCode, Status, ThrowException,
 * Description, ResultObject}}. "Not found" is an answer without {@code ResultObject}.
 *
 * @param status the outcome, with {@code StatusCode} as its code and {@code Description} as its message
 * @param statusText {@code Status} ({@code "SUCCESS"}), or {@code null}
 * @param throwException {@code ThrowException}, or {@code null}
 * @param enterprise {@code ResultObject}, or {@code null} when not found
 * @since 0.1.0
 */
public record ProvincialRegistryAnswer(
    AnswerStatus status,
    @Nullable String statusText,
    @Nullable Boolean throwException,
    @Nullable ProvincialEnterprise enterprise) {

  /**
   * Checks the parts.
   *
   * @param status the outcome
   * @param statusText {@code Status}, or {@code null}
   * @param throwException {@code ThrowException}, or {@code null}
   * @param enterprise {@code ResultObject}, or {@code null} when not found
   */
  public ProvincialRegistryAnswer {
    Objects.requireNonNull(status, "status");
  }

  /**
   * Returns whether the enterprise was found.
   *
   * @return whether {@code ResultObject} is present
   */
  public boolean found() {
    return enterprise != null;
  }

  /**
   * Returns the enterprise as egov's {@link Organisation}, as {@link RegistryAnswer#organisation()} does; the
   * address is not mapped (the answer has it on one line only).
   *
   * @return the organisation, or empty when not found
   */
  public Optional<Organisation> organisation() {
    return enterprise == null
        ? Optional.empty()
        : Optional.of(OrganisationMapping.organisation(enterprise.taxCode(), enterprise.name(), null, null, null,
            List.of()));
  }
}
