package dev.egov.model.person;

/**
 * A data-quality finding about a {@link PersonName}: something in the text that deserves a look but does not make the
 * name unusable. The name keeps its text as given; {@link PersonName#findings()} reports what was found.
 *
 * <p>Constant names are stable codes.
 *
 * @since 0.1.0
 */
public enum NameFinding {
  /**
   * The name writes {@code Đ} or {@code đ} (U+0110, U+0111, Latin D with stroke, the Vietnamese letter) with the
   * Latin letter eth, {@code Ð} or {@code ð} (U+00D0, U+00F0). The capitals look the same in most fonts, and some
   * keyboard layouts and legacy fonts produce the eth; a name typed so does not compare equal to the same name typed
   * with {@code Đ}, by string or by a database index. The {@linkplain PersonName#identityKey() identity} and
   * {@linkplain PersonName#searchKey() search} keys read the eth as {@code Đ}, so {@code Ðặng} is the same name as
   * {@code Đặng}; the text should still be corrected at its source.
   */
  LATIN_ETH_FOR_D_WITH_STROKE
}
