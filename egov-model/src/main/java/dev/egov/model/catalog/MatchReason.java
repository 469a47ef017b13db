package dev.egov.model.catalog;

/**
 * Why a unit is a candidate for a searched name ({@link AdministrativeUnitCatalog#search}).
 *
 * @since 0.1.0
 */
public enum MatchReason {
  /** The name is the unit's name, diacritics and tones included (tone-mark placement, case and spacing aside). */
  SAME_NAME,
  /** The name is the unit's name only when diacritics are ignored: {@code sai gon} for {@code Sài Gòn}. */
  SAME_NAME_WITHOUT_DIACRITICS,
  /** No type word was given. */
  NO_TYPE_GIVEN,
  /** The type word given is the unit's type ({@code Phường}, {@code phuong}, {@code P.}). */
  SAME_TYPE,
  /** The type was given as an abbreviation: {@code P.}, {@code Q.}, {@code H.}, {@code X.}, {@code TX}, {@code TT},
   * {@code TP}. */
  TYPE_ABBREVIATED,
  /**
   * A type word was given and the unit is of another type: a near miss, offered only when no unit of the type given
   * fits ({@code Thị trấn Văn Lang} typed where there is only a {@code Xã Văn Lang}).
   */
  OTHER_TYPE
}
