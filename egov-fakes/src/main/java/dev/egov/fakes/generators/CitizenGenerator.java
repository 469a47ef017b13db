package dev.egov.fakes.generators;

import dev.egov.model.Sex;
import dev.egov.model.address.Address;
import dev.egov.model.catalog.Province;
import dev.egov.model.person.Citizen;
import dev.egov.model.person.PersonName;
import java.util.Objects;

/**
 * Generates citizens as the national population database returns them, from a seed: consistent records with
 * realistic Vietnamese names, ages, places and families.
 *
 * <pre>{@code
 * CitizenGenerator people = CitizenGenerator.withSeed(20261122L);
 * Citizen anyone = people.citizen();
 * Citizen young = people.citizen(CitizenOptions.defaults().sex(Sex.FEMALE).ageBetween(18, 25));
 * PersonName name = people.name(Sex.MALE, 1990);      // such as Trần Đức Minh
 * }</pre>
 *
 * <h2>What a citizen looks like</h2>
 *
 * <ul>
 *   <li><b>Identity.</b> Sex and birth date agree with the personal ID ({@link
 *       IdentifierGenerator#personalIdNumber(Sex, int, Province)}); the birth date is usually complete, about one in
 *       eight has the year only and a few the year and month. Ages follow the population pyramid roughly. Some older
 *       citizens also have an old 9-digit identity card number.
 *   <li><b>Places.</b> The birth registration place is in the province the ID's prefix names, in the catalogue in force
 *       at the birth (the legacy one for births before 1 July 2025). The home town is in that catalogue too. Permanent
 *       and current residences use the catalogue in force on the record date ({@link CitizenOptions#asOf}); most
 *       people live in (the successor of) their province of birth, others moved, mostly to the big cities. Provinces
 *       are weighted by population.
 *   <li><b>Communes are real.</b> Communes (and, in the legacy era, their districts) with their codes and official
 *       names come from egov's built-in catalogue of administrative units, drawn uniformly within the province, so
 *       generated addresses validate against it as real ones do; the detail line (street, house number, hamlet) is
 *       made up.
 *   <li><b>Names.</b> Family names in their real proportions (Nguyễn about 38 %), middle names by sex and generation
 *       (Văn and Thị for the older ones), given names by sex; both tone-mark styles occur (Hòa and Hoà), and the
 *       ethnic groups with naming traditions of their own (Hmong, Thái, Tày, Khmer, …) mostly use them.
 *   <li><b>Codes.</b> Ethnic groups are the statistics office's codes (Kinh about 85 %, sometimes written without the
 *       leading zero, as much data has it). Religion, nationality and family-relation codes are not published, so
 *       these are synthetic: religion {@code 00} none, {@code 01} Buddhism, {@code 02} Catholicism, {@code 03}
 *       Protestantism, {@code 04} Hòa Hảo, {@code 05} Cao Đài, {@code 06} Islam; nationality {@code VN}; the
 *       relation to the head of household as text ({@code Chủ hộ}, {@code Vợ}, {@code Con}).
 *   <li><b>Family.</b> Marital status follows age (nobody below the legal age of marriage is married); a married
 *       citizen usually has a spouse of the other sex; parents are usually recorded, the father with the citizen's
 *       family name; minors have a parent as representative; the head of household is the citizen, their husband or a
 *       parent.
 *   <li><b>Contact.</b> Phone numbers from {@link IdentifierGenerator}; e-mail addresses at the reserved {@code
 *       example.com}, {@code example.net} and {@code example.org} domains.
 * </ul>
 *
 * <p>Every citizen passes egov-validation with no violation, with its default options (the built-in catalogue of
 * administrative units); egov's property tests check it, and the consistency above, for thousands of them.
 *
 * <h2>Determinism and thread safety</h2>
 *
 * As for {@link IdentifierGenerator}: the values depend only on the seed and the calls made, on every JVM and JDK;
 * the generator never reads the clock (ages are counted to {@link CitizenOptions#asOf}, a fixed date by default).
 * It is not thread-safe; give each thread a generator of its own with {@link #split()}.
 *
 * @since 0.1.0
 */
public final class CitizenGenerator {

  private final IdentifierGenerator ids;

  private CitizenGenerator(IdentifierGenerator ids) {
    this.ids = ids;
  }

  /**
   * Returns a generator whose values are determined by {@code seed}.
   *
   * @param seed any value; the same seed gives the same citizens for the same calls
   * @return a new generator
   */
  public static CitizenGenerator withSeed(long seed) {
    return new CitizenGenerator(IdentifierGenerator.withSeed(seed));
  }

  /**
   * Returns a new generator with its own sequence, derived from this one's next values (so this one advances).
   *
   * @return a new, independent generator
   */
  public CitizenGenerator split() {
    return new CitizenGenerator(ids.split());
  }

  /**
   * Returns the seed this generator was created with, or the one derived for it by {@link #split()}.
   *
   * @return the seed
   */
  public long seed() {
    return ids.seed();
  }

  /**
   * Returns a citizen with the {@linkplain CitizenOptions#defaults() default options}.
   *
   * @return a citizen as of {@link CitizenOptions#DEFAULT_AS_OF}
   */
  public Citizen citizen() {
    return citizen(CitizenOptions.defaults());
  }

  /**
   * Returns a citizen that is what {@code options} ask for.
   *
   * @param options the record date, and optionally sex, ages and provinces
   * @return the citizen
   * @throws IllegalArgumentException if the options cannot be met: a residence province of another catalogue than
   *     the one in force on the record date, or an age range that reaches no birth year from 1900
   */
  public Citizen citizen(CitizenOptions options) {
    Objects.requireNonNull(options, "options");
    return People.citizen(ids, options);
  }

  /**
   * Returns a name for a person of this sex born in this year: a family name by its share of the population (for the
   * Kinh majority), a middle name by sex and generation, a given name by sex.
   *
   * @param sex {@link Sex#MALE} or {@link Sex#FEMALE}
   * @param birthYear the year of birth, which makes middle names such as Văn and Thị more or less likely
   * @return the name, in NFC, its parts set separately (a compound family name such as Tôn Thất stays whole)
   * @throws IllegalArgumentException if {@code sex} is {@link Sex#UNKNOWN}
   */
  public PersonName name(Sex sex, int birthYear) {
    Objects.requireNonNull(sex, "sex");
    if (sex == Sex.UNKNOWN) {
      throw new IllegalArgumentException("Names are drawn for MALE or FEMALE");
    }
    return Names.name(ids.random(), sex, birthYear, null);
  }

  /**
   * Returns an address in a real commune of {@code province}, in the province's catalogue era (with its district for
   * a legacy province), with a made-up detail line such as {@code Số 12 Lê Lợi} or {@code Thôn 3}.
   *
   * @param province a province of either catalogue
   * @return the address; its commune is a real one of the province, in the built-in catalogue
   */
  public Address address(Province province) {
    Objects.requireNonNull(province, "province");
    return Places.address(ids.random(), province);
  }

  /** Returns {@code CitizenGenerator[seed=…]}. */
  @Override
  public String toString() {
    return "CitizenGenerator[seed=" + ids.seed() + ']';
  }
}
