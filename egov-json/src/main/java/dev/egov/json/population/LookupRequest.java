package dev.egov.json.population;

import java.util.Objects;

/**
 * A {@code TraCuuThongTinCongDan} request: look up one citizen (docs/population-database.md, Services).
 *
 * @param metadata who asks and why
 * @param identity whom
 * @since 0.1.0
 */
public record LookupRequest(RequestMetadata metadata, CitizenIdentity identity) {

  /**
   * Checks the parts.
   *
   * @param metadata who asks and why
   * @param identity whom
   */
  public LookupRequest {
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(identity, "identity");
  }
}
