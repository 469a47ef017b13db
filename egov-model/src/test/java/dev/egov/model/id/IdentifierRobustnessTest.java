package dev.egov.model.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code check} never throws, whatever the input; {@code parse} either returns a value whose text checks valid again,
 * or throws exactly {@link InvalidIdentifierException} with the reason {@code check} gives, and never leaks the input.
 */
// A guard against a pathological slowdown (say, backtracking), not a performance test: each method runs in well under
// a second alone, and the limit leaves room for a machine shared with other builds, where 10 s flaked.
@Timeout(60)
class IdentifierRobustnessTest {

  private static final long SEED = 20_261_122L;

  /** Hostile and odd inputs written out, then seeded random strings and mutations of valid codes. */
  private static List<String> inputs;

  private static String megabyteOfDigits;

  @BeforeAll
  static void buildInputs() {
    List<String> list = new ArrayList<>(List.of(
        "", " ", "   ", "\t", "\n", "\r\n", "\u0000", "\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000",
        "0100109106\u0000", "\u00000100109106", "0100109106\n", "001085001245\r\n", "+", "++84912345678", "-", ".",
        "..........", "----------", "0", "00", "0000000000", "000000000000", "٠١٢٣٤٥٦٧٨٩٠١", "٠١٠٠١٠٩١٠٦",
        "０１２３４５６７８９０１", "０９１２３４５６７８", "𝟎𝟏𝟎𝟎𝟏𝟎𝟗𝟏𝟎𝟔", "😀", "0100109106😀", "😀😀😀😀😀😀😀😀😀😀",
        "\uD800", "\uDC00", "0100\uD800109106", "001085001245\uDFFF", "\u202E0100109106", "\u2028",
        "ĐN4797912345678", "DN4797912345678", "dn4797912345678", "000.00.00.H56", "H56", "H56.14.22.001",
        "1.001193", "2.002621.H56", "000.00.06.H56-231027-0361", "000.00.06.H56-231027-03611",
        "000.00.06.H56-991231-99999", "0084", "+84", "84", "(", ")", "()", "+()", "+84()",
        "0100109106-001", "01.00.112.437", "0312 68 78 78 - 001", "001 089 001 234", "0912 345 678",
        "99999999999999999999", "-1", "1e10", "NaN", "null", "H99.99.99.999", "9.999999.999.99.99.Z99",
        "000.00.00.H56-000000-0000", "000.00.00.H56-999999-9999"));
    megabyteOfDigits = "0123456789".repeat(100_000) + "01";
    list.add(megabyteOfDigits);
    list.add("+84" + megabyteOfDigits);
    list.add("DN" + megabyteOfDigits);
    list.add("000.00.00.H56-" + megabyteOfDigits);
    list.add("\n".repeat(1_000));
    list.add("0100109106\n".repeat(100));

    Random random = new Random(SEED);
    String alphabet = "0123456789012345678901234567890123456789..--  ++ABCDGHNTEabcdhnz()\u0000\n";
    for (int i = 0; i < 2_000; i++) {
      int length = random.nextInt(30);
      StringBuilder s = new StringBuilder(length);
      for (int j = 0; j < length; j++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      list.add(s.toString());
    }
    List<String> seeds = new ArrayList<>(IdentifierKindTest.STANDARD.values());
    seeds.addAll(IdentifierKindTest.LENIENT_ONLY.values());
    seeds.addAll(List.of("+84912345678", "02438123456", "0100000003", "0100109106-000", "H56.14.22"));
    String mutations = "0123456789.- +AHz";
    for (int i = 0; i < 1_500; i++) {
      StringBuilder s = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        int at = s.length() == 0 ? 0 : random.nextInt(s.length());
        char c = mutations.charAt(random.nextInt(mutations.length()));
        switch (random.nextInt(3)) {
          case 0:
            if (s.length() > 0) {
              s.setCharAt(at, c);
            }
            break;
          case 1:
            s.insert(at, c);
            break;
          default:
            if (s.length() > 0) {
              s.deleteCharAt(at);
            }
        }
      }
      list.add(s.toString());
    }
    inputs = Collections.unmodifiableList(list);
  }

