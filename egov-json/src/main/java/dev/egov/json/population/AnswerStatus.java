package dev.egov.json.population;

import org.jspecify.annotations.Nullable;

/**
 * Whether the population database (or the gateway in front of it) answered with success, with the code and message
 * it gave. A failure answer is data, not a decoding error: readers return it, never throw for it.
 *
 * <p>Which codes mean success is not published for every gateway (docs/population-database.md, Answers and result codes: {@code 0}, {@code "0"}
 * and {@code "00"} are seen; UNCERTAIN): it is configured in {@link PopulationDatabaseJson.Builder#successCodes}. The
 * plain SOAP form carries no code: an answer is a success unless it is a SOAP fault.
 *
 * @param success whether the answer is a success
 * @param code the result code as written ({@code error_code}, or a SOAP fault's {@code faultcode}), or {@code null} in
 *     the plain SOAP form of a success
 * @param message the gateway's message ({@code message}, or a SOAP fault's {@code faultstring}), or {@code null}; in
 *     the {@link WireForm#SOAP_IN_JSON} form of a success the message is the SOAP document, and is not kept here
 * @since 0.1.0
 */
public record AnswerStatus(boolean success, @Nullable ResultCode code, @Nullable String message) {

  /**
   * Returns the status of a successful plain SOAP answer, which carries no code.
   *
   * @return a success without code or message
   */
  public static AnswerStatus ok() {
    return new AnswerStatus(true, null, null);
  }

  /**
   * Returns a success with a code and a message.
   *
   * @param code the code, such as {@code ResultCode.of("0")}
   * @param message the message, or {@code null}
   * @return the status
   */
  public static AnswerStatus success(ResultCode code, @Nullable String message) {
    return new AnswerStatus(true, java.util.Objects.requireNonNull(code, "code"), message);
  }

  /**
   * Returns a failure.
   *
   * @param code the code, or {@code null} if the gateway gave none
   * @param message the message, or {@code null}
   * @return the status
   */
  public static AnswerStatus failure(@Nullable ResultCode code, @Nullable String message) {
    return new AnswerStatus(false, code, message);
  }
}
