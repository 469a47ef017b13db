package dev.egov.fakes.generators;

import static dev.egov.fakes.generators.ModelTables.pad;

import dev.egov.fakes.internal.SplitMix64;
import dev.egov.model.id.IdentifierCheck;
import dev.egov.model.id.IdentifierKind;
import dev.egov.model.id.PhoneNumber;
import dev.egov.model.id.TaxCode;
import java.time.Year;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Texts that fail {@code kind.check} for one stated reason. Each is built so that it reaches that reason and no
 * other: starting from a valid value, one mutation that breaks exactly the rule in question and keeps every rule the
 * model checks earlier. There are no retry loops; the few searches (for a tax-code prefix with a given remainder) scan
 * a fixed, small range that provably contains an answer. {@link IdentifierGenerator#invalid} then confirms the result
 * with the model and fails loudly if a future model change broke a construction.
 */
final class InvalidForms {

  /**
   * Characters no identifier ever contains: non-ASCII digits (Arabic-Indic, extended Arabic-Indic, Devanagari,
   * fullwidth, Thai), white space other than the space, a zero-width space, punctuation, and Vietnamese letters.
   * Non-ASCII digits come first and are picked more often: they are the classic trap of {@code Character.isDigit}.
   */
  private static final char[] NON_ASCII_DIGITS = {
    '\u0663', '\u06F5', '\u0967', '\uFF10', '\uFF11', '\uFF13', '\uFF19', '\u0E51'
  };

  private static final char[] OTHER_BAD_CHARACTERS = {
    '\u00A0', '\t', '\n', '\u200B', '_', '/', ',', '#', '*', '\u0111', '\u0110', '\u1EA1'
  };

  /** ASCII letters that digit-only identifiers never contain (the O-for-zero and l-for-one typos). */
  private static final char[] LETTERS_FOR_DIGITS = {'O', 'o', 'l', 'I', 'x', 'S'};

  /** Lower-case letters, which agency, procedure and dossier codes never contain. */
  private static final char[] LOWER_CASE = {'h', 'g', 'a', 'z'};

  private static final char[] CAPITALS = {'A', 'G', 'H', 'O', 'X', 'Z'};

  private InvalidForms() {}

  /** The reasons the kind's check reports for invalid texts, as egov-model states them. */
  static Set<IdentifierCheck> reasons(IdentifierKind kind) {
    return kind.invalidReasons();
  }

  /** Builds the text; the caller has checked that {@code reason} is in {@link #reasons(IdentifierKind)}. */
  static String text(IdentifierGenerator ids, SplitMix64 random, IdentifierKind kind, IdentifierCheck reason) {
    switch (reason) {
      case EMPTY:
        return "";
      case INVALID_CHARACTERS:
        return invalidCharacters(ids, random, kind);
      case WRONG_LENGTH:
        return wrongLength(ids, random, kind);
      case INVALID_FORMAT:
        return invalidFormat(ids, random, kind);
      case INVALID_CHECKSUM:
        return kind == IdentifierKind.TAX_CODE
            ? badChecksumTaxCode(ids, random)
            : badChecksumTaxCode(ids, random) + '-' + branchSuffix(random);
      case INVALID_COMPONENT:
        return invalidComponent(ids, random, kind);
      case INVALID_DATE:
        return impossibleDateDossierCode(ids, random);
      default:
        throw new IllegalStateException("Unsupported reason " + reason);
    }
  }

  // ---------------------------------------------------------------------------------------------------- characters

  /**
   * A valid text with one character replaced by, or one inserted as, a character the kind never has. Every check in
   * the model scans the characters right after the emptiness test, so the text fails there and nowhere else.
   */
  private static String invalidCharacters(IdentifierGenerator ids, SplitMix64 random, IdentifierKind kind) {
    String valid = ids.valid(kind).format();
    char bad = badCharacter(random, kind);
    StringBuilder text = new StringBuilder(valid);
    if (random.percent(50)) {
      text.setCharAt(random.nextInt(valid.length()), bad);
    } else {
      text.insert(random.nextInt(valid.length() + 1), bad);
    }
    return text.toString();
  }

  private static char badCharacter(SplitMix64 random, IdentifierKind kind) {
    int roll = random.nextInt(100);
    if (roll < 45) {
      return pick(random, NON_ASCII_DIGITS);
    }
    if (roll < 75) {
      switch (kind) {
        case PERSONAL_ID:
        case LEGACY_ID_CARD:
        case SOCIAL_INSURANCE_NUMBER:
        case TAX_CODE:
        case BRANCH_TAX_CODE:
        case PHONE_NUMBER:
          return pick(random, LETTERS_FOR_DIGITS);
        case AGENCY_CODE:
        case PROCEDURE_CODE:
        case DOSSIER_CODE:
          return pick(random, LOWER_CASE);
        default:
          // A health-insurance card has letters in both cases (lenient): only the other characters are foreign.
          break;
      }
    }
    return pick(random, OTHER_BAD_CHARACTERS);
  }

  // -------------------------------------------------------------------------------------------------------- length

  /** A text with every character allowed and the structure intact as far as it goes, but the wrong length. */
  private static String wrongLength(IdentifierGenerator ids, SplitMix64 random, IdentifierKind kind) {
    switch (kind) {
      case PERSONAL_ID:
        return digitsOfLength(random, ids.valid(kind).format(), lengthOtherThan(random, 11, 13, 12));
      case LEGACY_ID_CARD:
        return digitsOfLength(random, ids.valid(kind).format(), lengthOtherThan(random, 8, 10, 9, 12));
      case SOCIAL_INSURANCE_NUMBER:
      case TAX_CODE:
        return digitsOfLength(random, ids.valid(kind).format(), lengthOtherThan(random, 9, 11, 10));
      case BRANCH_TAX_CODE: {
        // The parent, and a suffix of 0, 1, 2, 4 or 5 digits: 10, 11, 12, 14 or 15 digits, never 13.
        String parent = ids.taxCode().format();
        int suffixLength = pick(random, new int[] {0, 1, 2, 2, 2, 4, 4, 5});
        return suffixLength == 0 ? parent : parent + '-' + random.digits(suffixLength);
      }
      case HEALTH_INSURANCE_CARD: {
        // Two letters and 10 to 16 digits instead of 13: 12 to 18 significant characters, never 15.
        String card = ids.healthInsuranceCardCode().format();
        int digits = 13 + (random.percent(50) ? -random.between(1, 3) : random.between(1, 3));
        return digitsOfLength(random, card, digits + 2);
      }
      case AGENCY_CODE: {
        // 12 or 14 characters: neither the 13 of the full form nor the 3, 6, 9 or 13 of the short form.
        String agency = ids.agencyCode().fullForm();
        return random.percent(50) ? deleteAt(agency, random.nextInt(agency.length())) : insertDigit(random, agency);
      }
      case PROCEDURE_CODE: {
        // A national code of 7 or 9 characters, or an agency variant of 21 or 23: never 8, 12, 15 or 22.
        String code = ids.procedureCode().format();
        return random.percent(50) ? deleteAt(code, random.between(2, code.length() - 1)) : insertDigit(random, code);
      }
      case DOSSIER_CODE: {
        // 22 to 24, or 27 to 28 characters: never the 25 of the standard form or the 26 of the lenient one.
        String code = ids.dossierCode().format();
        if (random.percent(50)) {
          int remove = random.between(1, 3);
          for (int i = 0; i < remove; i++) {
            code = deleteAt(code, random.nextInt(code.length()));
          }
          return code;
        }
        return code + random.digits(random.between(2, 3));
      }
      case PHONE_NUMBER: {
        // National numbers of 6 to 9 or 12 to 14 digits: never a mobile's 10 or a landline's 11.
        String number = ids.phoneNumber().format();
        int length = random.percent(50) ? random.between(6, 9) : random.between(12, 14);
        return digitsOfLength(random, number, length);
      }
      default:
        throw new IllegalStateException("Unsupported kind " + kind);
    }
  }

  /** Returns one of the two typical wrong lengths (one digit short or long) or, less often, any other length 1–24. */
  private static int lengthOtherThan(SplitMix64 random, int shorter, int longer, int... right) {
    if (random.percent(70)) {
      return random.percent(50) ? shorter : longer;
    }
    int[] candidates = new int[24 - right.length];
    int n = 0;
    for (int length = 1; length <= 24; length++) {
      boolean isRight = false;
      for (int r : right) {
        isRight |= r == length;
      }
      if (!isRight) {
        candidates[n++] = length;
      }
    }
    return candidates[random.nextInt(n)];
  }

  /** Cuts {@code text} to {@code length} characters, or extends it with random digits. */
  private static String digitsOfLength(SplitMix64 random, String text, int length) {
    return length <= text.length() ? text.substring(0, length) : text + random.digits(length - text.length());
  }

  // -------------------------------------------------------------------------------------------------------- format

  /** A text with every character allowed and the right length, but the characters in the wrong places. */
  private static String invalidFormat(IdentifierGenerator ids, SplitMix64 random, IdentifierKind kind) {
    switch (kind) {
      case BRANCH_TAX_CODE:
        return misplacedBranchSuffix(random, ids.branchTaxCode().format());
      case HEALTH_INSURANCE_CARD: {
        StringBuilder card = new StringBuilder(ids.healthInsuranceCardCode().format());
        if (random.percent(50)) {
          card.setCharAt(random.nextInt(2), random.digit()); // a digit where a letter belongs
        } else {
          card.setCharAt(random.between(2, 14), pick(random, CAPITALS)); // a letter where a digit belongs
        }
        return card.toString();
      }
      case AGENCY_CODE:
        return misplacedInAgencyCode(random, ids.agencyCode().fullForm());
      case PROCEDURE_CODE: {
        StringBuilder code = new StringBuilder(ids.procedureCode().format());
        int roll = code.length() == 8 ? random.nextInt(3) : random.nextInt(5);
        switch (roll) {
          case 0:
            code.setCharAt(0, pick(random, CAPITALS)); // a letter for the first digit
            break;
          case 1:
            code.setCharAt(1, random.digit()); // no dot after the first digit
            break;
          case 2:
            code.setCharAt(random.between(2, 7), random.percent(50) ? '.' : pick(random, CAPITALS));
            break;
          case 3:
            code.setCharAt(8, random.digit()); // no dot before the agency
            break;
          default:
            return code.substring(0, 9) + misplacedInAgencyCode(random, code.substring(9));
        }
        return code.toString();
      }
      case DOSSIER_CODE: {
        StringBuilder code = new StringBuilder(ids.dossierCode().format());
        switch (random.nextInt(3)) {
          case 0:
            code.setCharAt(random.percent(50) ? 13 : 20, random.percent(50) ? '.' : random.digit());
            break;
          case 1: {
            int at = random.percent(50) ? random.between(14, 19) : random.between(21, 24);
            code.setCharAt(at, random.percent(50) ? '.' : pick(random, CAPITALS));
            break;
          }
          default:
            return misplacedInAgencyCode(random, code.substring(0, 13)) + code.substring(13);
        }
        return code.toString();
      }
      case PHONE_NUMBER: {
        switch (random.nextInt(4)) {
          case 0: {
            // A mobile-length number whose second digit starts no mobile number (1, 2, 4 or 6; 0 could read as 0084).
            StringBuilder number = new StringBuilder(ids.phoneNumber(PhoneNumber.Type.MOBILE).format());
            number.setCharAt(1, pick(random, new char[] {'1', '2', '4', '6'}));
            return number.toString();
          }
          case 1:
            // A country code other than 84.
            return "+85" + ids.phoneNumber(PhoneNumber.Type.MOBILE).format().substring(1);
          case 2:
            // A mobile number with an extra digit: a landline's length without the 02.
            return ids.phoneNumber(PhoneNumber.Type.MOBILE).format() + random.digit();
          default: {
            // A landline with a digit missing: a mobile's length with a landline's 02.
            String landline = ids.phoneNumber(PhoneNumber.Type.LANDLINE).format();
            return deleteAt(landline, random.between(3, landline.length() - 1));
          }
        }
      }
      default:
        throw new IllegalStateException("Unsupported kind " + kind);
    }
  }

  /**
   * The 13 digits of a valid branch code with separators that place the suffix elsewhere than the last three digits:
   * the hyphen after the 9th digit or earlier ({@code 010010910-6001}), or a separator inside the suffix ({@code
   * 0100109106-00 1}, {@code 0100109106 0-01}).
   */
  private static String misplacedBranchSuffix(SplitMix64 random, String standard) {
    String digits = standard.substring(0, 10) + standard.substring(11);
    if (random.percent(50)) {
      int at = random.between(1, 9);
      return digits.substring(0, at) + '-' + digits.substring(at);
    }
    int at = random.between(11, 12);
    char inside = pick(random, new char[] {' ', '.', '-'});
    String before = random.percent(50) ? "-" : random.percent(50) ? " " : "";
    return digits.substring(0, 10) + before + digits.substring(10, at) + inside + digits.substring(at);
  }

  /**
   * Breaks the full form {@code DDD.DD.DD.LDD} in one place, keeping 13 characters and a digit first (so the text
   * cannot be read as the short form either): a dot or the letter becomes a digit, or a digit becomes a letter or a
   * dot.
   */
  private static String misplacedInAgencyCode(SplitMix64 random, String fullForm) {
    StringBuilder code = new StringBuilder(fullForm);
    switch (random.nextInt(3)) {
      case 0:
        code.setCharAt(pick(random, new int[] {3, 6, 9}), random.digit());
        break;
      case 1:
        code.setCharAt(10, random.digit());
        break;
      default:
        code.setCharAt(pick(random, new int[] {1, 2, 4, 5, 7, 8, 11, 12}), random.percent(50) ? '.' : pick(random, CAPITALS));
        break;
    }
    return code.toString();
  }

  // ------------------------------------------------------------------------------------------------------ checksum

  /** A 10-digit tax code in standard form whose check digit is wrong, or whose first nine digits have none. */
  private static String badChecksumTaxCode(IdentifierGenerator ids, SplitMix64 random) {
    String valid = ids.taxCode().format();
    int checkDigit = valid.charAt(9) - '0';
    switch (random.nextInt(4)) {
      case 0: {
        // Another tenth digit.
        int other = (checkDigit + random.between(1, 9)) % 10;
        return valid.substring(0, 9) + other;
      }
      case 1: {
        // One of the first nine digits changed: every weight is prime to 11, so the remainder changes.
        int at = random.nextInt(9);
        int digit = valid.charAt(at) - '0';
        return valid.substring(0, at) + (digit + random.between(1, 9)) % 10 + valid.substring(at + 1);
      }
      case 2: {
        // Two different adjacent digits among the first nine swapped, the commonest typing error.
        int start = random.nextInt(8);
        for (int k = 0; k < 8; k++) {
          int at = (start + k) % 8;
          if (valid.charAt(at) != valid.charAt(at + 1)) {
            return valid.substring(0, at) + valid.charAt(at + 1) + valid.charAt(at) + valid.substring(at + 2);
          }
        }
        return valid.substring(0, 9) + (checkDigit + 1) % 10; // nine equal digits: change the check digit instead
      }
      default:
        return prefixWithoutCheckDigit(random) + random.digit();
    }
  }

  /**
   * Nine digits for which {@link TaxCode#checkDigitFor} finds no check digit (such prefixes are never issued). The
   * last two digits are scanned from a random start: for fixed first seven digits the 100 combinations cover every
   * remainder, so the scan finds one.
   */
  private static String prefixWithoutCheckDigit(SplitMix64 random) {
    String seven = pad(random.between(1, 99), 2) + random.digits(5);
    int start = random.nextInt(100);
    for (int k = 0; k < 100; k++) {
      String nine = seven + pad((start + k) % 100, 2);
      if (TaxCode.checkDigitFor(nine).isEmpty()) {
        return nine;
      }
    }
    throw new IllegalStateException("No tax-code prefix without a check digit starts with " + seven);
  }

  // ----------------------------------------------------------------------------------------------------- component

  private static String invalidComponent(IdentifierGenerator ids, SplitMix64 random, IdentifierKind kind) {
    switch (kind) {
      case TAX_CODE:
        return zeroSequenceTaxCode(random);
      case BRANCH_TAX_CODE:
        return random.percent(60)
            ? ids.taxCode().format() + "-000"
            : zeroSequenceTaxCode(random) + '-' + branchSuffix(random);
      case HEALTH_INSURANCE_CARD: {
        StringBuilder card = new StringBuilder(ids.healthInsuranceCardCode().format());
        card.setCharAt(2, pick(random, new char[] {'0', '6', '7', '8', '9'}));
        return card.toString();
      }
      case PROCEDURE_CODE: {
        StringBuilder code = new StringBuilder(ids.procedureCode().format());
        code.setCharAt(0, pick(random, new char[] {'0', '4', '5', '6', '7', '8', '9'}));
        return code.toString();
      }
      case PHONE_NUMBER: {
        String number = pick(random, ModelTables.UNALLOCATED_MOBILE_PREFIXES) + random.digits(7);
        return random.percent(25) ? "+84" + number.substring(1) : number;
      }
      default:
        throw new IllegalStateException("Unsupported kind " + kind);
    }
  }

  /**
   * A tax code whose digits 3 to 9 are all zero and whose check digit is right for them. The allocation block is
   * scanned from a random start over 01 to 99; most blocks have a check digit (01 does), so the scan ends.
   */
  private static String zeroSequenceTaxCode(SplitMix64 random) {
    int start = random.between(1, 99);
    for (int k = 0; k < 99; k++) {
      String nine = pad(1 + (start - 1 + k) % 99, 2) + "0000000";
      OptionalInt checkDigit = TaxCode.checkDigitFor(nine);
      if (checkDigit.isPresent()) {
        return nine + checkDigit.getAsInt();
      }
    }
    throw new IllegalStateException("No allocation block has a check digit for an all-zero sequence");
  }

  private static String branchSuffix(SplitMix64 random) {
    return pad(random.between(1, 999), 3);
  }

  // ---------------------------------------------------------------------------------------------------------- date

  /** A standard-form dossier code whose {@code YYMMDD} names no day. */
  private static String impossibleDateDossierCode(IdentifierGenerator ids, SplitMix64 random) {
    String code = ids.dossierCode().format();
    int yy = Integer.parseInt(code.substring(14, 16));
    String mmdd;
    switch (random.nextInt(6)) {
      case 0:
        mmdd = "00" + pad(random.between(1, 28), 2); // month 0
        break;
      case 1:
        mmdd = pad(random.between(13, 19), 2) + pad(random.between(1, 28), 2); // month 13 and beyond
        break;
      case 2:
        mmdd = pad(random.between(1, 12), 2) + (random.percent(50) ? "00" : pad(random.between(32, 39), 2));
        break;
      case 3:
        mmdd = "02" + (random.percent(50) ? "30" : "31");
        break;
      case 4:
        mmdd = pick(random, new String[] {"04", "06", "09", "11"}) + "31";
        break;
      default: {
        // 29 February of a year that is not a leap year (YY is 20YY; java.time decides what is a leap year).
        while (Year.isLeap(2000 + yy)) {
          yy = (yy + 1) % 100; // at most one step: no two consecutive years are leap years
        }
        mmdd = "0229";
        break;
      }
    }
    return code.substring(0, 14) + pad(yy, 2) + mmdd + code.substring(20);
  }

  // --------------------------------------------------------------------------------------------------------- utils

  private static String deleteAt(String text, int at) {
    return text.substring(0, at) + text.substring(at + 1);
  }

  private static String insertDigit(SplitMix64 random, String text) {
    int at = random.nextInt(text.length() + 1);
    return text.substring(0, at) + random.digit() + text.substring(at);
  }

  private static char pick(SplitMix64 random, char[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static int pick(SplitMix64 random, int[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static String pick(SplitMix64 random, String[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static String pick(SplitMix64 random, List<String> choices) {
    return choices.get(random.nextInt(choices.size()));
  }
}
