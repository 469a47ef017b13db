package dev.egov.fakes.generators;

import dev.egov.fakes.internal.SplitMix64;
import dev.egov.model.PartialDate;
import dev.egov.model.Sex;
import dev.egov.model.address.Address;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.Province;
import dev.egov.model.code.BloodGroup;
import dev.egov.model.code.Ethnicity;
import dev.egov.model.code.MaritalStatus;
import dev.egov.model.code.Nationality;
import dev.egov.model.code.Relation;
import dev.egov.model.code.Religion;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.PhoneNumber;
import dev.egov.model.id.SocialInsuranceNumber;
import dev.egov.model.id.TaxIdentifier;
import dev.egov.model.person.Citizen;
import dev.egov.model.person.CitizenContact;
import dev.egov.model.person.CitizenFamily;
import dev.egov.model.person.CitizenOtherIdentifiers;
import dev.egov.model.person.CitizenParticulars;
import dev.egov.model.person.CitizenPlaces;
import dev.egov.model.person.HouseholdHead;
import dev.egov.model.person.PersonName;
import dev.egov.model.person.Relative;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** Assembles citizens and the people in other records (applicants, representatives, officers). */
final class People {

  /** The nationality code of Vietnamese citizens: ISO 3166 alpha-2, the likely format (docs/population-database.md). */
  static final Nationality VIETNAMESE = Nationality.of("VN");

  static final Relation HEAD = Relation.of("Chủ hộ");
  static final Relation WIFE = Relation.of("Vợ");
  static final Relation CHILD = Relation.of("Con");

  static final LocalDate REFORM_DAY = AdministrativeEra.REFORM_2025.effectiveFrom().orElseThrow();
  private static final LocalDate FIRST_ENCODABLE_BIRTH = LocalDate.of(1900, 1, 1);

  /** Age bands {from, to, weight of each year of age}, roughly Vietnam's population pyramid. */
  private static final int[][] AGE_BANDS = {
    {0, 4, 70}, {5, 9, 70}, {10, 14, 70}, {15, 19, 70}, {20, 24, 70}, {25, 29, 80}, {30, 34, 80}, {35, 39, 80},
    {40, 44, 70}, {45, 49, 70}, {50, 54, 60}, {55, 59, 60}, {60, 64, 50}, {65, 69, 40}, {70, 74, 30}, {75, 79, 20},
    {80, 84, 10}, {85, 89, 4}, {90, 99, 1}, {100, 120, 0}
  };

  private static final int DEFAULT_MAX_AGE = 95;
  private static final int ADULT_MIN_AGE = 18;
  private static final int ADULT_MAX_AGE = 80;

  /** Ages 0 to 120 weighted by {@link #AGE_BANDS}; ages over 99 weigh 1 in 10,000 of a child's year. */
  private static final Weighted<Integer> AGES = ages();
  private static final Weighted<Integer> ALL_AGES = AGES.filter(age -> age <= DEFAULT_MAX_AGE);
  private static final Weighted<Integer> ADULT_AGES = AGES.filter(age -> age >= ADULT_MIN_AGE && age <= ADULT_MAX_AGE);

  private static Weighted<Integer> ages() {
    Weighted.Builder<Integer> b = Weighted.builder();
    for (int[] band : AGE_BANDS) {
      for (int age = band[0]; age <= band[1]; age++) {
        b.add(age, band[2] == 0 ? 1 : band[2] * 100);
      }
    }
    return b.build();
  }

  /** Synthetic religion codes (the population database's list is not published) and rough shares per 10,000. */
  private static final Weighted<Religion> RELIGIONS = Weighted.<Religion>builder()
      .add(Religion.of("00"), 8630) // không (none)
      .add(Religion.of("01"), 480) // Phật giáo (Buddhism)
      .add(Religion.of("02"), 610) // Công giáo (Catholicism)
      .add(Religion.of("03"), 100) // Tin lành (Protestantism)
      .add(Religion.of("04"), 100) // Phật giáo Hòa Hảo
      .add(Religion.of("05"), 60) // Cao Đài
      .add(Religion.of("06"), 10) // Hồi giáo (Islam)
      .build();

  /** Blood groups of the recorded ones, roughly as in Vietnam (O most common). */
  private static final Weighted<BloodGroup> BLOOD_GROUPS = Weighted.<BloodGroup>builder()
      .add(BloodGroup.O, 42).add(BloodGroup.B, 31).add(BloodGroup.A, 21).add(BloodGroup.AB, 6).build();

