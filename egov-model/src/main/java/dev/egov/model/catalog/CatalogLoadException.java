package dev.egov.model.catalog;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a list of administrative units cannot be read into a catalogue ({@link StatisticsOfficeCatalog}). The
 * message names the row and column and a stable {@link #reason()}, never the offending value.
 *
 * @since 0.1.0
 */
public final class CatalogLoadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Why a list could not be read. Stable codes that programs can switch on.
   *
   * @since 0.1.0
   */
  public enum Reason {
    /** The CSV has no header line, or lacks a column the list needs. */
    MISSING_COLUMN,
    /** The CSV is malformed: an unterminated quote, or a line with more fields than the header. */
    MALFORMED_CSV,
    /** A required field is empty. */
    MISSING_VALUE,
    /** A code is not made of digits, or has more digits than its level's codes. */
    MALFORMED_CODE,
    /** A type ({@code LoaiHinh}, {@code Cấp}, or the type word of a name) is none the catalogue knows. */
    UNKNOWN_TYPE,
    /**
     * A row of the legacy era has no district, or a row of the 2025 era has one (districts were abolished on 1 July
     * 2025).
     */
    DISTRICT_MISMATCH,
    /** A commune's province is not among the province rows given. */
    UNKNOWN_PROVINCE,
    /** Two rows disagree about one code: another name, type or parent. */
    INCONSISTENT_ROWS,
    /** The list has no row. */
    EMPTY
  }

  /** Why the list could not be read. */
  private final Reason reason;

  /** The 1-based row at fault, or 0 for the whole list. */
  private final int row;

  /** The column at fault, or {@code null}. */
  private final @Nullable String column;

  /**
   * Creates the exception.
   *
   * @param reason why the list could not be read
   * @param row the 1-based row (the CSV line, or the index in the list of rows plus one), or 0 for the whole list
   * @param column the column, or {@code null}
   * @param detail what went wrong, without the offending value
   */
  public CatalogLoadException(Reason reason, int row, @Nullable String column, String detail) {
    super(message(reason, row, column, detail));
    this.reason = reason;
    this.row = row;
    this.column = column;
  }

  private static String message(Reason reason, int row, @Nullable String column, String detail) {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
    return (row > 0 ? "row " + row + ": " : "") + (column == null ? "" : column + ": ") + detail + " (" + reason + ')';
  }

  /**
   * Returns why the list could not be read.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * Returns the 1-based row at fault: the CSV line, or the row's index in the list plus one.
   *
   * @return the row, or 0 when the fault is the whole list's
   */
  public int row() {
    return row;
  }

  /**
   * Returns the column at fault, as the list names it ({@code MaPhuongXa}) or as the CSV header does.
   *
   * @return the column, or empty
   */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }
}
