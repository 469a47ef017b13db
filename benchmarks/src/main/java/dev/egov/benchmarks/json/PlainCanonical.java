package dev.egov.benchmarks.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * The baseline's records for canonical JSON: plain Java records with the canonical format's field names and nesting,
 * mapped by raw Jackson databind ({@link CanonicalJsonBenchmark}). What they do: instants are {@link Instant}s (parsed
 * and formatted by Jackson's {@code JavaTimeModule}, the plain databind way; egov reads and writes the same ISO-8601
 * text itself, in one pass, so a dossier's ratio includes that saving), numbers and booleans are primitives (the flags
 * a source may leave unstated are boxed, absent when {@code null}, as in egov), nested objects and lists are records
 * and lists, read through Jackson's creator path (egov's {@code read} reads the records of an ordinary document in one
 * pass over their fields, with the same value readers and creators, so a citizen's ratio includes that saving). What
 * they do not do: identifiers, codes, partial dates and names stay strings,
 * with no check, no normalisation and no catalogue look-up, so that the baseline is the cost of the mapping alone.
 * {@code @JsonInclude(NON_NULL)} leaves absent values out, as the canonical format does.
 */
public final class PlainCanonical {

  private PlainCanonical() {}

  /** {@code Citizen}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Citizen(
      String personalId,
      String legacyIdCard,
      Name name,
      String sex,
      String birthDate,
      Particulars particulars,
      Places places,
      Family family,
      Contact contact,
      OtherIdentifiers otherIdentifiers,
      List<String> dataQualityFlags) {}

  /** {@code CitizenParticulars}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Particulars(
      String ethnicity, String religion, String nationality, String maritalStatus, String bloodGroup) {}

  /** {@code CitizenPlaces}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Places(
      Address birthRegistrationPlace, Address homeTown, Address permanentResidence, Address currentResidence) {}

  /** {@code CitizenFamily}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Family(
      Relative father,
      Relative mother,
      Relative spouse,
      Relative representative,
      HouseholdHead householdHead,
      String householdBookNumber) {}

  /** {@code CitizenContact}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Contact(String email, String phone) {}

  /** {@code CitizenOtherIdentifiers}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record OtherIdentifiers(String taxIdentifier, String socialInsuranceNumber) {}

  /** {@code PersonName}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Name(String family, String middle, String given) {}

  /** {@code Address}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Address(
      String era,
      String provinceCode,
      String provinceName,
      String districtCode,
      String districtName,
      String communeCode,
      String communeName,
      String detail,
      String country) {}

  /** {@code Relative}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Relative(Name name, String nationality, String personalId, String legacyIdCard) {}

  /** {@code HouseholdHead}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record HouseholdHead(String relation, Name name, String personalId, String legacyIdCard) {}

  /** {@code Dossier}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Dossier(
      String code,
      Procedure procedure,
      Applicant applicant,
      Representative representative,
      Submission submission,
      String status,
      Timeline timeline,
      Processing processing,
      Documents documents,
      Payment payment,
      Pauses pauses,
      Flags flags) {}

  /** {@code DossierSubmission}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Submission(
      String channel,
      String onlineLevel,
      String receivingAgency,
      String place,
      String summary,
      String note,
      String otherInfo) {}

  /** {@code DossierTimeline}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Timeline(
      Instant submittedAt,
      Instant receivedAt,
      Instant dueAt,
      Instant finishedAt,
      Instant returnedAt,
      Instant refusedAt) {}

  /** {@code DossierProcessing}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Processing(String agencyName, List<StatusChange> statusHistory, List<Step> steps) {}

  /** {@code DossierDocuments}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Documents(
      List<SubmittedDocument> submitted,
      List<OtherAttachment> otherAttachments,
      List<ResultDocument> results,
      String resultDelivery) {}

  /** {@code DossierPayment}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Payment(List<Fee> fees, String onlinePayment) {}

  /** {@code DossierPauses}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Pauses(List<Supplement> supplements, List<FinancialObligation> financialObligations) {}

  /** {@code DossierFlags}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Flags(Boolean hasDigitisedComponents, Boolean vneidVerified, List<String> nationalDatabases) {}

  /** {@code ProcedureRef}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Procedure(String code, String name, String fieldCode, String fieldName) {}

  /** {@code Applicant}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Applicant(
      String type,
      String name,
      String documentNumber,
      List<ApplicantIdentifier> identifiers,
      String portalAccountId,
      String email,
      String fax,
      String phone,
      Address address) {}

  /** {@code ApplicantIdentifier}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ApplicantIdentifier(String type, String number) {}

  /** {@code Representative}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Representative(Name name, String personalId, String phone, String email, String capacity) {}

  /** {@code StatusChange}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record StatusChange(String status, Instant at, String note) {}

  /** {@code ProcessingStep}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Step(
      String handler,
      String position,
      Instant at,
      String department,
      String content,
      String status,
      Instant startedAt,
      Instant dueAt) {}

  /** {@code SubmittedDocument}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SubmittedDocument(
      String fileId,
      String name,
      Boolean deleted,
      String componentCode,
      String downloadUrl,
      Boolean digitised,
      Boolean reused,
      Boolean fromDataRepository,
      String replacedByResultCode) {}

  /** {@code OtherAttachment}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record OtherAttachment(String name, int quantity, String kind) {}

  /** {@code Fee}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Fee(String name, String code, String collectionMethod, long amount, String type) {}

  /** {@code SupplementRequest}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Supplement(
      String id,
      String requestedBy,
      String content,
      Instant requestedAt,
      String receivedBy,
      String receptionInfo,
      Instant resubmittedAt,
      String state,
      List<String> requestedDocuments,
      List<Fee> fees,
      Instant dueBefore,
      Instant dueAfter) {}

  /** {@code FinancialObligation}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FinancialObligation(
      Instant requestedAt, String content, Instant fulfilledAt, Instant dueBefore, Instant dueAfter) {}

  /** {@code DossierResultDocument}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ResultDocument(
      String name, String componentCode, String documentId, String downloadUrl, String resultCode) {}
}
