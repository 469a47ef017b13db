package dev.egov.model.indicators;

import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.ProcedureCode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The QĐ 766/QĐ-TTg indicators computed from the dossiers of one period: one overall row, one row per receiving agency
 * and one per procedure, each list sorted by code, so that two runs over the same dossiers print the same report
 * whatever order the dossiers came in.
 *
 * <pre>{@code
 * IndicatorReport report = calculator.compute(dossiers);
 * report.overall().onTime().rate();          // 3/4 (75.00%)
 * report.procedure(ProcedureCode.parse("1.001193")).map(r -> r.processingTime().ratio());
 * out.print(report.toTable());
 * }</pre>
 *
 * <p>Dossiers outside the period are counted in {@link #outsidePeriod()}; dossiers that carry neither a receipt nor a
 * submission instant cannot be placed in any period and are listed in {@link #undated()}. Immutable.
 *
 * @param periodStart the first instant of the period
 * @param periodEnd the instant after the period, also the instant "as of" which open dossiers are judged
 * @param syncRateFactor the sync rate applied to indicator 3.3
 * @param outsidePeriod how many dossiers fed were outside the period
 * @param undated the dossiers fed that have neither a receipt nor a submission instant, bounded
 * @param overall the figures over every dossier of the period
 * @param agencies one row per receiving agency, by code in full form
 * @param procedures one row per procedure, by code
 * @since 0.1.0
 */
public record IndicatorReport(
    Instant periodStart,
    Instant periodEnd,
    double syncRateFactor,
    long outsidePeriod,
    CodeSample undated,
    IndicatorRow overall,
    List<IndicatorRow> agencies,
    List<IndicatorRow> procedures) {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  /**
   * Checks the parts and copies the lists.
   *
   * @param periodStart the first instant of the period
   * @param periodEnd the instant after the period, also the instant "as of" which open dossiers are judged
   * @param syncRateFactor the sync rate applied to indicator 3.3
   * @param outsidePeriod how many dossiers fed were outside the period
   * @param undated the dossiers fed that have neither a receipt nor a submission instant, bounded
   * @param overall the figures over every dossier of the period
   * @param agencies one row per receiving agency, by code in full form
   * @param procedures one row per procedure, by code
   * @throws IllegalArgumentException if the period is empty, a row has the wrong scope, or a list is out of order
   */
  public IndicatorReport {
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(periodEnd, "periodEnd");
    Objects.requireNonNull(undated, "undated");
    Objects.requireNonNull(overall, "overall");
    agencies = List.copyOf(agencies);
    procedures = List.copyOf(procedures);
    if (!periodStart.isBefore(periodEnd)) {
      throw new IllegalArgumentException("The period ends at " + periodEnd + ", not after its start " + periodStart);
    }
    if (outsidePeriod < 0) {
      throw new IllegalArgumentException("outsidePeriod < 0: " + outsidePeriod);
    }
    if (overall.scope() != IndicatorRow.Scope.OVERALL) {
      throw new IllegalArgumentException("The overall row has scope " + overall.scope());
    }
    checkRows(agencies, IndicatorRow.Scope.AGENCY);
    checkRows(procedures, IndicatorRow.Scope.PROCEDURE);
  }

  private static void checkRows(List<IndicatorRow> rows, IndicatorRow.Scope scope) {
    for (int i = 0; i < rows.size(); i++) {
      IndicatorRow row = rows.get(i);
      if (row.scope() != scope) {
        throw new IllegalArgumentException("Row " + row.code() + " has scope " + row.scope() + ", not " + scope);
      }
      if (i > 0 && rows.get(i - 1).code().compareTo(row.code()) >= 0) {
        throw new IllegalArgumentException("Rows are sorted by code: " + rows.get(i - 1).code() + ", " + row.code());
      }
    }
  }

  /**
   * Returns the row of one receiving agency.
   *
   * @param agency the agency, in any form
   * @return the row, or empty if no dossier of the period was received by it
   */
  public Optional<IndicatorRow> agency(AgencyCode agency) {
    return find(agencies, agency.fullForm());
  }

  /**
   * Returns the row of one procedure.
   *
   * @param procedure the procedure code, as the dossiers name it
   * @return the row, or empty if no dossier of the period is for it
   */
  public Optional<IndicatorRow> procedure(ProcedureCode procedure) {
    return find(procedures, procedure.format());
  }

  private static Optional<IndicatorRow> find(List<IndicatorRow> rows, String code) {
    int low = 0;
    int high = rows.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int c = rows.get(mid).code().compareTo(code);
      if (c == 0) {
        return Optional.of(rows.get(mid));
      }
      if (c < 0) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the report as a plain-text table with Vietnamese labels: {@link #toTable(Locale)
   * toTable(Locale.forLanguageTag("vi"))}.
   *
   * @return the table
   */
  public String toTable() {
    return ReportTable.format(this, VIETNAMESE);
  }

  /**
   * Returns the report as a plain-text table: a heading with the period (local time in {@code Asia/Ho_Chi_Minh}) and
   * the dossiers left out, then one block per row (overall, agencies, procedures) with one line per indicator giving
   * numerator, denominator, rate, and how many dossiers count against it or could not be assessed. Each column is as
   * wide as its widest cell, so the lines stay aligned in a monospaced font however large the numbers; numbers are
   * formatted with {@link Locale#ROOT}, percentages have two decimals, a rate without data reads {@code N/A}, and 2.2
   * gives working hours with two decimals. Lines end with {@code \n}.
   *
   * <pre>{@code
   * out.print(report.toTable(Locale.ENGLISH));   // English labels; toTable() prints Vietnamese ones
   * }</pre>
   *
   * @param language the labels' language: Vietnamese when its language is {@code vi}, English for any other
   * @return the table
   */
  public String toTable(Locale language) {
    return ReportTable.format(this, Objects.requireNonNull(language, "language"));
  }

  /** Returns the period and the overall on-time rate; {@link #toTable()} prints everything. */
  @Override
  public String toString() {
    return "IndicatorReport[" + periodStart + ".." + periodEnd + ", " + overall.dossiers() + " dossiers, on time "
        + overall.onTime().rate() + ", " + agencies.size() + " agencies, " + procedures.size() + " procedures]";
  }
}