  @Test
  void check_nullAndEveryInput_neverThrows() {
    List<String> all = new ArrayList<>(inputs);
    all.add(null);
    List<Function<String, Object>> checks = new ArrayList<>();
    for (IdentifierKind kind : IdentifierKind.values()) {
      checks.add(kind::check);
      checks.add(kind::checkLenient);
    }
    checks.add(TaxIdentifier::check);
    checks.add(TaxIdentifier::checkLenient);
    checks.add(HealthInsuranceIdentifier::check);
    checks.add(HealthInsuranceIdentifier::checkLenient);
    for (Strictness strictness : Strictness.values()) {
      checks.add(t -> TaxCode.check(t, strictness));
      checks.add(t -> TaxCode.checkLenient(t, strictness));
      checks.add(t -> BranchTaxCode.check(t, strictness));
      checks.add(t -> BranchTaxCode.checkLenient(t, strictness));
      checks.add(t -> PhoneNumber.check(t, strictness));
      checks.add(t -> PhoneNumber.checkLenient(t, strictness));
    }
    checks.add(IdentifierKind::plausibleKinds);
    for (String text : all) {
      for (Function<String, Object> check : checks) {
        Object result;
        try {
          result = check.apply(text);
        } catch (RuntimeException e) {
          throw new AssertionError("check threw for " + describe(text), e);
        }
        if (result == null) {
          fail("check returned null for " + describe(text));
        }
      }
    }
  }

  @Test
  void check_null_emptyForEveryKind() {
    for (IdentifierKind kind : IdentifierKind.values()) {
      assertThat(kind.check(null)).isEqualTo(IdentifierCheck.EMPTY);
      assertThat(kind.checkLenient(null)).isEqualTo(IdentifierCheck.EMPTY);
    }
    assertThat(TaxIdentifier.check(null)).isEqualTo(IdentifierCheck.EMPTY);
    assertThat(HealthInsuranceIdentifier.checkLenient(null)).isEqualTo(IdentifierCheck.EMPTY);
  }

  @Test
  void check_megabyteOfDigits_wrongLengthForEveryKind() {
    for (IdentifierKind kind : IdentifierKind.values()) {
      assertThat(kind.check(megabyteOfDigits)).as(kind.name()).isEqualTo(IdentifierCheck.WRONG_LENGTH);
    }
  }

  @Test
  void parse_everyKindStrict_validValueOrExactlyInvalidIdentifierExceptionWithCheckReason() {
    for (IdentifierKind kind : IdentifierKind.values()) {
      verifyParse(kind.name(), kind, kind::check, kind::parse, kind::check);
    }
  }

  @Test
  void parse_everyKindLenient_validValueOrExactlyInvalidIdentifierExceptionWithCheckReason() {
    for (IdentifierKind kind : IdentifierKind.values()) {
      verifyParse(kind.name() + " lenient", kind, kind::checkLenient, kind::parseLenient, kind::checkLenient);
    }
  }

  @Test
  void parse_unionTypes_validValueOrExactlyInvalidIdentifierExceptionWithCheckReason() {
    verifyParse("TaxIdentifier", null, TaxIdentifier::check, TaxIdentifier::parse, TaxIdentifier::check);
    verifyParse("TaxIdentifier lenient", null, TaxIdentifier::checkLenient, TaxIdentifier::parseLenient,
        TaxIdentifier::checkLenient);
    verifyParse("HealthInsuranceIdentifier", null, HealthInsuranceIdentifier::check,
        HealthInsuranceIdentifier::parse, HealthInsuranceIdentifier::check);
    verifyParse("HealthInsuranceIdentifier lenient", null, HealthInsuranceIdentifier::checkLenient,
        HealthInsuranceIdentifier::parseLenient, HealthInsuranceIdentifier::checkLenient);
  }

  @Test
  void parse_strictnessLevels_validValueOrExactlyInvalidIdentifierExceptionWithCheckReason() {
    // SEMANTIC is the level of the IdentifierKind parsers above.
    for (Strictness s : new Strictness[] {Strictness.FORMAT, Strictness.CHECKSUM}) {
      verifyParse("TaxCode " + s, IdentifierKind.TAX_CODE, t -> TaxCode.check(t, s), t -> TaxCode.parse(t, s),
          t -> TaxCode.check(t, s));
      verifyParse("TaxCode lenient " + s, IdentifierKind.TAX_CODE, t -> TaxCode.checkLenient(t, s),
          t -> TaxCode.parseLenient(t, s), t -> TaxCode.checkLenient(t, s));
      verifyParse("BranchTaxCode " + s, IdentifierKind.BRANCH_TAX_CODE, t -> BranchTaxCode.check(t, s),
          t -> BranchTaxCode.parse(t, s), t -> BranchTaxCode.check(t, s));
      verifyParse("PhoneNumber lenient " + s, IdentifierKind.PHONE_NUMBER, t -> PhoneNumber.checkLenient(t, s),
          t -> PhoneNumber.parseLenient(t, s), t -> PhoneNumber.checkLenient(t, s));
    }
  }

