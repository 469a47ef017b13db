package dev.egov.model.catalog;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The level-1 unit of an agency electronic identifier (Quyết định 20/2020/QĐ-TTg): a ministry or government body
 * ({@code G..}) or a provincial People's Committee ({@code H..}).
 *
 * @since 0.1.0
 */
public final class TopLevelAgency {

  private final String code;
  private final String name;
  private final Confidence confidence;
  private final @Nullable ProvinceCode legacyProvince;

  TopLevelAgency(String code, String name, Confidence confidence, @Nullable ProvinceCode legacyProvince) {
    this.code = Objects.requireNonNull(code, "code");
    this.name = Objects.requireNonNull(name, "name");
    this.confidence = Objects.requireNonNull(confidence, "confidence");
    this.legacyProvince = legacyProvince;
  }

  /**
   * Returns the level-1 code, such as {@code "H56"}.
   *
   * @return a letter and two digits
   */
  public String code() {
    return code;
  }

  /**
   * Returns the agency's name as issued before the 2025 reforms, such as {@code "Ủy ban nhân dân tỉnh Thanh Hóa"}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns how well this row is established.
   *
   * @return the confidence
   */
  public Confidence confidence() {
    return confidence;
  }

  /**
   * Returns, for a provincial People's Committee, the legacy province it governs.
   *
   * @return the legacy province code, or empty for other agencies
   */
  public Optional<ProvinceCode> legacyProvince() {
    return Optional.ofNullable(legacyProvince);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TopLevelAgency
        && ((TopLevelAgency) o).code.equals(code)
        && ((TopLevelAgency) o).name.equals(name)
        && ((TopLevelAgency) o).confidence == confidence
        && Objects.equals(((TopLevelAgency) o).legacyProvince, legacyProvince);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, name, confidence, legacyProvince);
  }

  /** Returns the code, name and confidence, such as {@code H56 Ủy ban nhân dân tỉnh Thanh Hóa (CONFIRMED)}. */
  @Override
  public String toString() {
    return code + ' ' + name + " (" + confidence + ')';
  }
}
