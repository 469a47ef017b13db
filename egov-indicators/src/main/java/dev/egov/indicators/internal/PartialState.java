package dev.egov.indicators.internal;

import dev.egov.indicators.IndicatorReport;
import dev.egov.indicators.IndicatorRow;
import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.InvalidIdentifierException;
import dev.egov.model.id.ProcedureCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What an accumulator has counted: the overall row, one row per receiving agency and per procedure, the dossiers
 * outside the period and the undated ones. Merging two is exact and commutative: counts and durations add, and each
 * bounded sample keeps the smallest codes of both (see {@link CodeSampler}), so any split of the dossiers, merged in
 * any order, gives the state of one pass over all of them. Not thread-safe.
 */
public final class PartialState {

  private final int limit;
  private final Tally overall;
  private final Map<AgencyCode, Tally> agencies = new HashMap<>();
  private final Map<ProcedureCode, Tally> procedures = new HashMap<>();
  private long outsidePeriod;
  private final CodeSampler undated;

  /**
   * Creates an empty state.
   *
   * @param limit how many codes each figure lists
   */
  public PartialState(int limit) {
    this.limit = limit;
    this.overall = new Tally(limit);
    this.undated = new CodeSampler(limit);
  }

  /** Counts a dossier that has neither a receipt nor a submission instant. */
  public void undated(DossierCode code) {
    undated.add(code);
  }

  /** Counts a dossier outside the period. */
  public void outsidePeriod() {
    outsidePeriod++;
  }

  /** Counts a dossier of the period in the overall row and in its agency's and procedure's rows. */
  public void add(Facts facts, AgencyCode agency, ProcedureCode procedure, DossierCode code) {
    Tally procedureTally = procedures.get(procedure);
    if (procedureTally == null) {
      procedureTally = new Tally(limit);
      procedures.put(procedure, procedureTally);
    }
    Tally agencyTally = agencies.get(agency);
    if (agencyTally == null) {
      agencyTally = new Tally(limit);
      agencies.put(agency, agencyTally);
    }
    overall.add(facts, code);
    agencyTally.add(facts, code);
    procedureTally.add(facts, code);
  }

  /** Adds everything {@code other} counted; {@code other} is left as it was. */
  public void addAll(PartialState other) {
    overall.addAll(other.overall);
    other.agencies.forEach((agency, tally) -> tally(agencies, agency).addAll(tally));
    other.procedures.forEach((code, tally) -> tally(procedures, code).addAll(tally));
    outsidePeriod = Math.addExact(outsidePeriod, other.outsidePeriod);
    undated.addAll(other.undated);
  }

  private <K> Tally tally(Map<K, Tally> tallies, K key) {
    return tallies.computeIfAbsent(key, k -> new Tally(limit));
  }

  /** Returns how many dossiers of the period were counted. */
  public long inPeriod() {
    return overall.dossiers();
  }

  /** Returns how many dossiers outside the period were counted. */
  public long outside() {
    return outsidePeriod;
  }

  /** Returns the report of what has been counted, rows sorted by code. */
  public IndicatorReport report(Instant periodStart, Instant periodEnd, double syncRateFactor) {
    List<IndicatorRow> agencyRows = new ArrayList<>(agencies.size());
    agencies.forEach((agency, tally) ->
        agencyRows.add(tally.row(IndicatorRow.Scope.AGENCY, agency.fullForm(), syncRateFactor)));
    agencyRows.sort((a, b) -> a.code().compareTo(b.code()));
    List<IndicatorRow> procedureRows = new ArrayList<>(procedures.size());
    procedures.forEach((code, tally) ->
        procedureRows.add(tally.row(IndicatorRow.Scope.PROCEDURE, code.format(), syncRateFactor)));
    procedureRows.sort((a, b) -> a.code().compareTo(b.code()));
    return new IndicatorReport(periodStart, periodEnd, syncRateFactor, outsidePeriod, undated.sample(),
        overall.row(IndicatorRow.Scope.OVERALL, "", syncRateFactor), agencyRows, procedureRows);
  }

  /** Writes the state's body, in the order {@link StateFormat} documents; rows in ascending order of their code. */
  void write(StateWriter out) {
    out.i64(outsidePeriod);
    undated.write(out);
    overall.write(out);
    writeRows(out, agencies, AgencyCode::fullForm);
    writeRows(out, procedures, ProcedureCode::format);
  }

  private static <K> void writeRows(StateWriter out, Map<K, Tally> rows, Function<K, String> code) {
    List<Map.Entry<String, Tally>> sorted = new ArrayList<>(rows.size());
    rows.forEach((key, tally) -> sorted.add(Map.entry(code.apply(key), tally)));
    sorted.sort(Map.Entry.comparingByKey());
    out.i32(sorted.size());
    for (Map.Entry<String, Tally> row : sorted) {
      out.text(row.getKey());
      row.getValue().write(out);
    }
  }

  /** Reads what {@link #write} wrote. */
  static PartialState read(StateReader in, int limit) {
    PartialState state = new PartialState(limit);
    state.outsidePeriod = in.tally("dossiers outside the period");
    state.undated.addAll(CodeSampler.read(in, limit, "undated dossiers"));
    state.overall.addAll(Tally.read(in, limit));
    long agencyDossiers =
        readRows(in, limit, state.agencies, AgencyCode::parseLenient, AgencyCode::fullForm, "agency");
    long procedureDossiers =
        readRows(in, limit, state.procedures, ProcedureCode::parseLenient, ProcedureCode::format, "procedure");
    long dossiers = state.overall.dossiers();
    if (agencyDossiers != dossiers || procedureDossiers != dossiers) {
      throw StateReader.corrupt("the rows do not add up to the overall row");
    }
    return state;
  }

  /** Reads rows into {@code rows}, and returns how many dossiers they count. */
  private static <K> long readRows(StateReader in, int limit, Map<K, Tally> rows, Function<String, K> parse,
      Function<K, String> code, String kind) {
    int n = in.count(Integer.MAX_VALUE, kind + " rows");
    String previous = "";
    long dossiers = 0;
    for (int i = 0; i < n; i++) {
      String text = in.text();
      if (i > 0 && previous.compareTo(text) >= 0) {
        throw StateReader.corrupt("the " + kind + " rows are not in strictly ascending order");
      }
      previous = text;
      K key;
      try {
        key = parse.apply(text);
      } catch (InvalidIdentifierException e) {
        throw StateReader.corrupt("a row of a " + kind + " has no valid code");
      }
      if (!code.apply(key).equals(text)) {
        throw StateReader.corrupt("a row of a " + kind + " has its code in another form than the one written");
      }
      Tally tally = Tally.read(in, limit);
      if (rows.put(key, tally) != null) {
        throw StateReader.corrupt("two " + kind + " rows have the same code");
      }
      dossiers = Math.addExact(dossiers, tally.dossiers());
    }
    return dossiers;
  }
}
