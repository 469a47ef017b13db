package dev.egov.json.business;

import dev.egov.json.AnswerStatus;
import dev.egov.model.organisation.Organisation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The national registry's answer to {@code chiTietDoanhNghiep}: {@code {affectedRows, message, data: {Status,
 * DataCount, Data: {MainInformation, HOAdress, Representatives}}}}, or the inner {@code {Status, DataCount, Data}}
 * alone (both occur). "Not found" is an answer without {@code MainInformation}: {@link #found()} is {@code false}, no
 * exception. A gateway's fault is an answer too, whose {@linkplain #status() status} is {@link
 * AnswerStatus.Outcome#GATEWAY_FAULT}.
 *
 * @param shape which of the two shapes it came in, and is written in
 * @param status the outcome, with {@code Status} as its code and {@code message} as its message
 * @param affectedRows {@code affectedRows}, or {@code null}
 * @param dataCount {@code DataCount}, or {@code null}
 * @param enterprise {@code MainInformation}, or {@code null} when not found
 * @param headOffice {@code HOAdress}, or {@code null}
 * @param representatives {@code Representatives}, empty when none
 * @param singleRepresentative whether {@code Representatives} came as one object, not a list (written back the same)
 * @since 0.1.0
 */
public record RegistryAnswer(
    Shape shape,
    AnswerStatus status,
    @Nullable Integer affectedRows,
    @Nullable Integer dataCount,
    @Nullable RegistryEnterprise enterprise,
    @Nullable HeadOffice headOffice,
    List<Representative> representatives,
    boolean singleRepresentative) {

  /** The answer's two shapes. */
  public enum Shape {
    /** {@code {affectedRows, message, data: {Status, DataCount, Data}}}. */
    ENVELOPE,
    /** {@code {Status, DataCount, Data}}: {@code Data.MainInformation} directly under the root. */
    DATA
  }

  /**
   * Checks the parts.
   *
   * @param shape which of the two shapes it came in
   * @param status the outcome
   * @param affectedRows {@code affectedRows}, or {@code null}
   * @param dataCount {@code DataCount}, or {@code null}
   * @param enterprise {@code MainInformation}, or {@code null} when not found
   * @param headOffice {@code HOAdress}, or {@code null}
   * @param representatives {@code Representatives}, empty when none
   * @param singleRepresentative whether {@code Representatives} came as one object
   * @throws IllegalArgumentException if a single representative is claimed for a list of another size
   */
  public RegistryAnswer {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(status, "status");
    representatives = List.copyOf(representatives);
    if (singleRepresentative && representatives.size() != 1) {
      throw new IllegalArgumentException("A single representative is one, not " + representatives.size());
    }
  }

  /**
   * Returns a gateway's fault as an answer.
   *
   * @param status the status, {@link AnswerStatus.Outcome#GATEWAY_FAULT}
   * @return an answer without data
   */
  static RegistryAnswer fault(AnswerStatus status) {
    return new RegistryAnswer(Shape.ENVELOPE, status, null, null, null, null, List.of(), false);
  }

  /**
   * Returns whether the registry found the enterprise.
   *
   * @return whether {@code MainInformation} is present
   */
  public boolean found() {
    return enterprise != null;
  }

  /**
   * Returns the enterprise as egov's {@link Organisation}: an enterprise, or a dependent unit (looked up by its
   * 13-character code) whose tax identifier carries its parent's code; the head office's names and street as its
   * address (the era from whether a district is named); the first representative as its legal representative.
   *
   * @return the organisation, or empty when not found
   */
  public Optional<Organisation> organisation() {
    return enterprise == null
        ? Optional.empty()
        : Optional.of(OrganisationMapping.organisation(enterprise.taxCode(), enterprise.name(),
            enterprise.foreignName(), enterprise.shortName(), headOffice, representatives));
  }
}