  private static final String[] EMAIL_DOMAINS = {"example.com", "example.net", "example.org"};

  private People() {}

  /** A person with the few facts other records carry about them. */
  record Person(PersonName name, Sex sex, int birthYear, PersonalIdNumber personalId, Address residence) {}

  // ---------------------------------------------------------------------------------------------------- citizens

  static Citizen citizen(IdentifierGenerator ids, CitizenOptions options) {
    SplitMix64 r = ids.random();
    LocalDate asOf = options.asOf();
    AdministrativeEra nowEra = AdministrativeEra.asOf(asOf);
    Province residence = options.residenceProvince().orElse(null);
    if (residence != null && residence.code().era() != nowEra) {
      throw new IllegalArgumentException(
          "livingIn(" + residence.code() + ") names a province of " + residence.code().era() + ", but on "
              + asOf + " addresses use " + nowEra + "; pass a province of that catalogue");
    }
    Sex sex = options.sex().orElseGet(ids::sex);
    LocalDate born = birthDate(r, asOf, options.minAge(), options.maxAge());
    int year = born.getYear();
    int age = (int) ChronoUnit.YEARS.between(born, asOf);

    Places.EthnicProfile ethnic;
    Province birthLegacy;
    if (options.birthRegistrationProvince().isPresent()) {
      birthLegacy = options.birthRegistrationProvince().get();
      ethnic = Places.ethnicGroupBornIn(r, birthLegacy);
    } else if (residence != null) {
      birthLegacy = r.percent(75) ? Places.legacyPart(r, residence) : Places.legacyProvince(r);
      ethnic = Places.ethnicGroupBornIn(r, birthLegacy);
    } else {
      ethnic = Places.ethnicGroup(r);
      birthLegacy = Places.birthProvinceOf(r, ethnic);
    }
    if (residence == null) {
      residence = r.percent(75) ? Places.inEra(birthLegacy, nowEra) : Places.migrationDestination(r, nowEra);
    }

    AdministrativeEra birthEra = AdministrativeEra.asOf(born);
    Province registration = Places.inEra(birthLegacy, birthEra);
    PersonalIdNumber personalId = personalId(ids, sex, year, registration);

    String family = Names.family(r, ethnic.code());
    PersonName name = Names.name(r, family, sex, year);

    Relative father = null;
    Relative mother = null;
    int fatherYear = year - r.between(20, 42);
    int motherYear = year - r.between(18, 40);
    if (r.percent(85)) {
      father = relative(ids, Names.name(r, family, Sex.MALE, fatherYear), Sex.MALE, fatherYear, birthLegacy, asOf);
    }
    if (r.percent(92)) {
      PersonName motherName = Names.name(r, Names.family(r, ethnic.code()), Sex.FEMALE, motherYear);
      mother = relative(ids, motherName, Sex.FEMALE, motherYear, birthLegacy, asOf);
    }

    MaritalStatus marital = maritalStatus(r, sex, age);
    Relative spouse = null;
    if (marital == MaritalStatus.MARRIED && r.percent(92)) {
      Sex spouseSex = sex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
      int gap = r.percent(70) ? r.between(0, 8) : r.between(0, 3);
      int spouseYear = sex == Sex.MALE ? year + gap : year - gap;
      spouseYear = Math.max(FIRST_ENCODABLE_BIRTH.getYear(), Math.min(spouseYear, asOf.getYear() - 18));
      PersonName spouseName = Names.name(r, Names.family(r, ethnic.code()), spouseSex, spouseYear);
      spouse = relative(ids, spouseName, spouseSex, spouseYear, Places.legacyProvince(r), asOf);
    }

    Relative representative = null;
    if (age < 18 && r.percent(80)) {
      representative = father != null && father.personalId() != null ? father : mother;
    }

    HouseholdHead head;
    boolean livesWithParents = age < 18 || (marital == MaritalStatus.NEVER_MARRIED && age < 30 && r.percent(80));
    if (livesWithParents && father != null && r.percent(85)) {
      head = new HouseholdHead(CHILD, father.name(), father.personalId(), null);
    } else if (livesWithParents && mother != null) {
      head = new HouseholdHead(CHILD, mother.name(), mother.personalId(), null);
    } else if (spouse != null && sex == Sex.FEMALE && r.percent(75)) {
      head = new HouseholdHead(WIFE, spouse.name(), spouse.personalId(), null);
    } else {
      head = new HouseholdHead(HEAD, name, personalId, null);
    }

    Address permanent = Places.address(r, residence);
    Address current;
    int move = r.nextInt(100);
    if (move < 85) {
      current = permanent;
    } else if (move < 95 || options.residenceProvince().isPresent()) {
      current = Places.address(r, residence);
    } else {
      current = Places.address(r, Places.migrationDestination(r, nowEra));
    }
    Province homeTownProvince = r.percent(70) ? birthLegacy : Places.legacyProvince(r);

    // The draws below keep the order of the flat builder this replaced: the generated data must not change.
    Citizen.Builder b = Citizen.builder()
        .personalId(personalId)
        .name(name)
        .sex(sex)
        .birthDate(precision(r, born))
        .particulars(new CitizenParticulars(ethnicity(r, ethnic.code()), r.percent(95) ? RELIGIONS.pick(r) : null,
            VIETNAMESE, marital, bloodGroup(r)))
        .places(new CitizenPlaces(Places.address(r, registration),
            Places.address(r, Places.inEra(homeTownProvince, birthEra)), permanent, current));
    if (year <= 2002 && age >= 14 && r.percent(25)) {
      b.legacyIdCard(ids.legacyIdCardNumber(LegacyIdCardNumber.Form.NINE_DIGITS));
    }
    String householdBook = r.percent(15) ? r.digits(9) : null;
    b.family(new CitizenFamily(father, mother, spouse, representative, head, householdBook));
    String phone = null;
    String email = null;
    if (age >= 15) {
      if (r.percent(80)) {
        phone = ids.phoneNumber(PhoneNumber.Type.MOBILE).format();
      }
      if (age <= 70 && r.percent(35)) {
        email = email(r, name);
      }
    }
    b.contact(new CitizenContact(email, phone));
    TaxIdentifier tax = null;
    SocialInsuranceNumber insurance = null;
    if (age >= 18) {
      if (!asOf.isBefore(REFORM_DAY) && r.percent(40)) {
        tax = personalId;
      } else if (r.percent(25)) {
        tax = ids.taxCode();
      }
      if (age <= 65 && r.percent(55)) {
        insurance = ids.socialInsuranceNumber();
      }
    }
    b.otherIdentifiers(new CitizenOtherIdentifiers(tax, insurance));
    return b.build();
  }

