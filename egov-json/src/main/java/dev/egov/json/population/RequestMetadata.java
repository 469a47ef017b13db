package dev.egov.json.population;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who asks the population database, and why: the metadata every look-up and verification carries (docs/population-database.md,
 * Request metadata). Every look-up of personal data should also be written to an access log
 * (docs/personal-data.md).
 *
 * @param requestId {@code MaYeuCau}: the caller's unique request id (a UUID or ULID), at most 40 characters
 * @param procedureCode {@code MaDVC}: the public service or administrative procedure the look-up serves, at most 20
 *     characters
 * @param integrationCode {@code MaTichHop}: the integration-service code the population database assigned (such as
 *     {@code 037}), at most 20 digits
 * @param officer {@code MaCanBo}: the officer performing the look-up (some agencies send the officer's ID number), at
 *     most 20 characters
 * @param agencyCode {@code MaDonVi}: the agency's electronic identification code (QĐ 20/2020/QĐ-TTg), at most 35
 *     characters; required by the JSON specification, optional in SOAP; {@code null} when not sent
 * @since 0.1.0
 */
public record RequestMetadata(
    String requestId, String procedureCode, String integrationCode, String officer, @Nullable String agencyCode) {

  /**
   * Checks the parts: non-blank, without surrounding white space, the integration code in digits. The
   * specification's lengths are not checked here, so that what a client really sends (a 22-character portal procedure
   * code in {@code MaDVC}) can be read and reported by validation; a writer checks them ({@link #checkLengths()}).
   *
   * @param requestId {@code MaYeuCau}: the caller's unique request id (a UUID or ULID), at most 40 characters
   * @param procedureCode {@code MaDVC}: the public service or administrative procedure the look-up serves, at most 20
   *     characters
   * @param integrationCode {@code MaTichHop}: the integration-service code the population database assigned (such as
   *     {@code 037}), at most 20 digits
   * @param officer {@code MaCanBo}: the officer performing the look-up (some agencies send the officer's ID number),
   *     at most 20 characters
   * @param agencyCode {@code MaDonVi}: the agency's electronic identification code (QĐ 20/2020/QĐ-TTg), at most 35
   *     characters; required by the JSON specification, optional in SOAP; {@code null} when not sent
   * @throws IllegalArgumentException if a part is blank or has surrounding white space, or the integration code has a
   *     non-digit
   */
  public RequestMetadata {
    check("requestId (MaYeuCau)", requestId, Integer.MAX_VALUE);
    check("procedureCode (MaDVC)", procedureCode, Integer.MAX_VALUE);
    check("integrationCode (MaTichHop)", integrationCode, Integer.MAX_VALUE);
    check("officer (MaCanBo)", officer, Integer.MAX_VALUE);
    if (agencyCode != null) {
      check("agencyCode (MaDonVi)", agencyCode, Integer.MAX_VALUE);
    }
    for (int i = 0; i < integrationCode.length(); i++) {
      if (integrationCode.charAt(i) < '0' || integrationCode.charAt(i) > '9') {
        throw new IllegalArgumentException("integrationCode (MaTichHop) must be ASCII digits");
      }
    }
  }

  /**
   * Checks the parts against the specification's lengths (docs/population-database.md, Request metadata), as a
   * writer does before sending: {@code MaYeuCau} at most 40 characters, {@code MaDVC}, {@code MaTichHop} and {@code
   * MaCanBo} at most 20, {@code MaDonVi} at most 35.
   *
   * @throws IllegalArgumentException naming the first part that is too long (its length, never its value)
   */
  public void checkLengths() {
    check("requestId (MaYeuCau)", requestId, 40);
    check("procedureCode (MaDVC)", procedureCode, 20);
    check("integrationCode (MaTichHop)", integrationCode, 20);
    check("officer (MaCanBo)", officer, 20);
    if (agencyCode != null) {
      check("agencyCode (MaDonVi)", agencyCode, 35);
    }
  }

  private static void check(String what, String value, int maxLength) {
    Objects.requireNonNull(value, what);
    if (value.isBlank() || !value.equals(value.strip())) {
      throw new IllegalArgumentException(what + " must be non-blank, without surrounding white space");
    }
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(what + " has at most " + maxLength + " characters, got " + value.length());
    }
  }

  /** Returns the metadata with the officer masked (some agencies use the officer's ID number). */
  @Override
  public String toString() {
    String masked = officer.length() <= 4 ? "****" : officer.substring(0, 2) + "****" + officer.substring(officer.length() - 2);
    return "RequestMetadata[requestId=" + requestId + ", procedureCode=" + procedureCode + ", integrationCode="
        + integrationCode + ", officer=" + masked + ", agencyCode=" + agencyCode + ']';
  }
}
