package dev.egov.model.catalog;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which official list a catalogue's units come from, and as of which date. Every unit carries the version of its
 * list, so every answer says where it comes from.
 *
 * @param source the list, such as {@code "Danh mục đơn vị hành chính (Cục Thống kê)"}
 * @param release the release or copy of it, such as the dataset release or the file it was read from; may be empty
 * @param asOf the date the list describes: the units as they stood that day
 * @since 0.1.0
 */
public record CatalogVersion(String source, String release, LocalDate asOf) {

  /**
   * Checks the parts.
   *
   * @param source the list, such as {@code "Danh mục đơn vị hành chính (Cục Thống kê)"}
   * @param release the release or copy of it, such as the dataset release or the file it was read from; may be empty
   * @param asOf the date the list describes: the units as they stood that day
   * @throws IllegalArgumentException if {@code source} is blank
   */
  public CatalogVersion {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(asOf, "asOf");
    if (source.isBlank()) {
      throw new IllegalArgumentException("source is blank");
    }
  }

  /**
   * Returns the era of the list: the one in force on its date.
   *
   * @return the era
   */
  public AdministrativeEra era() {
    return AdministrativeEra.asOf(asOf);
  }

  /**
   * Returns the version in words, such as {@code "Danh mục đơn vị hành chính (Cục Thống kê) as of 2025-07-01
   * (vietnamese-provinces-database v3.0.2)"}.
   */
  @Override
  public String toString() {
    return source + " as of " + asOf + (release.isEmpty() ? "" : " (" + release + ')');
  }
}
