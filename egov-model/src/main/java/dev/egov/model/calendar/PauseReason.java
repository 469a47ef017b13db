package dev.egov.model.calendar;

/**
 * Why the processing clock of a dossier stopped.
 *
 * @since 0.1.0
 */
public enum PauseReason {
  /**
   * The agency asked the applicant to supplement or correct the dossier (yêu cầu bổ sung, portal status 5); the clock
   * resumes when the supplement is received.
   */
  SUPPLEMENT_REQUEST,
  /**
   * The applicant must first pay a fee or tax (thực hiện nghĩa vụ tài chính, portal status 6); the clock resumes when the
   * payment is confirmed.
   */
  FINANCIAL_OBLIGATION,
  /** Another pause the law allows, such as a consultation the procedure excludes from its processing time. */
  OTHER
}
