package dev.egov.json.population;

import java.util.Objects;

/**
 * An {@code XacThucThongTinCongDan} request: does a citizen with this identity exist (docs/population-database.md, Services)? Prefer
 * it to a look-up when a yes or no is enough (docs/personal-data.md: minimise).
 *
 * @param metadata who asks and why
 * @param identity the identity to verify
 * @since 0.1.0
 */
public record VerificationRequest(RequestMetadata metadata, CitizenIdentity identity) {

  /**
   * Checks the parts.
   *
   * @param metadata who asks and why
   * @param identity the identity to verify
   */
  public VerificationRequest {
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(identity, "identity");
  }
}
