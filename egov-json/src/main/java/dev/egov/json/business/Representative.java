package dev.egov.json.business;

import dev.egov.json.internal.Redaction;
import org.jspecify.annotations.Nullable;

/**
 * A legal representative as the registry writes it ({@code Representatives}): personal data, every value kept as
 * written and none printed by {@link #toString()}.
 *
 * @param fullName {@code FULL_NAME}, or {@code null}
 * @param genderId {@code GENDER_ID} as written, or {@code null}
 * @param documentNumber {@code PERS_DOC_NO}: the personal ID or old ID card number, or {@code null}
 * @param documentName {@code PERS_DOC_NAME}: which document it is, or {@code null}
 * @param documentIssueDate {@code PERS_DOC_ISSUE_DATE} as written, or {@code null}
 * @param documentIssuePlace {@code PERS_DOC_ISSUE_PLACE}, or {@code null}
 * @param documentExpiryDate {@code PERS_DOC_EXPIRE_DATE} as written, or {@code null}
 * @param dateOfBirth {@code DATE_OF_BIRTH} as written, or {@code null}
 * @param nationality {@code NATIONALITY_NAME}, or {@code null}
 * @since 0.1.0
 */
public record Representative(
    @Nullable String fullName,
    @Nullable String genderId,
    @Nullable String documentNumber,
    @Nullable String documentName,
    @Nullable String documentIssueDate,
    @Nullable String documentIssuePlace,
    @Nullable String documentExpiryDate,
    @Nullable String dateOfBirth,
    @Nullable String nationality) {

  /** Returns the values' lengths only. */
  @Override
  public String toString() {
    return "Representative[fullName=" + Redaction.personal(fullName) + ", documentNumber="
        + Redaction.personal(documentNumber) + ", dateOfBirth=" + Redaction.personal(dateOfBirth) + ']';
  }
}
