package dev.egov.fakes.generators;

import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.Province;
import dev.egov.model.id.TaxCode;
import dev.egov.model.organisation.Organisation;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Generates organisations as the business registry and the tax authority identify them, from a seed: enterprises with
 * valid tax codes, their branches, and household businesses.
 *
 * <pre>{@code
 * OrganisationGenerator firms = OrganisationGenerator.withSeed(20261122L);
 * Organisation company = firms.enterprise();     // such as Công ty TNHH Thương mại và Dịch vụ Hưng Thịnh
 * Organisation branch = firms.branchOf(company); // Chi nhánh Công ty TNHH … tại Đà Nẵng, the tax code and -001
 * Organisation shop = firms.householdBusiness(); // Hộ kinh doanh …, by the owner's personal ID or a tax code
 * }</pre>
 *
 * <ul>
 *   <li><b>Enterprises</b> have a {@link TaxCode} from {@link IdentifierGenerator#taxCode()} and a name of a legal form
 *       (Công ty TNHH, Công ty TNHH Một thành viên, Công ty Cổ phần, Doanh nghiệp tư nhân, Hợp tác xã), a line of
 *       business and a trade name, often with the English name and an abbreviation built the same way ({@code Hung
 *       Thinh Trading and Services Company Limited}, {@code HUNG THINH CO., LTD}). The legal representative is an adult
 *       with a personal ID and a position that fits the form (Giám đốc, Tổng Giám đốc, Chủ tịch Hội đồng quản trị,
 *       Chủ doanh nghiệp).
 *   <li><b>Branches</b> have their parent's tax code with a unit number ({@link
 *       IdentifierGenerator#branchTaxCode(TaxCode)}) and a name of the form {@code Chi nhánh <parent> tại <province>}.
 *   <li><b>Household businesses</b> are identified, as since 1 July 2025, by the owner's personal ID, or, one in
 *       three, by the 10-digit tax code a business registered before then still carries; half of them are named
 *       after the owner ({@code Hộ kinh doanh Nguyễn Văn An}), and all are represented by the owner.
 *   <li>Every organisation states its {@link dev.egov.model.organisation.OrganisationKind kind}: enterprise,
 *       cooperative, dependent unit or household business.
 *   <li><b>Addresses</b> are head offices in the 2025 catalogue (or in the catalogue of the province passed), in a
 *       real commune of the built-in catalogue of administrative units; provinces are weighted by population with the
 *       big cities weighing more, where most firms register.
 * </ul>
 *
 * <p>Trade names are auspicious words that many real firms use; no generated name claims to be a real firm's. Every
 * organisation passes egov-validation with no violation. Determinism and thread safety are as for {@link
 * IdentifierGenerator}: not thread-safe, {@link #split()} for each thread.
 *
 * @since 0.1.0
 */
public final class OrganisationGenerator {

  /** The date the generated organisations are read as of: addresses use the catalogue in force on it. */
  private static final LocalDate AS_OF = CitizenOptions.DEFAULT_AS_OF;

  private final IdentifierGenerator ids;

  private OrganisationGenerator(IdentifierGenerator ids) {
    this.ids = ids;
  }

  /**
   * Returns a generator whose values are determined by {@code seed}.
   *
   * @param seed any value; the same seed gives the same organisations for the same calls
   * @return a new generator
   */
  public static OrganisationGenerator withSeed(long seed) {
    return new OrganisationGenerator(IdentifierGenerator.withSeed(seed));
  }

  /**
   * Returns a new generator with its own sequence, derived from this one's next values (so this one advances).
   *
   * @return a new, independent generator
   */
  public OrganisationGenerator split() {
    return new OrganisationGenerator(ids.split());
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
   * Returns an organisation of any kind: an enterprise four times in five, otherwise a branch or a household
   * business.
   *
   * @return the organisation
   */
  public Organisation organisation() {
    int roll = ids.random().nextInt(100);
    return roll < 80 ? enterprise() : roll < 92 ? branch() : householdBusiness();
  }

  /**
   * Returns an enterprise with its head office in a province of the 2025 catalogue.
   *
   * @return the enterprise, identified by a 10-digit tax code
   */
  public Organisation enterprise() {
    return Companies.enterprise(ids, Places.migrationDestination(ids.random(), AdministrativeEra.REFORM_2025), AS_OF);
  }

  /**
   * Returns an enterprise with its head office in {@code province}, in that province's catalogue era.
   *
   * @param province a province of either catalogue
   * @return the enterprise
   */
  public Organisation enterprise(Province province) {
    Objects.requireNonNull(province, "province");
    return Companies.enterprise(ids, province, asOf(province));
  }

  /**
   * Returns a branch of a new {@linkplain #enterprise() enterprise}.
   *
   * @return the branch, identified by a 13-digit branch tax code
   */
  public Organisation branch() {
    return branchOf(enterprise());
  }

  /**
   * Returns a branch of {@code parent}, in a province of the 2025 catalogue.
   *
   * @param parent an enterprise or cooperative identified by a 10-digit {@link TaxCode}
   * @return the branch, whose tax code is the parent's with a unit number
   * @throws IllegalArgumentException if the parent's identifier is not a 10-digit tax code, or the parent is a
   *     household business or a dependent unit itself
   */
  public Organisation branchOf(Organisation parent) {
    Objects.requireNonNull(parent, "parent");
    Province province = Places.migrationDestination(ids.random(), AdministrativeEra.REFORM_2025);
    return Companies.branch(ids, parent, province, AS_OF);
  }

  /**
   * Returns a household business in a province of the 2025 catalogue, identified by its owner's personal ID or, one in
   * three, by a 10-digit tax code of before 1 July 2025.
   *
   * @return the household business
   */
  public Organisation householdBusiness() {
    return Companies.householdBusiness(ids, Places.province(ids.random(), AdministrativeEra.REFORM_2025), AS_OF);
  }

  private static LocalDate asOf(Province province) {
    return province.code().era() == AdministrativeEra.LEGACY_2004 ? LocalDate.of(2025, 1, 1) : AS_OF;
  }

  /** Returns {@code OrganisationGenerator[seed=…]}. */
  @Override
  public String toString() {
    return "OrganisationGenerator[seed=" + ids.seed() + ']';
  }
}
