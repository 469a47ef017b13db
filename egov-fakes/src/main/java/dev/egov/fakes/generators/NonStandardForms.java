package dev.egov.fakes.generators;

import static dev.egov.fakes.generators.ModelTables.pad;

import dev.egov.fakes.internal.SplitMix64;
import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.BranchTaxCode;
import dev.egov.model.id.IdentifierKind;
import dev.egov.model.id.PhoneNumber;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Texts in the forms real data has beyond the normative one: {@code kind.checkLenient} accepts them and {@code
 * kind.check} reports {@code NON_STANDARD_FORM}. Each is written from the parts of a freshly generated valid value, so
 * its digits, letters and dates are as realistic as the standard form's.
 */
final class NonStandardForms {

  /** The kinds egov-model says have non-standard forms ({@link IdentifierKind#hasNonStandardForms()}). */
  private static final Set<IdentifierKind> KINDS = kindsWithNonStandardForms();

  private NonStandardForms() {}

  private static Set<IdentifierKind> kindsWithNonStandardForms() {
    Set<IdentifierKind> kinds = EnumSet.noneOf(IdentifierKind.class);
    for (IdentifierKind kind : IdentifierKind.values()) {
      if (kind.hasNonStandardForms()) {
        kinds.add(kind);
      }
    }
    return Collections.unmodifiableSet(kinds);
  }

  static Set<IdentifierKind> kinds() {
    return KINDS;
  }

  /** Builds the text; the caller has checked that {@code kind} is in {@link #kinds()}. */
  static String text(IdentifierGenerator ids, SplitMix64 random, IdentifierKind kind) {
    switch (kind) {
      case TAX_CODE:
        return separatedTaxCode(random, ids.taxCode().format());
      case BRANCH_TAX_CODE:
        return branchTaxCode(random, ids.branchTaxCode());
      case HEALTH_INSURANCE_CARD:
        return healthInsuranceCard(random, ids.healthInsuranceCardCode().format());
      case AGENCY_CODE:
        return shortForm(ids.agencyCode(pick(random, new int[] {1, 2, 2, 2, 2, 2, 3, 3, 4})));
      case PROCEDURE_CODE: {
        // The short local form: the national code and the agency's levels top-down, most often level 1 alone or
        // levels 1 and 2, now and then three or four levels (every short form AgencyCode accepts).
        String national = ids.procedureCode().nationalCode();
        return national + '.' + shortForm(ids.agencyCode(pick(random, new int[] {1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 4})));
      }
      case DOSSIER_CODE: {
        // A five-digit sequence, as systems that re-sync a dossier they did not mint write it, or the agency code in
        // the short form provincial systems configure (H56.14-260217-0001), with either sequence.
        String code = ids.dossierCode().format();
        if (random.percent(50)) {
          return code.substring(0, 21) + pad(random.between(0, 99_999), 5);
        }
        String agency = shortForm(ids.agencyCode(pick(random, new int[] {1, 2, 2, 2, 2, 3, 4})));
        return agency + code.substring(13, 21)
            + (random.percent(80) ? code.substring(21) : pad(random.between(0, 99_999), 5));
      }
      case PHONE_NUMBER:
        return phoneNumber(random, ids.phoneNumber());
      default:
        throw new IllegalStateException("Unsupported kind " + kind);
    }
  }

  /** {@code 01.00.112.437}, {@code 0100 112 437}, {@code 0100-112-437}, {@code 0100.112.437}, or a trailing space. */
  private static String separatedTaxCode(SplitMix64 random, String digits) {
    switch (random.nextInt(5)) {
      case 0:
        return digits.substring(0, 2) + '.' + digits.substring(2, 4) + '.' + digits.substring(4, 7) + '.'
            + digits.substring(7);
      case 1:
        return group433(digits, ' ');
      case 2:
        return group433(digits, '-');
      case 3:
        return group433(digits, '.');
      default:
        return digits + ' ';
    }
  }

  private static String group433(String tenDigits, char separator) {
    return tenDigits.substring(0, 4) + separator + tenDigits.substring(4, 7) + separator + tenDigits.substring(7);
  }

  /** Thirteen digits without the hyphen (most often), {@code 0312 68 78 78 - 001}, or a space for the hyphen. */
  private static String branchTaxCode(SplitMix64 random, BranchTaxCode code) {
    String parent = code.parent().format();
    String suffix = code.format().substring(11);
    int roll = random.nextInt(100);
    if (roll < 60) {
      return parent + suffix;
    }
    if (roll < 85) {
      return parent.substring(0, 4) + ' ' + parent.substring(4, 6) + ' ' + parent.substring(6, 8) + ' '
          + parent.substring(8) + " - " + suffix;
    }
    return parent + ' ' + suffix;
  }

  /** Lower case ({@code dn4797912345678}), or the groups printed apart ({@code DN 4 79 7912345678}, with hyphens). */
  private static String healthInsuranceCard(SplitMix64 random, String card) {
    switch (random.nextInt(3)) {
      case 0: {
        StringBuilder lower = new StringBuilder(card);
        for (int i = 0; i < 2; i++) {
          lower.setCharAt(i, (char) (card.charAt(i) - 'A' + 'a'));
        }
        return lower.toString();
      }
      case 1:
        return card.substring(0, 2) + ' ' + card.charAt(2) + ' ' + card.substring(3, 5) + ' ' + card.substring(5);
      default:
        return card.substring(0, 2) + '-' + card.charAt(2) + '-' + card.substring(3, 5) + '-' + card.substring(5);
    }
  }

  /** The levels of {@code code} top-down as far as its depth: {@code H56}, {@code H56.14}, {@code H56.14.22} ... */
  static String shortForm(AgencyCode code) {
    StringBuilder out = new StringBuilder(code.level1());
    int depth = code.depth();
    if (depth >= 2) {
      out.append('.').append(code.level2());
    }
    if (depth >= 3) {
      out.append('.').append(code.level3());
    }
    if (depth >= 4) {
      out.append('.').append(code.level4());
    }
    return out.toString();
  }

  /** The number as people type it: grouped, with {@code 84} or {@code 0084} for the {@code 0}, or in parentheses. */
  private static String phoneNumber(SplitMix64 random, PhoneNumber number) {
    String national = number.format();
    String grouped = number.type() == PhoneNumber.Type.MOBILE
        ? national.substring(0, 4) + ' ' + national.substring(4, 7) + ' ' + national.substring(7)
        : national.substring(0, 3) + ' ' + national.substring(3, 7) + ' ' + national.substring(7);
    switch (random.nextInt(6)) {
      case 0:
        return grouped;
      case 1:
        return grouped.replace(' ', random.percent(50) ? '.' : '-');
      case 2:
        return "84" + national.substring(1);
      case 3:
        return "0084" + national.substring(1);
      case 4:
        return "+84 " + grouped.substring(1);
      default: {
        // In parentheses: the area code of a landline, the network prefix of a mobile.
        int split = number.type() == PhoneNumber.Type.MOBILE ? 4 : 3;
        return "(" + national.substring(0, split) + ") " + grouped.substring(split + 1);
      }
    }
  }

  private static int pick(SplitMix64 random, int[] choices) {
    return choices[random.nextInt(choices.length)];
  }
}
