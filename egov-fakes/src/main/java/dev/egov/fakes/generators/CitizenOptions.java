package dev.egov.fakes.generators;

import dev.egov.model.Sex;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.Province;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a generated citizen must be: the date the record is read as of, and optionally the sex, an age range, the
 * province where the birth was registered and the province of residence. Immutable; each {@code with}-style method
 * returns a changed copy.
 *
 * <pre>{@code
 * CitizenOptions options = CitizenOptions.defaults()
 *     .asOf(LocalDate.of(2026, 3, 1))
 *     .sex(Sex.FEMALE)
 *     .ageBetween(18, 30)
 *     .livingIn(ProvinceCatalog.builtIn().find(ProvinceCode.reform2025("79")).orElseThrow());
 * Citizen citizen = CitizenGenerator.withSeed(7L).citizen(options);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CitizenOptions {

  /**
   * The date records are read as of unless {@link #asOf(LocalDate)} says otherwise: 1 January 2026, a fixed date so
   * that what a seed generates never depends on the clock. On that date addresses use the 2025 catalogue.
   */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 1, 1);

  /** The oldest age {@link #ageBetween(int, int)} accepts. */
  public static final int MAX_AGE = 120;

  private static final CitizenOptions DEFAULTS = new CitizenOptions(DEFAULT_AS_OF, null, 0, 95, null, null);

  private static final LocalDate FIRST_AS_OF = LocalDate.of(1920, 1, 1);
  private static final LocalDate LAST_AS_OF = LocalDate.of(2399, 12, 31);

  private final LocalDate asOf;
  private final @Nullable Sex sex;
  private final int minAge;
  private final int maxAge;
  private final @Nullable Province birthRegistrationProvince;
  private final @Nullable Province residenceProvince;

  private CitizenOptions(
      LocalDate asOf,
      @Nullable Sex sex,
      int minAge,
      int maxAge,
      @Nullable Province birthRegistrationProvince,
      @Nullable Province residenceProvince) {
    this.asOf = asOf;
    this.sex = sex;
    this.minAge = minAge;
    this.maxAge = maxAge;
    this.birthRegistrationProvince = birthRegistrationProvince;
    this.residenceProvince = residenceProvince;
  }

  /**
   * Returns the defaults: as of {@link #DEFAULT_AS_OF}, either sex, aged 0 to 95 (weighted roughly like the
   * population's ages), born and living anywhere (weighted by province population).
   *
   * @return the default options
   */
  public static CitizenOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns these options read as of another date: ages are counted to it, marital status follows the age on it, and
   * residences use the catalogue in force on it.
   *
   * @param date the date of the record, 1920 to 2399
   * @return a copy
   * @throws IllegalArgumentException if the date is out of range
   */
  public CitizenOptions asOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date.isBefore(FIRST_AS_OF) || date.isAfter(LAST_AS_OF)) {
      throw new IllegalArgumentException("asOf must be from " + FIRST_AS_OF + " to " + LAST_AS_OF + ", got " + date);
    }
    return new CitizenOptions(date, sex, minAge, maxAge, birthRegistrationProvince, residenceProvince);
  }

  /**
   * Returns these options for citizens of one sex.
   *
   * @param sex {@link Sex#MALE} or {@link Sex#FEMALE}
   * @return a copy
   * @throws IllegalArgumentException if {@code sex} is {@link Sex#UNKNOWN}, which no personal ID encodes
   */
  public CitizenOptions sex(Sex sex) {
    Objects.requireNonNull(sex, "sex");
    if (sex == Sex.UNKNOWN) {
      throw new IllegalArgumentException("A generated citizen is MALE or FEMALE: their personal ID encodes it");
    }
    return new CitizenOptions(asOf, sex, minAge, maxAge, birthRegistrationProvince, residenceProvince);
  }

  /**
   * Returns these options for citizens whose age on the {@linkplain #asOf() record date} is from {@code minAge} to
   * {@code maxAge}, inclusive. Within the range, ages are weighted roughly like the population's. Nobody is born
   * before 1900, the first year a personal ID encodes.
   *
   * @param minAge the youngest age, 0 or more
   * @param maxAge the oldest age, from {@code minAge} to {@value #MAX_AGE}
   * @return a copy
   * @throws IllegalArgumentException if the range is empty or out of bounds
   */
  public CitizenOptions ageBetween(int minAge, int maxAge) {
    if (minAge < 0 || maxAge < minAge || maxAge > MAX_AGE) {
      throw new IllegalArgumentException(
          "ages must satisfy 0 <= minAge <= maxAge <= " + MAX_AGE + ", got " + minAge + " to " + maxAge);
    }
    return new CitizenOptions(asOf, sex, minAge, maxAge, birthRegistrationProvince, residenceProvince);
  }

  /**
   * Returns these options for citizens whose birth was registered in a province: the prefix of their personal ID
   * names it. For a birth registered from 1 July 2025 the registration is in the 2025 unit the province became part of,
   * and the prefix is that unit's code, read with the legacy table like every prefix (docs/identifiers.md, Personal identification number).
   *
   * @param legacyProvince a province of {@link AdministrativeEra#LEGACY_2004}
   * @return a copy
   * @throws IllegalArgumentException if the province is not a legacy one
   */
  public CitizenOptions bornIn(Province legacyProvince) {
    Objects.requireNonNull(legacyProvince, "legacyProvince");
    if (legacyProvince.code().era() != AdministrativeEra.LEGACY_2004) {
      throw new IllegalArgumentException(
          "Births are registered in provinces of the legacy catalogue, which personal-ID prefixes name; got "
              + legacyProvince.code() + ". Pass one of its formedFrom() units");
    }
    return new CitizenOptions(asOf, sex, minAge, maxAge, legacyProvince, residenceProvince);
  }

  /**
   * Returns these options for citizens who live in a province: their permanent and current residences are there.
   * The province must belong to the catalogue in force on the record date (the 2025 catalogue for the default date).
   *
   * @param province a province of the era in force on {@link #asOf()}
   * @return a copy; the era is checked when a citizen is generated, since the date may still change
   */
  public CitizenOptions livingIn(Province province) {
    Objects.requireNonNull(province, "province");
    return new CitizenOptions(asOf, sex, minAge, maxAge, birthRegistrationProvince, province);
  }

  /**
   * Returns the date records are read as of.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the required sex.
   *
   * @return the sex, or empty for either
   */
  public Optional<Sex> sex() {
    return Optional.ofNullable(sex);
  }

  /**
   * Returns the youngest age.
   *
   * @return the age, 0 by default
   */
  public int minAge() {
    return minAge;
  }

  /**
   * Returns the oldest age.
   *
   * @return the age, 95 by default
   */
  public int maxAge() {
    return maxAge;
  }

  /**
   * Returns the required province of birth registration.
   *
   * @return a legacy province, or empty for any
   */
  public Optional<Province> birthRegistrationProvince() {
    return Optional.ofNullable(birthRegistrationProvince);
  }

  /**
   * Returns the required province of residence.
   *
   * @return the province, or empty for any
   */
  public Optional<Province> residenceProvince() {
    return Optional.ofNullable(residenceProvince);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof CitizenOptions)) {
      return false;
    }
    CitizenOptions other = (CitizenOptions) o;
    return asOf.equals(other.asOf) && sex == other.sex && minAge == other.minAge && maxAge == other.maxAge
        && Objects.equals(birthRegistrationProvince, other.birthRegistrationProvince)
        && Objects.equals(residenceProvince, other.residenceProvince);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, sex, minAge, maxAge, birthRegistrationProvince, residenceProvince);
  }

  /** Returns the options, such as {@code CitizenOptions[asOf=2026-01-01, ages 0-95]}. */
  @Override
  public String toString() {
    return "CitizenOptions[asOf=" + asOf + (sex == null ? "" : ", " + sex) + ", ages " + minAge + '-' + maxAge
        + (birthRegistrationProvince == null ? "" : ", bornIn=" + birthRegistrationProvince.code())
        + (residenceProvince == null ? "" : ", livingIn=" + residenceProvince.code()) + ']';
  }
}