  /**
   * Returns a personal ID for a birth registered in {@code registration} (a province of the era in force at the
   * birth): the prefix is the registration province's code, read with the legacy table (docs/identifiers.md, Personal identification number; the 2025
   * codes are a subset of the legacy ones).
   */
  static PersonalIdNumber personalId(IdentifierGenerator ids, Sex sex, int birthYear, Province registration) {
    return ids.personalIdNumber(sex, birthYear, Places.legacy(registration.code().code()));
  }

  /** Returns the era in force in the middle of a year: for a relative known only by birth year. */
  private static AdministrativeEra eraOfYear(int year) {
    return year <= REFORM_DAY.getYear() ? AdministrativeEra.LEGACY_2004 : AdministrativeEra.REFORM_2025;
  }

  private static Relative relative(
      IdentifierGenerator ids, PersonName name, Sex sex, int year, Province birthLegacy, LocalDate asOf) {
    SplitMix64 r = ids.random();
    PersonalIdNumber id = null;
    if (year >= FIRST_ENCODABLE_BIRTH.getYear() && asOf.getYear() - year <= 90 && r.percent(80)) {
      Province born = r.percent(60) ? birthLegacy : Places.legacyProvince(r);
      id = personalId(ids, sex, year, Places.inEra(born, eraOfYear(year)));
    }
    return new Relative(name, VIETNAMESE, id, null);
  }

