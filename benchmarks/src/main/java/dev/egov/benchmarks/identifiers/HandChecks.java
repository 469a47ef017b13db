package dev.egov.benchmarks.identifiers;

/**
 * The physical limit (L0): the identifier rules written by hand the way an application would, for {@code String}
 * only, answering valid or not and nothing else. egov's checks must stay close to these.
 */
final class HandChecks {

  private static final int[] TAX_WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

  private HandChecks() {}

  /** A personal identification number: exactly 12 ASCII digits. */
  static boolean personalId(String s) {
    if (s == null || s.length() != 12) {
      return false;
    }
    for (int i = 0; i < 12; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * A tax code: 10 ASCII digits, {@code r = (Σ dᵢ·wᵢ) mod 11} over the first nine with weights 31, 29, 23, 19, 17,
   * 13, 7, 5, 3; {@code r = 0} is never issued, otherwise the tenth digit is {@code 10 − r}; digits 3 to 9 are not
   * all zero.
   */
  static boolean taxCode(String s) {
    if (s == null || s.length() != 10) {
      return false;
    }
    int sum = 0;
    int sequence = 0;
    for (int i = 0; i < 9; i++) {
      int d = s.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return false;
      }
      sum += d * TAX_WEIGHTS[i];
      if (i >= 2) {
        sequence += d;
      }
    }
    int check = s.charAt(9) - '0';
    if (check < 0 || check > 9) {
      return false;
    }
    int r = sum % 11;
    return r != 0 && check == 10 - r && sequence != 0;
  }
}
