package dev.egov.benchmarks.identifiers;

import java.util.SplittableRandom;

/**
 * Deterministic inputs for the identifier benchmarks: 1,024 texts per kind, about two thirds valid, the rest spread
 * over every way the check can fail, in an order fixed by a seed (so branch prediction sees a realistic mix, and
 * every run sees the same one).
 */
final class IdentifierFixtures {

  static final int SIZE = 1024;
  private static final long SEED = 20261122L;
  private static final int[] TAX_WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

  private IdentifierFixtures() {}

  /** 12-digit personal IDs: 70% valid; wrong length, a letter, a non-ASCII digit, blank or empty otherwise. */
  static String[] personalIds() {
    SplittableRandom random = new SplittableRandom(SEED);
    String[] out = new String[SIZE];
    for (int i = 0; i < SIZE; i++) {
      String valid = digits(random, 12);
      int kind = random.nextInt(100);
      if (kind < 70) {
        out[i] = valid;
      } else if (kind < 78) {
        out[i] = valid.substring(0, 11);
      } else if (kind < 85) {
        out[i] = valid + random.nextInt(10);
      } else if (kind < 91) {
        out[i] = replaceAt(valid, random.nextInt(12), 'O');
      } else if (kind < 95) {
        out[i] = replaceAt(valid, random.nextInt(12), '\u0663'); // ARABIC-INDIC DIGIT THREE
      } else if (kind < 98) {
        out[i] = valid.substring(0, 6) + ' ' + valid.substring(6);
      } else {
        out[i] = "";
      }
    }
    return out;
  }

  /**
   * 10-digit tax codes: 60% valid; a wrong check digit, a never-issued prefix ({@code r = 0}), an all-zero sequence,
   * wrong length, letters, or separators otherwise.
   */
  static String[] taxCodes() {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    String[] out = new String[SIZE];
    for (int i = 0; i < SIZE; i++) {
      int kind = random.nextInt(100);
      if (kind < 60) {
        out[i] = validTaxCode(random);
      } else if (kind < 75) {
        String valid = validTaxCode(random);
        char wrong = (char) ('0' + (valid.charAt(9) - '0' + 1 + random.nextInt(9)) % 10);
        out[i] = valid.substring(0, 9) + wrong;
      } else if (kind < 80) {
        String prefix;
        do {
          prefix = digits(random, 9);
        } while (remainder(prefix) != 0);
        out[i] = prefix + random.nextInt(10);
      } else if (kind < 83) {
        String prefix = digits(random, 2) + "0000000";
        int r = remainder(prefix);
        out[i] = r == 0 ? "0100000003" : prefix + (10 - r) % 10;
      } else if (kind < 90) {
        String valid = validTaxCode(random);
        out[i] = random.nextBoolean() ? valid.substring(0, 9) : valid + "0";
      } else if (kind < 95) {
        out[i] = replaceAt(validTaxCode(random), random.nextInt(10), 'I');
      } else {
        String valid = validTaxCode(random);
        out[i] = valid.substring(0, 2) + '.' + valid.substring(2, 4) + '.' + valid.substring(4, 7) + '.'
            + valid.substring(7);
      }
    }
    return out;
  }

  private static String validTaxCode(SplittableRandom random) {
    while (true) {
      String prefix = digits(random, 9);
      int r = remainder(prefix);
      if (r != 0 && !prefix.substring(2).equals("0000000")) {
        return prefix + (10 - r) % 10;
      }
    }
  }

  private static int remainder(String nine) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (nine.charAt(i) - '0') * TAX_WEIGHTS[i];
    }
    return sum % 11;
  }

  private static String digits(SplittableRandom random, int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = (char) ('0' + random.nextInt(10));
    }
    return new String(c);
  }

  private static String replaceAt(String s, int i, char c) {
    return s.substring(0, i) + c + s.substring(i + 1);
  }
}
