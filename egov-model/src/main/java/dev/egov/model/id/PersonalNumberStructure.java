package dev.egov.model.id;

import dev.egov.model.PartialDate;
import dev.egov.model.Sex;
import dev.egov.model.catalog.Province;
import dev.egov.model.catalog.ProvinceCatalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code PPP G YY RRRRRR} structure shared by personal identification numbers and the 12-digit identity cards of
 * 2012–2016 (Thông tư 07/2016/TT-BCA, re-stated in Thông tư 59/2021/TT-BCA Art. 4): birth-registration province,
 * century and sex, two digits of the birth year, six random digits. There is no check digit.
 */
final class PersonalNumberStructure {

  private PersonalNumberStructure() {}

  static String prefix(String twelveDigits) {
    return twelveDigits.substring(0, 3);
  }

  /** Even century digits are male, odd are female (0/1 = 1900s, 2/3 = 2000s, … 8/9 = 2300s). */
  static Sex sex(String twelveDigits) {
    return ((twelveDigits.charAt(3) - '0') % 2 == 0) ? Sex.MALE : Sex.FEMALE;
  }

  /** {@code 1900 + 100 * (G / 2) + YY}. */
  static int birthYear(String twelveDigits) {
    int g = twelveDigits.charAt(3) - '0';
    return 1900 + 100 * (g / 2) + Digits.value(twelveDigits, 4, 6);
  }

  static Optional<Province> birthRegistrationProvince(String twelveDigits) {
    return ProvinceCatalog.builtIn().byPersonalIdPrefix(prefix(twelveDigits));
  }

  static List<IdentifierFinding> findings(
      String twelveDigits, PartialDate birthDate, Sex sex, LocalDate today) {
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(today, "today");
    List<IdentifierFinding> findings = new ArrayList<>(2);
    if (birthRegistrationProvince(twelveDigits).isEmpty()) {
      findings.add(IdentifierFinding.UNKNOWN_PREFIX);
    }
    int year = birthYear(twelveDigits);
    if (birthDate.year().isPresent() && birthDate.year().getAsInt() != year) {
      findings.add(IdentifierFinding.BIRTH_YEAR_MISMATCH);
    }
    if (sex != Sex.UNKNOWN && sex != sex(twelveDigits)) {
      findings.add(IdentifierFinding.SEX_MISMATCH);
    }
    if (year > today.getYear()) {
      findings.add(IdentifierFinding.BIRTH_YEAR_IN_FUTURE);
    }
    return List.copyOf(findings);
  }
}
