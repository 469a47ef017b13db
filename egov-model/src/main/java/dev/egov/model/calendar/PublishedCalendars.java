package dev.egov.model.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads the published civil-service calendars bundled as {@value #RESOURCE}, once, on first use.
 *
 * <p>The format is documented in the file itself: a header {@value #HEADER}, then one row per day. A malformed row is a
 * defect of the release, so it fails loudly with its line number.
 */
final class PublishedCalendars {

  static final String RESOURCE = "civil-service-calendar.csv";
  static final String HEADER = "date,kind,holiday,source";
  static final String MAKE_UP_WORKDAY = "MAKE_UP_WORKDAY";

  private PublishedCalendars() {}

  private static final class Bundled {
    static final SortedMap<Integer, HolidayYear> YEARS = load();
  }

  /** Returns the bundled published years, by year. */
  static SortedMap<Integer, HolidayYear> bundled() {
    return Bundled.YEARS;
  }

  private static SortedMap<Integer, HolidayYear> load() {
    try (InputStream in = PublishedCalendars.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE + " in package dev.egov.model.calendar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
      return parse(lines, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }

  /**
   * Parses the lines of a calendar file.
   *
   * @param lines the lines, without line terminators
   * @param name the file name for error messages
   * @return the published years, by year, unmodifiable
   * @throws IllegalStateException naming the line, if a row is malformed or the header is missing
   */
  static SortedMap<Integer, HolidayYear> parse(List<String> lines, String name) {
    SortedMap<Integer, List<DayOff>> daysOff = new TreeMap<>();
    SortedMap<Integer, List<LocalDate>> makeUps = new TreeMap<>();
    SortedMap<Integer, List<String>> sources = new TreeMap<>();
    boolean headerSeen = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = name + " line " + (i + 1) + ": ";
      if (!headerSeen) {
        if (!line.equals(HEADER)) {
          throw new IllegalStateException(where + "expected the header '" + HEADER + "'");
        }
        headerSeen = true;
        continue;
      }
      String[] fields = line.split(",", -1);
      if (fields.length != 4) {
        throw new IllegalStateException(where + "expected 4 fields, found " + fields.length);
      }
      LocalDate date;
      Holiday holiday;
      try {
        date = LocalDate.parse(fields[0]);
      } catch (DateTimeParseException e) {
        throw new IllegalStateException(where + "not a yyyy-MM-dd date: '" + fields[0] + "'", e);
      }
      try {
        holiday = Holiday.valueOf(fields[2]);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(where + "unknown holiday '" + fields[2] + "'", e);
      }
      String source = fields[3];
      if (source.isBlank() || !source.equals(source.strip())) {
        throw new IllegalStateException(where + "the source must be non-blank and without surrounding spaces");
      }
      Integer year = date.getYear();
      if (fields[1].equals(MAKE_UP_WORKDAY)) {
        makeUps.computeIfAbsent(year, y -> new ArrayList<>()).add(date);
      } else {
        DayOffKind kind;
        try {
          kind = DayOffKind.valueOf(fields[1]);
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(where + "unknown kind '" + fields[1] + "'", e);
        }
        daysOff.computeIfAbsent(year, y -> new ArrayList<>()).add(new DayOff(date, holiday, kind));
      }
      List<String> yearSources = sources.computeIfAbsent(year, y -> new ArrayList<>());
      if (!yearSources.contains(source)) {
        yearSources.add(source);
      }
    }
    if (!headerSeen) {
      throw new IllegalStateException(name + ": the header '" + HEADER + "' is missing");
    }
    SortedMap<Integer, HolidayYear> years = new TreeMap<>();
    for (Map.Entry<Integer, List<String>> entry : sources.entrySet()) {
      int year = entry.getKey();
      try {
        years.put(
            year,
            new HolidayYear(
                year,
                CalendarStatus.PUBLISHED,
                daysOff.getOrDefault(year, List.of()),
                makeUps.getOrDefault(year, List.of()),
                entry.getValue()));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(name + ": year " + year + ": " + e.getMessage(), e);
      }
    }
    return Collections.unmodifiableSortedMap(years);
  }
}
