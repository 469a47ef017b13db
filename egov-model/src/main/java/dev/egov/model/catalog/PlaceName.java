package dev.egov.model.catalog;

import dev.egov.model.internal.PlaceNameText;
import dev.egov.model.internal.VietnameseText;
import java.util.Objects;

/**
 * The name of a place as a source wrote it, with the key under which two writings name the same unit.
 *
 * <p><b>Identity key.</b> {@link #identityKey()} ignores what official lists and users write in more than one way:
 * the placement of the tone mark ({@code Hòa} = {@code Hoà}, {@code Thủy} = {@code Thuỷ}, {@code Hóa} = {@code Hoá};
 * later releases of the official catalogue changed many names only in that respect), Unicode normal form, case, white
 * space, invisible characters, and spacing around hyphens and apostrophes ({@code Bà Rịa - Vũng Tàu} = {@code Bà
 * Rịa-Vũng Tàu}). It keeps every letter, diacritic and tone, and the type word: {@code Văn Lang} and {@code Văn Lăng}
 * are different units, and so are {@code Thị trấn Văn Lang} and {@code Xã Văn Lang}. Over both official lists (the
 * 10,035 legacy communes, 696 districts and 63 provinces, and the 3,321 communes and 34 provinces of 1 July 2025) two
 * full names share a key only when they are the same name so written; egov's tests prove it for every pair.
 *
 * <p>It is the place-name counterpart of {@code PersonName.identityKey()}, built on the same normalisation. For
 * finding units by a name typed without diacritics or with abbreviated type words ({@code P.}, {@code Q.}, {@code
 * TX}), use {@link AdministrativeUnitCatalog#search}, which returns candidates, never a decision.
 *
 * <pre>{@code
 * PlaceName.of("Xã Hòa An").sameAs(PlaceName.of("XÃ HOÀ AN"));                       // true
 * PlaceName.of("Tỉnh Bà Rịa-Vũng Tàu").sameAs(PlaceName.of("Tỉnh Bà Rịa - Vũng Tàu")); // true
 * PlaceName.of("Xã Văn Lang").sameAs(PlaceName.of("Xã Văn Lăng"));                   // false
 * }</pre>
 *
 * @param text the name as given, in NFC with white space collapsed
 * @since 0.1.0
 */
public record PlaceName(String text) {

  /**
   * Normalises the text: NFC, white space collapsed and trimmed.
   *
   * @param text the name as given, in NFC with white space collapsed
   * @throws IllegalArgumentException if the text is blank or contains a control character
   */
  public PlaceName {
    Objects.requireNonNull(text, "text");
    String out = VietnameseText.collapse(text, "text");
    if (out.isEmpty()) {
      throw new IllegalArgumentException("text is blank");
    }
    text = out;
  }

  /**
   * Returns the place name of a text.
   *
   * @param text the name, in any Unicode form
   * @return the name
   * @throws IllegalArgumentException if the text is blank or contains a control character
   */
  public static PlaceName of(String text) {
    return new PlaceName(text);
  }

  /**
   * Returns the key under which two writings of a name are the same: see the class description. For comparison
   * only, not for display.
   *
   * @return the identity key
   */
  public String identityKey() {
    return PlaceNameText.identityKey(text);
  }

  /**
   * Returns whether this name and {@code other} have the same {@linkplain #identityKey() identity key}.
   *
   * @param other another name
   * @return whether the two are the same name
   */
  public boolean sameAs(PlaceName other) {
    return identityKey().equals(Objects.requireNonNull(other, "other").identityKey());
  }

  /** Returns the text: place names are not personal data. */
  @Override
  public String toString() {
    return text;
  }
}
