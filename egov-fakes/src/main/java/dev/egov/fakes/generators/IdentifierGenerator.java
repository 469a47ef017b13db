package dev.egov.fakes.generators;

import static dev.egov.fakes.generators.ModelTables.pad;

import dev.egov.fakes.internal.SplitMix64;
import dev.egov.model.PartialDate;
import dev.egov.model.Sex;
import dev.egov.model.catalog.Province;
import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.BranchTaxCode;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.HealthInsuranceCardCode;
import dev.egov.model.id.Identifier;
import dev.egov.model.id.IdentifierCheck;
import dev.egov.model.id.IdentifierKind;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.PhoneNumber;
import dev.egov.model.id.ProcedureCode;
import dev.egov.model.id.SocialInsuranceNumber;
import dev.egov.model.id.TaxCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Generates Vietnamese identifiers for tests from a seed: valid ones with a realistic spread, unusual-but-valid ones
 * (forms only lenient parsing accepts, edge cases of the rules), and invalid ones that fail for a reason you name.
 *
 * <pre>{@code
 * IdentifierGenerator ids = IdentifierGenerator.withSeed(20261122L);
 * Province hanoi = ProvinceCatalog.builtIn().find(ProvinceCode.legacy("01")).orElseThrow();
 *
 * PersonalIdNumber citizen = ids.personalIdNumber(Sex.FEMALE, 1990, hanoi);
 * citizen.format().substring(0, 6);                       // "001190": Hà Nội, a woman of the 1900s, born '90
 * TaxCode company = ids.taxCode();                        // a check digit that matches
 *
 * String typo = ids.invalid(IdentifierKind.TAX_CODE, IdentifierCheck.INVALID_CHECKSUM);
 * TaxCode.check(typo);                                    // INVALID_CHECKSUM
 *
 * String shortForm = ids.nonStandardForm(IdentifierKind.AGENCY_CODE);   // such as "H56.14"
 * AgencyCode.check(shortForm);                            // NON_STANDARD_FORM
 * AgencyCode.parseLenient(shortForm).isLenient();         // true
 * }</pre>
 *
 * <h2>Property tests</h2>
 *
 * <p>The generators have no dependency on a test framework. With JUnit 5, feed a parameterized test from a method
 * source; a failure names the invocation index, and the seed and that index reproduce the value exactly:
 *
 * <pre>{@code
 * static Stream<TaxCode> taxCodes() {
 *   IdentifierGenerator ids = IdentifierGenerator.withSeed(20261122L);
 *   return Stream.generate(ids::taxCode).limit(100);
 * }
 *
 * @ParameterizedTest
 * @MethodSource("taxCodes")
 * void parse_anyValidTaxCode_readsItBack(TaxCode taxCode) {
 *   assertThat(TaxIdentifier.parse(taxCode.format())).isEqualTo(taxCode);
 * }
 * }</pre>
 *
 * <h2>Determinism</h2>
 *
 * <p>The values depend only on the seed and on the sequence of calls made on the generator: the same seed and the same
 * calls give the same values on every run, JVM, JDK version, operating system, locale and time zone. The generator
 * never reads the clock, {@link Math#random()} or the iteration order of a hash-based collection, and it uses its own
 * pseudo-random algorithm (SplitMix64) rather than the JDK's, whose derived methods may change between versions.
 * The values are also drawn from egov-model's catalogues (provinces, agencies, mobile prefixes), so a release that
 * changes those data, or the way a kind is generated, may change the values for a seed; egov's own tests pin the
 * sequences with golden hashes, and such a change is recorded in the changelog.
 *
 * <h2>Validity</h2>
 *
 * <p>Every value is built through egov-model's public API and checked by it: valid values come out of the model's
 * {@code parse}, and every text from {@link #invalid} and {@link #nonStandardForm} is confirmed with {@code check} and
 * {@code checkLenient} before it is returned, so that a construction the model no longer agrees with fails loudly
 * ({@link IllegalStateException}) instead of yielding a value that is not what was asked for. No method retries until
 * something fits: every value is built to be what was asked for.
 *
 * <h2>Thread safety</h2>
 *
 * <p>A generator is <b>not</b> thread-safe, and sharing one across threads would also make the values depend on
 * timing. Give each thread its own generator: {@link #split()} derives independent, reproducible generators from one
 * seed.
 *
 * @since 0.1.0
 */
public final class IdentifierGenerator {

  /**
   * Birth years by segment, weighted roughly like Vietnam's population by age: {from, to, weight}. Not census data;
   * enough that generated people are mostly adults of working age, with children and the elderly present.
   */
  private static final int[][] BIRTH_YEARS = {
    {1930, 1939, 2}, {1940, 1949, 4}, {1950, 1959, 7}, {1960, 1969, 10}, {1970, 1979, 13},
    {1980, 1989, 15}, {1990, 1999, 16}, {2000, 2009, 14}, {2010, 2019, 14}, {2020, 2024, 5}
  };

  /** The last birth year of a holder of a 12-digit identity card (issued 2012–2016 from the age of 14). */
  private static final int LAST_TWELVE_DIGIT_CARD_BIRTH_YEAR = 2002;

  /** Beneficiary groups printed on health-insurance cards (docs/identifiers.md, Social insurance and health insurance); the model accepts any two letters. */
  private static final String[] BENEFICIARY_GROUPS = {
    "DN", "HC", "HT", "TE", "HS", "SV", "HN", "CN", "GD", "TN", "CC", "CK", "QN", "CA", "CY"
  };

  /** Benefit levels 1 to 5 and their weights: level 4 (80 %) is the commonest, on employees' cards. */
  private static final int[] BENEFIT_LEVEL_WEIGHTS = {10, 15, 15, 50, 10};

  /**
   * Landline area codes since 2017 (the model checks only the {@code 02} and the length): Hà Nội, Hồ Chí Minh, and a
   * few provinces with three-digit codes.
   */
  private static final String[] AREA_CODES = {
    "24", "24", "24", "28", "28", "28", "203", "225", "234", "236", "237", "238", "251", "258", "263", "274", "292"
  };

  private static final LocalDate FIRST_DOSSIER_DAY = LocalDate.of(2019, 1, 1);
  private static final LocalDate LAST_DOSSIER_DAY = LocalDate.of(2026, 12, 31);

  private final long seed;
  private final SplitMix64 random;

  private IdentifierGenerator(long seed) {
    this.seed = seed;
    this.random = new SplitMix64(seed);
  }

  /**
   * Returns a generator whose values are determined by {@code seed}.
   *
   * @param seed any value; the same seed gives the same values for the same calls
   * @return a new generator
   */
  public static IdentifierGenerator withSeed(long seed) {
    return new IdentifierGenerator(seed);
  }

  /**
   * Returns a new generator with its own sequence, derived from this generator's next values (so this generator
   * advances). Splitting is deterministic: the generators split from one seed, in one order, are the same on every
   * run. Use it to give each thread, or each part of a test, a generator of its own.
   *
   * @return a new, independent generator
   */
  public IdentifierGenerator split() {
    return new IdentifierGenerator(random.splitSeed());
  }

  /**
   * Returns the random source of this generator, for the record generators of this package, which draw from the same
   * sequence as the identifiers they contain (a citizen's name and their personal identification number come from one
   * seed).
   */
  SplitMix64 random() {
    return random;
  }

  /**
   * Returns the seed this generator was created with; {@code withSeed(seed())} starts the same sequence again. For a
   * generator from {@link #split()}, the seed derived for it.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  // ------------------------------------------------------------------------------------------ people and places

  /**
   * Returns {@link Sex#MALE} or {@link Sex#FEMALE}, with equal probability; never {@link Sex#UNKNOWN}, which no
   * identifier encodes.
   *
   * @return the sex
   */
  public Sex sex() {
    return random.nextInt(2) == 0 ? Sex.MALE : Sex.FEMALE;
  }

  /**
   * Returns a birth year from 1930 to 2024, weighted roughly like the population's ages (most people born 1960 to
   * 2019). The range is fixed, not relative to today, so that the values never depend on the clock.
   *
   * @return the year
   */
  public int birthYear() {
    return birthYearUpTo(Integer.MAX_VALUE);
  }

  private int birthYearUpTo(int last) {
    int total = 0;
    for (int[] segment : BIRTH_YEARS) {
      total += segment[0] <= last ? segment[2] : 0;
    }
    int roll = random.nextInt(total);
    for (int[] segment : BIRTH_YEARS) {
      if (segment[0] > last) {
        continue;
      }
      if (roll < segment[2]) {
        return random.between(segment[0], Math.min(segment[1], last));
      }
      roll -= segment[2];
    }
    throw new IllegalStateException("unreachable");
  }

  /**
   * Returns a birth date as the population database records it: most often the full date, otherwise the year only
   * (about one in eight) or, rarely, the year and month. The year is drawn as by {@link #birthYear()}.
   *
   * @return a known partial date
   */
  public PartialDate birthDate() {
    int year = birthYear();
    int roll = random.nextInt(100);
    PartialDate.Precision precision =
        roll < 85 ? PartialDate.Precision.DAY : roll < 97 ? PartialDate.Precision.YEAR : PartialDate.Precision.MONTH;
    return birthDate(year, precision);
  }

  /**
   * Returns a date in {@code year} known to {@code precision}: a random month, and a random day of that month.
   *
   * @param year 1 to 9999
   * @param precision how much of the date is known; {@link PartialDate.Precision#UNKNOWN} gives {@link
   *     PartialDate#unknown()}, whatever the year
   * @return the date
   * @throws IllegalArgumentException if {@code year} is outside 1 to 9999
   */
  public PartialDate birthDate(int year, PartialDate.Precision precision) {
    Objects.requireNonNull(precision, "precision");
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year must be 1 to 9999, got " + year);
    }
    switch (precision) {
      case UNKNOWN:
        return PartialDate.unknown();
      case YEAR:
        return PartialDate.ofYear(year);
      case MONTH:
        return PartialDate.ofYearMonth(year, random.between(1, 12));
      default: {
        int month = random.between(1, 12);
        return PartialDate.of(year, month, random.between(1, YearMonth.of(year, month).lengthOfMonth()));
      }
    }
  }

  /**
   * Returns a province of the legacy (2004) catalogue, each with equal probability: the table that personal
   * identification numbers encode the birth-registration province with.
   *
   * @return one of the 63 legacy provinces
   */
  public Province legacyProvince() {
    return ModelTables.LEGACY_PROVINCES.get(random.nextInt(ModelTables.LEGACY_PROVINCES.size()));
  }

  // ------------------------------------------------------------------------------------------- personal numbers

  /**
   * Returns a personal identification number of a random person: a domestic prefix ({@link #legacyProvince()}), a
   * {@linkplain #sex() sex}, a {@linkplain #birthYear() birth year}, and six random digits.
   *
   * @return the number; {@link PersonalIdNumber#findings()} is empty
   */
  public PersonalIdNumber personalIdNumber() {
    return personalIdNumber(sex(), birthYear(), legacyProvince());
  }

  /**
   * Returns a personal identification number of a person of this sex born in this year, registered in a random
   * province.
   *
   * @param sex {@link Sex#MALE} or {@link Sex#FEMALE}
   * @param birthYear 1900 to 2399, the years the number can encode
   * @return the number, which decodes to {@code sex} and {@code birthYear}
   * @throws IllegalArgumentException if {@code sex} is {@link Sex#UNKNOWN} or the year cannot be encoded
   */
  public PersonalIdNumber personalIdNumber(Sex sex, int birthYear) {
    Objects.requireNonNull(sex, "sex");
    ModelTables.centuryAndYear(sex, birthYear); // validates before drawing, so a bad call consumes nothing
    return personalIdNumber(sex, birthYear, legacyProvince());
  }

  /**
   * Returns a personal identification number of a person of this sex, born in this year, whose birth was registered
   * in this province. Numbers issued after the 2025 reform still use the legacy table, so the province is a legacy one:
   * to generate a number for a province of the 2025 catalogue, pass one of its {@link Province#formedFrom()} units.
   *
   * @param sex {@link Sex#MALE} or {@link Sex#FEMALE}
   * @param birthYear 1900 to 2399, the years the number can encode
   * @param birthRegistrationProvince a province of {@link dev.egov.model.catalog.AdministrativeEra#LEGACY_2004}
   * @return the number, which decodes to all three
   * @throws IllegalArgumentException if {@code sex} is {@link Sex#UNKNOWN}, the year cannot be encoded, or the
   *     province is not a legacy one
   */
  public PersonalIdNumber personalIdNumber(Sex sex, int birthYear, Province birthRegistrationProvince) {
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(birthRegistrationProvince, "birthRegistrationProvince");
    String prefix = ModelTables.domesticPrefix(birthRegistrationProvince);
    String centuryAndYear = ModelTables.centuryAndYear(sex, birthYear);
    return PersonalIdNumber.parse(prefix + centuryAndYear + random.digits(6));
  }

  /**
   * Returns a valid personal identification number whose prefix is outside the domestic table, as for a birth
   * registered abroad (whose country-code table is not published). Sex and birth year are random as for {@link
   * #personalIdNumber()}.
   *
   * @return a number whose {@link PersonalIdNumber#findings()} is {@link
   *     dev.egov.model.id.IdentifierFinding#UNKNOWN_PREFIX}
   */
  public PersonalIdNumber personalIdNumberWithUnknownPrefix() {
    String prefix = ModelTables.UNKNOWN_PREFIXES.get(random.nextInt(ModelTables.UNKNOWN_PREFIXES.size()));
    return PersonalIdNumber.parse(prefix + ModelTables.centuryAndYear(sex(), birthYear()) + random.digits(6));
  }

  /**
   * Returns the number of an old identity card: 9 digits (three times in five) or 12.
   *
   * @return the number
   */
  public LegacyIdCardNumber legacyIdCardNumber() {
    return legacyIdCardNumber(
        random.percent(60) ? LegacyIdCardNumber.Form.NINE_DIGITS : LegacyIdCardNumber.Form.TWELVE_DIGITS);
  }

  /**
   * Returns the number of an old identity card of the given form. A 9-digit number starts with two random digits
   * (the issuing authority's code list is not published); a 12-digit one has the personal identification number's
   * structure, for a holder born by 2002 (the cards were issued from 2012 to 2016, from the age of 14).
   *
   * @param form the form
   * @return the number
   */
  public LegacyIdCardNumber legacyIdCardNumber(LegacyIdCardNumber.Form form) {
    Objects.requireNonNull(form, "form");
    if (form == LegacyIdCardNumber.Form.NINE_DIGITS) {
      return LegacyIdCardNumber.parse(pad(random.between(1, 99), 2) + random.digits(7));
    }
    Sex sex = sex();
    int year = birthYearUpTo(LAST_TWELVE_DIGIT_CARD_BIRTH_YEAR);
    return LegacyIdCardNumber.parse(
        ModelTables.domesticPrefix(legacyProvince()) + ModelTables.centuryAndYear(sex, year) + random.digits(6));
  }

  // ------------------------------------------------------------------------------------------------- tax codes

  /**
   * Returns a valid 10-digit tax code: an allocation block (often {@code 01} Hà Nội or {@code 03} Hồ Chí Minh,
   * sometimes {@code 8x} as on employees' personal codes), a sequence, and the check digit from {@link
   * TaxCode#checkDigitFor}. About one code in ten has the check digit {@code 0}.
   *
   * @return the tax code
   */
  public TaxCode taxCode() {
    String eight = allocationBlock() + random.digits(6);
    // Of the ten possible last digits, at most one leaves no check digit and at most one makes the sequence all
    // zeros; one of the others is taken, each with equal probability, so that check digits stay evenly spread.
    String[] candidates = new String[10];
    int count = 0;
    for (int last = 0; last <= 9; last++) {
      String nine = eight + last;
      OptionalInt checkDigit = TaxCode.checkDigitFor(nine);
      if (checkDigit.isPresent() && TaxCode.check(nine + checkDigit.getAsInt()) == IdentifierCheck.VALID) {
        candidates[count++] = nine + checkDigit.getAsInt();
      }
    }
    if (count == 0) {
      throw new IllegalStateException("No valid tax code starts with " + eight);
    }
    return TaxCode.parse(candidates[random.nextInt(count)]);
  }

  private String allocationBlock() {
    int roll = random.nextInt(100);
    if (roll < 30) {
      return "01";
    }
    if (roll < 60) {
      return "03";
    }
    if (roll < 70) {
      return "8" + random.nextInt(5);
    }
    return pad(random.between(1, 99), 2);
  }

  /**
   * Returns a valid tax code whose check digit is {@code 0}: the case where the remainder is 10, which
   * implementations of {@code (11 - r) mod 11} get wrong.
   *
   * @return a tax code ending in {@code 0}
   */
  public TaxCode taxCodeWithCheckDigitZero() {
    String seven = allocationBlock() + random.digits(5);
    // The hundred choices of the last two digits reach every remainder, so about nine of them end in 0.
    String[] candidates = new String[100];
    int count = 0;
    for (int last = 0; last < 100; last++) {
      String text = seven + pad(last, 2) + '0';
      OptionalInt checkDigit = TaxCode.checkDigitFor(text.substring(0, 9));
      if (checkDigit.isPresent() && checkDigit.getAsInt() == 0 && TaxCode.check(text) == IdentifierCheck.VALID) {
        candidates[count++] = text;
      }
    }
    if (count == 0) {
      throw new IllegalStateException("No valid tax code ending in 0 starts with " + seven);
    }
    return TaxCode.parse(candidates[random.nextInt(count)]);
  }

  /**
   * Returns the tax code of a dependent unit of a random {@linkplain #taxCode() tax code}.
   *
   * @return the branch code, numbered 1 to 20 four times in five, otherwise up to 999
   */
  public BranchTaxCode branchTaxCode() {
    return branchTaxCode(taxCode());
  }

  /**
   * Returns the tax code of a dependent unit of {@code parent}.
   *
   * @param parent the parent's tax code
   * @return the branch code, numbered 1 to 20 four times in five, otherwise up to 999
   */
  public BranchTaxCode branchTaxCode(TaxCode parent) {
    Objects.requireNonNull(parent, "parent");
    return parent.branch(random.percent(80) ? random.between(1, 20) : random.between(1, 999));
  }

  // --------------------------------------------------------------------------------------------------- insurance

  /**
   * Returns a social-insurance number: a legacy province code, as observed numbers start, and eight random digits.
   *
   * @return the number
   */
  public SocialInsuranceNumber socialInsuranceNumber() {
    return SocialInsuranceNumber.parse(legacyProvince().code().code() + random.digits(8));
  }

  /**
   * Returns a health-insurance card code: a common beneficiary group, a benefit level (most often 4), a legacy
   * province code, and a social-insurance number that usually starts with the same province code.
   *
   * @return the card code
   */
  public HealthInsuranceCardCode healthInsuranceCardCode() {
    String group = BENEFICIARY_GROUPS[random.nextInt(BENEFICIARY_GROUPS.length)];
    int roll = random.nextInt(100);
    int level = 1;
    for (int weight : BENEFIT_LEVEL_WEIGHTS) {
      if (roll < weight) {
        break;
      }
      roll -= weight;
      level++;
    }
    String province = legacyProvince().code().code();
    String socialInsurance =
        random.percent(80) ? province + random.digits(8) : socialInsuranceNumber().format();
    return HealthInsuranceCardCode.parse(group + level + province + socialInsurance);
  }

  // ------------------------------------------------------------------------------------ agencies and procedures

  /**
   * Returns an agency code in standard form: a level-1 unit of the built-in {@link
   * dev.egov.model.catalog.AgencyCatalog}, and one to four levels (a level-1 unit itself two times in five).
   *
   * @return the agency code
   */
  public AgencyCode agencyCode() {
    int roll = random.nextInt(100);
    return agencyCode(roll < 40 ? 1 : roll < 75 ? 2 : roll < 95 ? 3 : 4);
  }

  /** Returns a standard-form agency code with exactly {@code depth} levels. */
  AgencyCode agencyCode(int depth) {
    String level1 = ModelTables.AGENCY_LEVEL1_CODES.get(random.nextInt(ModelTables.AGENCY_LEVEL1_CODES.size()));
    String level2 = depth >= 2 ? pad(random.between(1, 40), 2) : "00";
    String level3 = depth >= 3 ? pad(random.between(1, 30), 2) : "00";
    String level4 = depth >= 4 ? pad(random.between(1, 50), 3) : "000";
    return AgencyCode.parse(level4 + '.' + level3 + '.' + level2 + '.' + level1);
  }

  /**
   * Returns a procedure code in standard form: a national code ({@code 1.}, {@code 2.} or rarely {@code 3.} and six
   * digits), with an {@linkplain #agencyCode() agency code} appended two times in five.
   *
   * @return the procedure code
   */
  public ProcedureCode procedureCode() {
    int roll = random.nextInt(100);
    char first = roll < 60 ? '1' : roll < 95 ? '2' : '3';
    String national = first + "." + pad(random.between(1, 12_999), 6);
    return ProcedureCode.parse(random.percent(60) ? national : national + '.' + agencyCode().fullForm());
  }

  /**
   * Returns a dossier code in standard form: an {@linkplain #agencyCode() agency code}, a day of receipt from 2019 to
   * 2026, and a sequence (at most 200 four times in five, otherwise up to 9,999).
   *
   * @return the dossier code
   */
  public DossierCode dossierCode() {
    AgencyCode agency = agencyCode();
    LocalDate day = LocalDate.ofEpochDay(
        FIRST_DOSSIER_DAY.toEpochDay() + random.nextInt((int) (LAST_DOSSIER_DAY.toEpochDay() - FIRST_DOSSIER_DAY.toEpochDay() + 1)));
    int sequence = random.percent(80) ? random.between(1, 200) : random.between(1, DossierCode.MAX_STANDARD_SEQUENCE);
    return DossierCode.of(agency, day, sequence);
  }

  // ------------------------------------------------------------------------------------------------------ phones

  /**
   * Returns a phone number: a mobile number (about six in seven) or a landline.
   *
   * @return the number, in national form
   */
  public PhoneNumber phoneNumber() {
    return phoneNumber(random.percent(85) ? PhoneNumber.Type.MOBILE : PhoneNumber.Type.LANDLINE);
  }

  /**
   * Returns a phone number of the given type: a mobile number with a prefix the model lists as allocated, or a
   * landline with the area code of Hà Nội, Hồ Chí Minh or one of a few provinces.
   *
   * @param type mobile or landline
   * @return the number, in national form, valid at {@link dev.egov.model.id.Strictness#SEMANTIC}
   */
  public PhoneNumber phoneNumber(PhoneNumber.Type type) {
    Objects.requireNonNull(type, "type");
    if (type == PhoneNumber.Type.MOBILE) {
      String prefix = ModelTables.ALLOCATED_MOBILE_PREFIXES.get(random.nextInt(ModelTables.ALLOCATED_MOBILE_PREFIXES.size()));
      return PhoneNumber.parse(prefix + random.digits(7));
    }
    String area = AREA_CODES[random.nextInt(AREA_CODES.length)];
    String subscriber = random.between(2, 9) + random.digits(11 - 2 - area.length());
    return PhoneNumber.parse("0" + area + subscriber);
  }

  // ------------------------------------------------------------------------------------------------ by kind

  /**
   * Returns a valid identifier of {@code kind}, in standard form, as the kind's own method on this class returns it
   * ({@link #taxCode()} for {@link IdentifierKind#TAX_CODE}, and so on).
   *
   * @param kind the kind
   * @return an identifier whose {@link Identifier#kind()} is {@code kind} and whose {@link Identifier#format()}
   *     passes {@code kind.check}
   */
  public Identifier valid(IdentifierKind kind) {
    Objects.requireNonNull(kind, "kind");
    // No default: a kind added to egov-model does not compile here until it has its generator.
    return switch (kind) {
      case PERSONAL_ID -> personalIdNumber();
      case LEGACY_ID_CARD -> legacyIdCardNumber();
      case TAX_CODE -> taxCode();
      case BRANCH_TAX_CODE -> branchTaxCode();
      case SOCIAL_INSURANCE_NUMBER -> socialInsuranceNumber();
      case HEALTH_INSURANCE_CARD -> healthInsuranceCardCode();
      case AGENCY_CODE -> agencyCode();
      case PROCEDURE_CODE -> procedureCode();
      case DOSSIER_CODE -> dossierCode();
      case PHONE_NUMBER -> phoneNumber();
    };
  }

  /**
   * Returns the kinds that have forms beyond the normative one ({@link IdentifierKind#hasNonStandardForms()}), for
   * which {@link #nonStandardForm} works: tax codes, branch tax codes, health-insurance cards, agency, procedure and
   * dossier codes, and phone numbers.
   *
   * @return the kinds, unmodifiable, in {@link IdentifierKind} order
   */
  public static Set<IdentifierKind> nonStandardKinds() {
    return NonStandardForms.kinds();
  }

  /**
   * Returns the text of a valid identifier of {@code kind} in a form seen in real data but not the normative one:
   * {@code kind.check(text)} is {@link IdentifierCheck#NON_STANDARD_FORM}, {@code kind.checkLenient(text)} is {@link
   * IdentifierCheck#VALID}, and the value from {@code kind.parseLenient(text)} reports {@code isLenient()}.
   *
   * <ul>
   *   <li>tax code: with separators, {@code 01.00.112.437}, {@code 0100 109 106};
   *   <li>branch tax code: 13 digits without the hyphen, {@code 0312 68 78 78 - 001};
   *   <li>health-insurance card: lower case, or groups apart, {@code DN 4 79 7912345678};
   *   <li>agency code: the short top-down form, {@code H56.14};
   *   <li>procedure code: the short local form, {@code 2.002621.H56}, now and then with more agency levels, {@code
   *       2.002621.H56.14};
   *   <li>dossier code: a five-digit sequence, {@code 000.00.06.H56-231027-03611}, or the agency code in the short
   *       form, {@code H56.14-260217-0001};
   *   <li>phone number: grouped, {@code 84…}, {@code 0084…}, parentheses, {@code +84 912 345 678}.
   * </ul>
   *
   * @param kind one of {@link #nonStandardKinds()}
   * @return the text
   * @throws IllegalArgumentException if {@code kind} has no non-standard form (personal identification numbers, old
   *     identity cards and social-insurance numbers are digits only)
   * @throws IllegalStateException if egov-model no longer accepts the form (a bug to report)
   */
  public String nonStandardForm(IdentifierKind kind) {
    Objects.requireNonNull(kind, "kind");
    if (!NonStandardForms.kinds().contains(kind)) {
      throw new IllegalArgumentException(
          "A " + kind.englishName() + " (" + kind + ") has no non-standard form; kinds that have one: "
              + NonStandardForms.kinds());
    }
    String text = NonStandardForms.text(this, random, kind);
    IdentifierCheck strict = kind.check(text);
    IdentifierCheck lenient = kind.checkLenient(text);
    if (strict != IdentifierCheck.NON_STANDARD_FORM || lenient != IdentifierCheck.VALID) {
      throw new IllegalStateException(
          "Bug in egov-fakes or a changed rule in egov-model: a non-standard " + kind.englishName() + " checks as "
              + strict + " (strict) and " + lenient + " (lenient); generator seed " + seed);
    }
    return text;
  }

  /**
   * Returns the reasons {@link #invalid} can produce for {@code kind}: every {@link IdentifierCheck} that {@code
   * kind.check} can return for it, except {@link IdentifierCheck#VALID} and {@link IdentifierCheck#NON_STANDARD_FORM}
   * (see {@link #nonStandardForm}), which is {@link IdentifierKind#invalidReasons()}. For example, a personal identification number has no check digit, so {@link
   * IdentifierCheck#INVALID_CHECKSUM} is not among its reasons; every kind has {@link IdentifierCheck#EMPTY}.
   *
   * @param kind the kind
   * @return the reasons, unmodifiable, in {@link IdentifierCheck} order
   */
  public static Set<IdentifierCheck> invalidReasons(IdentifierKind kind) {
    Objects.requireNonNull(kind, "kind");
    return InvalidForms.reasons(kind);
  }

  /**
   * Returns a text that is not a valid identifier of {@code kind}, for exactly the stated reason: {@code
   * kind.check(text)} and {@code kind.checkLenient(text)} both return {@code reason}, and {@code kind.parse(text)}
   * throws an {@link dev.egov.model.id.InvalidIdentifierException} carrying it. The text is a realistic mistake
   * where there is one: a digit too many or too few, a non-ASCII digit ({@code ٣}, {@code ３}), an {@code O} for a
   * {@code 0}, a wrong or transposed digit of a tax code, 30 February in a dossier code, benefit level 7 on a
   * health-insurance card, an unallocated mobile prefix.
   *
   * <p>For the same seed and calls the text is always the same, but which mistake is made for a reason varies from
   * call to call.
   *
   * @param kind the kind of identifier the text should fail to be
   * @param reason one of {@link #invalidReasons(IdentifierKind) invalidReasons(kind)}
   * @return the text, which may contain any character (including control characters when {@code reason} is {@link
   *     IdentifierCheck#INVALID_CHARACTERS})
   * @throws IllegalArgumentException if {@code kind} cannot fail for {@code reason}; the message names both
   * @throws IllegalStateException if egov-model no longer reports {@code reason} for the text (a bug to report)
   */
  public String invalid(IdentifierKind kind, IdentifierCheck reason) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    if (!InvalidForms.reasons(kind).contains(reason)) {
      String hint = reason == IdentifierCheck.VALID
          ? "; for a valid one call valid(" + kind + ")"
          : reason == IdentifierCheck.NON_STANDARD_FORM ? "; for a non-standard form call nonStandardForm(" + kind + ")" : "";
      throw new IllegalArgumentException(
          "A " + kind.englishName() + " (" + kind + ") is never invalid for " + reason + "; its reasons are "
              + InvalidForms.reasons(kind) + hint);
    }
    String text = InvalidForms.text(this, random, kind, reason);
    IdentifierCheck strict = kind.check(text);
    IdentifierCheck lenient = kind.checkLenient(text);
    if (strict != reason || lenient != reason) {
      throw new IllegalStateException(
          "Bug in egov-fakes or a changed rule in egov-model: an invalid " + kind.englishName() + " built for "
              + reason + " checks as " + strict + " (strict) and " + lenient + " (lenient); generator seed " + seed);
    }
    return text;
  }

  /** Returns {@code IdentifierGenerator[seed=…]}. */
  @Override
  public String toString() {
    return "IdentifierGenerator[seed=" + seed + ']';
  }
}
