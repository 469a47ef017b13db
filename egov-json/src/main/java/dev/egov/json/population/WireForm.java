package dev.egov.json.population;

/**
 * The forms in which the population database's messages travel (docs/population-database.md, Forms on the wire).
 *
 * @since 0.1.0
 */
public enum WireForm {
  /**
   * SOAP 1.1: an {@code Envelope} whose {@code Body} holds the operation element in the namespace {@code
   * http://dancuquocgia.bca}; citizens in {@code CongdanCollection/CongDan} in the namespace {@code
   * http://www.mic.gov.vn/dancu/1.0}; birth dates as {@code NgayThangNamSinh{NgayThangNam yyyyMMdd | Nam yyyy}}.
   */
  SOAP,
  /**
   * A gateway's JSON envelope around the SOAP document. Answers: {@code {"error_code": ..., "message": "<SOAP document
   * as a string>"}}, as some provincial platforms return the SOAP answer; for a failure answer, {@code message} is the
   * gateway's text instead. Requests: {@code {"accessToken": ..., "lgspAccessToken": ..., "AuthHash": ..., "data":
   * "<SOAP document as a string>"}}, as provincial clients send them; the credentials are never kept, and are not
   * written (the client adds its own).
   */
  SOAP_IN_JSON,
  /**
   * The JSON of the national data-exchange platform's specification: the same Vietnamese field names as SOAP, birth
   * dates as {@code "yyyy-MM-dd"} or {@code "yyyy"}, and answers in the envelope {@code {"error_code", "message",
   * "data"}}.
   */
  JSON
}
