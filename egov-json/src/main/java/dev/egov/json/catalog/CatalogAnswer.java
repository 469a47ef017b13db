package dev.egov.json.catalog;

import dev.egov.json.AnswerStatus;
import java.util.List;
import java.util.Objects;

/**
 * The catalogue service's answer: the rows of its .NET DataSet ({@code TABLE} elements, in document order), or a
 * fault. The rows are egov-model's loader rows, {@link dev.egov.model.catalog.StatisticsOfficeCatalog.ProvinceRow} for
 * {@code DanhMucTinh} and {@link dev.egov.model.catalog.StatisticsOfficeCatalog.CommuneRow} for {@code
 * DanhMucPhuongXa}, with every value as the service wrote it: an absent column is {@code null}, an empty one {@code
 * ""}, and a code is not checked here (a malformed one stays in its row, and the catalogue loader refuses it with a
 * typed error naming the row and column).
 *
 * @param status {@link AnswerStatus#ok()} for rows; a failure for a SOAP fault ({@code faultcode}, {@code
 *     faultstring}); {@link AnswerStatus.Outcome#GATEWAY_FAULT} when a gateway answered instead
 * @param rows the rows, empty for a fault
 * @param dataSet the DataSet element's name ({@code DocumentElement} or {@code NewDataSet} are seen), written back
 *     as read
 * @param <R> the row type
 * @since 0.1.0
 */
public record CatalogAnswer<R>(AnswerStatus status, List<R> rows, String dataSet) {

  /** The DataSet element's name egov writes when none was read. */
  public static final String DEFAULT_DATA_SET = "DocumentElement";

  /**
   * Checks the parts.
   *
   * @param status the outcome
   * @param rows the rows
   * @param dataSet the DataSet element's name
   * @throws IllegalArgumentException if a fault has rows or the DataSet's name is not an XML name without prefix
   */
  public CatalogAnswer {
    Objects.requireNonNull(status, "status");
    rows = List.copyOf(rows);
    Objects.requireNonNull(dataSet, "dataSet");
    if (!status.success() && !rows.isEmpty()) {
      throw new IllegalArgumentException("A fault has no rows");
    }
    if (!isName(dataSet)) {
      throw new IllegalArgumentException("The DataSet's name is an XML name without prefix");
    }
  }

  /**
   * Returns a successful answer with rows, in the default DataSet.
   *
   * @param rows the rows
   * @param <R> the row type
   * @return the answer
   */
  public static <R> CatalogAnswer<R> of(List<R> rows) {
    return new CatalogAnswer<>(AnswerStatus.ok(), rows, DEFAULT_DATA_SET);
  }

  /** Returns a fault as an answer without rows. */
  static <R> CatalogAnswer<R> fault(AnswerStatus status) {
    return new CatalogAnswer<>(status, List.of(), DEFAULT_DATA_SET);
  }

  private static boolean isName(String name) {
    if (name.isEmpty() || !(Character.isLetter(name.charAt(0)) || name.charAt(0) == '_')) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  /** Says the outcome and how many rows, never the rows themselves (a list has thousands). */
  @Override
  public String toString() {
    return "CatalogAnswer[" + status.outcome() + ", " + rows.size() + " rows]";
  }
}
