package dev.egov.model.person;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.egov.model.TextLimitExceededException;
import dev.egov.model.TextLimits;
import dev.egov.model.internal.Masking;
import dev.egov.model.internal.VietnameseText;
import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Vietnamese personal name in its three parts: family name (họ), middle name or names (chữ đệm, possibly empty or
 * several words) and given name (tên), as the population database records it ({@code HoVaTen{Ho, ChuDem, Ten}}).
 *
 * <p><b>What is kept.</b> The parts as given, normalised to Unicode NFC (decomposed input from macOS, iOS and some
 * Windows input methods is common) with runs of white space collapsed. Before normalising, each part is checked
 * against egov's {@linkplain TextLimits text limits}, guards far above any real name (1,000 characters, 30 combining
 * marks in a row, by default) that keep the normaliser's cost linear: a longer text fails with a {@link
 * TextLimitExceededException}. The {@linkplain #fullName() full name} is
 * derived, never stored twice. Case and tone-mark style are kept as given: {@code Hoà} stays {@code Hoà}.
 *
 * <p><b>Sources that do not split.</b> Some systems put the whole name in one part ({@code Ho} or {@code Ten}) or
 * send it as one string. {@link #of} re-splits a name given entirely in one part, and {@link #parse} splits a full
 * name: the first word is the family name, the last the given name, the rest the middle name. Compound family names
 * ({@code Tôn Thất}, {@code Âu Dương}) cannot be recognised from the text: when the source splits, prefer its parts.
 *
 * <p><b>Matching.</b> Two keys compare names without changing them:
 *
 * <ul>
 *   <li>{@link #identityKey()} ignores case, Unicode form, white space and the placement of the tone mark only: {@code
 *       Hòa} = {@code Hoà}, {@code Thủy} = {@code Thuỷ}, {@code Khỏe} = {@code Khoẻ}, but {@code Hà} ≠ {@code Hạ}. Use
 *       it to decide whether two records name the same person. It reads the Latin eth {@code Ð}/{@code ð}, which
 *       some keyboards and fonts type for {@code Đ}/{@code đ}, as that letter ({@code Ðặng} = {@code Đặng}), and
 *       {@link #findings()} says the text used the wrong letter.
 *   <li>{@link #searchKey()} also drops every diacritic, {@code Đ} becoming {@code D}: {@code Nguyễn Thị Hoà} and
 *       {@code NGUYEN THI HOA} share it. Use it to find candidates, never to decide.
 * </ul>
 *
 * <pre>{@code
 * PersonName name = PersonName.parse("Nguyễn Thị Hoà");
 * name.family();    // "Nguyễn"
 * name.middle();    // "Thị"
 * name.given();     // "Hoà"
 * name.identityKey().equals(PersonName.parse("NGUYỄN THỊ HÒA").identityKey());  // true
 * name.toString();  // "N***** T** H**"
 * }</pre>
 *
 * @param family the family name, NFC; may be empty only when the source has no family name
 * @param middle the middle name(s), NFC; often empty
 * @param given the given name, NFC
 * @since 0.1.0
 */
public record PersonName(String family, String middle, String given) {

  /**
   * Normalises the parts: NFC, white space collapsed, and a full name given in one part re-split. Each part is first
   * checked against the {@linkplain TextLimits#defaults() text limits}, before it is normalised.
   *
   * @param family the family name, NFC; may be empty only when the source has no family name
   * @param middle the middle name(s), NFC; often empty
   * @param given the given name, NFC
   * @throws TextLimitExceededException if a part is longer than the limit (1,000 characters by default) or has more
   *     combining marks in a row than the limit (30 by default)
   * @throws IllegalArgumentException if every part is empty, or a part contains a control character
   */
  public PersonName {
    TextLimits limits = TextLimits.defaults();
    limits.check(Objects.requireNonNull(family, "family"), "family");
    limits.check(Objects.requireNonNull(middle, "middle"), "middle");
    limits.check(Objects.requireNonNull(given, "given"), "given");
    family = clean(family);
    middle = clean(middle);
    given = clean(given);
    if (family.isEmpty() && middle.isEmpty() && given.isEmpty()) {
      throw new IllegalArgumentException("A name needs at least one non-empty part");
    }
    boolean onlyFamily = !family.isEmpty() && middle.isEmpty() && given.isEmpty();
    boolean onlyGiven = family.isEmpty() && middle.isEmpty() && !given.isEmpty();
    String whole = onlyFamily ? family : onlyGiven ? given : null;
    if (whole != null && whole.indexOf(' ') > 0) {
      int first = whole.indexOf(' ');
      int last = whole.lastIndexOf(' ');
      family = whole.substring(0, first);
      given = whole.substring(last + 1);
      middle = first == last ? "" : whole.substring(first + 1, last);
    }
  }

  /**
   * Returns the name with these parts. A full name given entirely as the family name or entirely as the given name,
   * as some sources send it, is split as {@link #parse} splits.
   *
   * @param family the family name; {@code null} for none
   * @param middle the middle name(s); {@code null} for none
   * @param given the given name; {@code null} for none
   * @return the name
   * @throws TextLimitExceededException if a part exceeds the {@linkplain TextLimits#defaults() text limits}
   * @throws IllegalArgumentException if every part is empty, or a part contains a control character
   */
  @JsonCreator
  public static PersonName of(
      @JsonProperty("family") @Nullable String family,
      @JsonProperty("middle") @Nullable String middle,
      @JsonProperty("given") @Nullable String given) {
    return new PersonName(family == null ? "" : family, middle == null ? "" : middle, given == null ? "" : given);
  }

  /**
   * Splits a full name: the first word is the family name, the last the given name, the words between the middle
   * name. A single word is a given name.
   *
   * @param fullName the name, in any Unicode form
   * @return the name
   * @throws TextLimitExceededException if the name exceeds the {@linkplain TextLimits#defaults() text limits}
   * @throws IllegalArgumentException if the name is blank or contains a control character
   */
  public static PersonName parse(String fullName) {
    TextLimits.defaults().check(Objects.requireNonNull(fullName, "fullName"), "fullName");
    // The constructor cleans the text once and splits a full name given as the family name; only a single word,
    // which it keeps as the family name, is moved to the given name (and its clean text passes the fast path).
    PersonName name = new PersonName(fullName, "", "");
    return name.given.isEmpty() ? new PersonName("", "", name.family) : name;
  }

  /**
   * Returns the part in NFC with white space collapsed: {@code part} itself when it already is (no allocation),
   * otherwise {@link #cleanSlowly}'s result.
   */
  static String clean(String part) {
    return isClean(part) ? part : cleanSlowly(part);
  }

  /**
   * Returns whether {@link #cleanSlowly} would return {@code part} unchanged: no white space other than single
   * U+0020 spaces between other characters, no control character, and already in NFC. Allocation-free for text in
   * {@linkplain #isStable stable} characters (all of Vietnamese), which is checked by its characters alone; other text
   * is checked with {@link Normalizer#isNormalized}.
   */
  static boolean isClean(String part) {
    int n = part.length();
    boolean stable = true;
    char previous = ' ';
    for (int i = 0; i < n; i++) {
      char c = part.charAt(i);
      if (c == ' ') {
        if (previous == ' ') {
          return false; // leading or doubled
        }
      } else if (c < 0x7f) {
        if (c < ' ') {
          return false; // tab, line break or other control character
        }
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        return false; // no-break space, ideographic space, DEL, C1 controls, ...
      } else if (stable && !isStable(c)) {
        stable = false;
      }
      previous = c;
    }
    if (n > 0 && previous == ' ') {
      return false; // trailing
    }
    return stable || Normalizer.isNormalized(part, Normalizer.Form.NFC);
  }

  /**
   * Returns whether {@code c} is in NFC on its own and never composes with the character before it, so that text made
   * only of such characters is in NFC: the printable ASCII, Latin-1, Latin Extended-A and -B, IPA and spacing
   * modifier letters (U+0020 to U+02FF, the combining marks start at U+0300) and Latin Extended Additional (U+1E00 to
   * U+1EFF, Vietnamese's precomposed letters with tone marks). {@code PersonNameCleanTest} checks the claim against
   * the JDK's Unicode data for every character.
   */
  static boolean isStable(char c) {
    return (c >= ' ' && c < 0x7f) || (c >= 0xa0 && c < 0x300) || (c >= 0x1e00 && c < 0x1f00);
  }

  /** The general cleaning: NFC, then white space collapsed and control characters refused. */
  static String cleanSlowly(String part) {
    return VietnameseText.collapse(part, "A name");
  }

  /**
   * Returns the full name, the non-empty parts joined by single spaces: {@code "Nguyễn Thị Hoà"}.
   *
   * @return the full name
   */
  public String fullName() {
    StringBuilder out = new StringBuilder(family.length() + middle.length() + given.length() + 2);
    for (String part : new String[] {family, middle, given}) {
      if (!part.isEmpty()) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(part);
      }
    }
    return out.toString();
  }

  /**
   * Returns the key under which names are the same when they differ only in case, Unicode form, white space,
   * invisible format characters (zero-width space, byte-order mark, soft hyphen: Unicode category Cf) and tone-mark
   * placement. Tone marks themselves count: {@code Hà} and {@code Hạ} are different names.
   *
   * <p>The key is for comparison only, not for display: each syllable is written without its tone mark, followed by
   * the tone's combining mark, so that where the tone sits in the syllable cannot matter.
   *
   * @return the identity key
   */
  public String identityKey() {
    return VietnameseText.identityKey(fullName());
  }

  /**
   * Returns the key under which names are the same when they differ in case, Unicode form, white space, invisible
   * format characters and any diacritic at all: {@code "nguyen thi hoa"}. Many different names share a search key; use it to find candidates.
   *
   * @return the search key, lower-case ASCII letters where the name is Vietnamese
   */
  public String searchKey() {
    return VietnameseText.searchKey(fullName());
  }

  /**
   * Returns the data-quality findings about this name's text: letters that stand for others ({@link
   * NameFinding#LATIN_ETH_FOR_D_WITH_STROKE}: {@code Ð} typed for {@code Đ}). The text is kept as given; the keys
   * already read such letters as the ones they stand for.
   *
   * <pre>{@code
   * PersonName typed = PersonName.parse("Ðặng Văn An");   // Ð is U+00D0, the Latin eth
   * typed.findings();                                       // [LATIN_ETH_FOR_D_WITH_STROKE]
   * typed.sameAs(PersonName.parse("Đặng Văn An"));          // true
   * typed.family();                                         // "Ðặng", as given
   * }</pre>
   *
   * @return the findings, in {@link NameFinding} order; empty for most names
   */
  public List<NameFinding> findings() {
    for (String part : new String[] {family, middle, given}) {
      for (int i = 0, n = part.length(); i < n; i++) {
        char c = part.charAt(i);
        if (c == '\u00D0' || c == '\u00F0') {
          return List.of(NameFinding.LATIN_ETH_FOR_D_WITH_STROKE);
        }
      }
    }
    return List.of();
  }

  /**
   * Returns whether this name and {@code other} have the same {@linkplain #identityKey() identity key}.
   *
   * @param other another name
   * @return whether the two name the same person, as far as the name can tell
   */
  public boolean sameAs(PersonName other) {
    return identityKey().equals(Objects.requireNonNull(other, "other").identityKey());
  }

  /** Returns the name masked: the first letter of each word, {@code N***** T** H**}. */
  @Override
  public String toString() {
    return Masking.maskName(fullName());
  }
}