  @Test
  void checkLenient_everyInputValidStrictly_alsoValidLeniently() {
    for (String text : inputs) {
      for (IdentifierKind kind : IdentifierKind.values()) {
        if (kind.check(text).isValid()) {
          assertThat(kind.checkLenient(text)).as(kind + " " + describe(text)).isEqualTo(IdentifierCheck.VALID);
          assertThat(kind.parseLenient(text)).isEqualTo(kind.parse(text));
        }
      }
    }
  }

  @Test
  void fuzz_generatedInputs_reachEveryReason() {
    // Guards the fuzz itself: a generator that only produced garbage would test little.
    java.util.EnumSet<IdentifierCheck> seen = java.util.EnumSet.noneOf(IdentifierCheck.class);
    for (String text : inputs) {
      for (IdentifierKind kind : IdentifierKind.values()) {
        seen.add(kind.check(text));
        seen.add(kind.checkLenient(text));
      }
    }
    assertThat(seen).containsExactlyInAnyOrder(IdentifierCheck.values());
  }

  private static void verifyParse(String what, IdentifierKind expectedKind,
      Function<String, IdentifierCheck> check, Function<String, ? extends Identifier> parse,
      Function<String, IdentifierCheck> recheck) {
    for (String text : inputs) {
      IdentifierCheck reason = check.apply(text);
      Identifier value;
      try {
        value = parse.apply(text);
      } catch (InvalidIdentifierException e) {
        if (e.reason() != reason || reason == IdentifierCheck.VALID) {
          fail("%s: parse threw %s but check gave %s for %s", what, e.reason(), reason, describe(text));
        }
        if (expectedKind != null && e.kind() != expectedKind) {
          fail("%s: exception kind %s for %s", what, e.kind(), describe(text));
        }
        assertSafeMessage(e, text);
        continue;
      } catch (RuntimeException e) {
        throw new AssertionError(what + " threw " + e + " for " + describe(text), e);
      }
      assertThat(reason).as("%s: parse succeeded for %s", what, describe(text)).isEqualTo(IdentifierCheck.VALID);
      if (expectedKind != null) {
        assertThat(value.kind()).isEqualTo(expectedKind);
      }
      String formatted = value.format();
      assertThat(recheck.apply(formatted)).as("%s re-check of %s", what, formatted).isEqualTo(IdentifierCheck.VALID);
      Identifier again = parse.apply(formatted);
      assertThat(again).as("%s round trip of %s", what, describe(text)).isEqualTo(value).hasSameHashCodeAs(value);
      if (value.kind().isPersonalData()) {
        assertThat(value.toString()).doesNotContain(formatted).isEqualTo(value.masked());
      } else {
        assertThat(value.toString()).isEqualTo(formatted);
      }
    }
  }

  /** The message and masked value never contain the input whole, nor any control or non-ASCII character. */
  static void assertSafeMessage(InvalidIdentifierException e, String text) {
    String message = e.getMessage();
    assertThat(message).contains("'" + e.maskedValue() + "'");
    assertThat(message.length()).isLessThan(200);
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if ((c < 0x20 || c >= 0x7f) && c != '…') {
        fail("message has character U+%04X: %s", (int) c, message);
      }
    }
    if (text.length() >= 6) {
      assertThat(e.maskedValue()).doesNotContain(text);
      assertThat(message).doesNotContain(text);
    }
  }

  private static String describe(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder("\"");
    text.codePoints().limit(40).forEach(cp -> {
      if (cp >= 0x20 && cp < 0x7f) {
        out.appendCodePoint(cp);
      } else {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", cp));
      }
    });
    return out.append(text.length() > 40 ? "…\" (" + text.length() + " chars)" : "\"").toString();
  }
}