  /** Returns a birth date giving an age from {@code minAge} to {@code maxAge} on {@code asOf}, weighted by age. */
  static LocalDate birthDate(SplitMix64 r, LocalDate asOf, int minAge, int maxAge) {
    // The oldest age whose birthdays all fall in 1900 or later, the first year a personal ID encodes.
    int oldest = Math.min(maxAge, asOf.getYear() - FIRST_ENCODABLE_BIRTH.getYear() - 1);
    Weighted<Integer> ages;
    if (minAge == 0 && oldest == DEFAULT_MAX_AGE) {
      ages = ALL_AGES;
    } else if (minAge == ADULT_MIN_AGE && oldest == ADULT_MAX_AGE) {
      ages = ADULT_AGES;
    } else {
      ages = oldest < minAge ? null : AGES.filter(age -> age >= minAge && age <= oldest);
    }
    if (ages == null) {
      throw new IllegalArgumentException(
          "Nobody aged " + minAge + " to " + maxAge + " on " + asOf + " was born in 1900 or later, the first year a"
              + " personal ID encodes");
    }
    int age = ages.pick(r);
    long latest = asOf.minusYears(age).toEpochDay();
    long earliest = asOf.minusYears(age + 1L).toEpochDay() + 1;
    return LocalDate.ofEpochDay(earliest + r.nextInt((int) (latest - earliest + 1)));
  }

  /** Mostly the full date, sometimes the year only, rarely year and month, as the population database holds them. */
  private static PartialDate precision(SplitMix64 r, LocalDate born) {
    int roll = r.nextInt(100);
    if (roll < 85) {
      return PartialDate.of(born);
    }
    return roll < 97
        ? PartialDate.ofYear(born.getYear())
        : PartialDate.ofYearMonth(born.getYear(), born.getMonthValue());
  }

  /** The group's code, written without its leading zero one time in five, as much data has it. */
  private static Ethnicity ethnicity(SplitMix64 r, String code) {
    return Ethnicity.of(code.charAt(0) == '0' && r.percent(20) ? code.substring(1) : code);
  }

  private static @Nullable BloodGroup bloodGroup(SplitMix64 r) {
    int roll = r.nextInt(100);
    return roll < 3 ? null : roll < 28 ? BloodGroup.NOT_RECORDED : BLOOD_GROUPS.pick(r);
  }

  /** Marital status by age: never married below the legal age (20 for men, 18 for women), rising with age. */
  private static MaritalStatus maritalStatus(SplitMix64 r, Sex sex, int age) {
    if (age < (sex == Sex.MALE ? 20 : 18)) {
      return MaritalStatus.NEVER_MARRIED;
    }
    int roll = r.nextInt(1000);
    if (roll < 10) {
      return MaritalStatus.NOT_RECORDED;
    }
    int never;
    int married;
    if (age < 25) {
      never = 800;
      married = 190;
    } else if (age < 30) {
      never = 450;
      married = 525;
    } else if (age < 40) {
      never = 150;
      married = 800;
    } else if (age < 60) {
      never = 50;
      married = 870;
    } else {
      never = 30;
      married = 700;
    }
    roll = r.nextInt(1000);
    return roll < never
        ? MaritalStatus.NEVER_MARRIED
        : roll < never + married ? MaritalStatus.MARRIED : MaritalStatus.DIVORCED_OR_WIDOWED;
  }

  /** An e-mail address at a reserved example domain (RFC 2606), from the name without diacritics. */
  static String email(SplitMix64 r, PersonName name) {
    String given = Names.asciiLowerCase(name.given());
    String family = Names.asciiLowerCase(name.family()).replace(" ", "");
    String local = r.percent(50) ? given + '.' + family : family + given;
    return local + r.between(1, 99) + '@' + EMAIL_DOMAINS[r.nextInt(EMAIL_DOMAINS.length)];
  }

  // ----------------------------------------------------------------------------------- people in other records

  /** Returns an adult (18 to 80) living in {@code residence}, as an applicant or representative is known. */
  static Person adult(IdentifierGenerator ids, LocalDate asOf, Province residence) {
    SplitMix64 r = ids.random();
    Sex sex = ids.sex();
    LocalDate born = birthDate(r, asOf, 18, 80);
    Province birthLegacy = r.percent(75) ? Places.legacyPart(r, residence) : Places.legacyProvince(r);
    Places.EthnicProfile ethnic = Places.ethnicGroupBornIn(r, birthLegacy);
    PersonalIdNumber id = personalId(ids, sex, born.getYear(), Places.inEra(birthLegacy, AdministrativeEra.asOf(born)));
    PersonName name = Names.name(r, sex, born.getYear(), ethnic.code());
    return new Person(name, sex, born.getYear(), id, Places.address(r, residence));
  }

  /** Returns the name of an adult of either sex born in a year drawn from {@code from} to {@code to}. */
  static PersonName adultName(SplitMix64 r, int from, int to) {
    return Names.name(r, r.nextInt(2) == 0 ? Sex.MALE : Sex.FEMALE, r.between(from, to), null);
  }
}
