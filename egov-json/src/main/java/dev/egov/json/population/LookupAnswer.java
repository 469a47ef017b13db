package dev.egov.json.population;

import dev.egov.json.AnswerStatus;

import dev.egov.model.person.Citizen;
import java.util.List;
import java.util.Objects;

/**
 * The answer to {@code TraCuuThongTinCongDan}: a status and the citizens of {@code CongdanCollection} (docs/population-database.md,
 * Services).
 *
 * @param status success or failure, with the code and message
 * @param citizens the citizens, in document order; empty for a failure or when none was found
 * @since 0.1.0
 */
public record LookupAnswer(AnswerStatus status, List<Citizen> citizens) {

  /**
   * Checks the parts and copies the list.
   *
   * @param status success or failure, with the code and message
   * @param citizens the citizens, in document order; empty for a failure or when none was found
   */
  public LookupAnswer {
    Objects.requireNonNull(status, "status");
    citizens = List.copyOf(citizens);
  }

  /**
   * Returns a failure answer, without citizens.
   *
   * @param status the failure
   * @return the answer
   */
  public static LookupAnswer failed(AnswerStatus status) {
    return new LookupAnswer(status, List.of());
  }
}
