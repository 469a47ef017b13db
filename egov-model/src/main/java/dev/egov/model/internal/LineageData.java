package dev.egov.model.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the commune lineage resource, generated from the official ward-merge descriptions by the conversion tool kept
 * with egov-model's tests (never edited by hand; {@code docs/administrative-units-lineage.md}).
 *
 * <p>Format, UTF-8, one record a line, fields separated by tabs, {@code #} lines ignored:
 *
 * <ul>
 *   <li>{@code @LINEAGE asOf source release}, once, first: the date the lineage takes effect and where it comes from;
 *   <li>{@code newCode legacy…}: a commune of the 2025 catalogue (5 digits) and, separated by spaces, the legacy units
 *       it was formed from, in the order the description names them: a legacy commune (5 digits) or a legacy district
 *       without communes (3 digits), followed by {@code ~} when only part of it went into the new commune.
 * </ul>
 *
 * <p>The resource is part of the library: a malformed line is a bug and fails loudly with its line number.
 *
 * @param asOf the date the lineage takes effect
 * @param source the description's source
 * @param release the release of the copy read
 * @param rows the new communes, in the resource's order
 */
public record LineageData(LocalDate asOf, String source, String release, List<Row> rows) {

  /**
   * One new commune and the legacy units it was formed from.
   *
   * @param newCode the commune's five digits in the 2025 catalogue
   * @param legacyCodes the legacy units' digits (5 for a commune, 3 for a district), in the description's order
   * @param parts for each legacy unit, whether only part of it went into the new commune
   */
  public record Row(String newCode, List<String> legacyCodes, List<Boolean> parts) {

    /**
     * Copies the lists.
     *
     * @param newCode the commune's five digits in the 2025 catalogue
     * @param legacyCodes the legacy units' digits (5 for a commune, 3 for a district), in the description's order
     * @param parts for each legacy unit, whether only part of it went into the new commune
     */
    public Row {
      Objects.requireNonNull(newCode, "newCode");
      legacyCodes = List.copyOf(legacyCodes);
      parts = List.copyOf(parts);
      if (legacyCodes.size() != parts.size() || legacyCodes.isEmpty()) {
        throw new IllegalArgumentException("legacyCodes: one part flag each, at least one");
      }
    }
  }

  /**
   * Copies the rows.
   *
   * @param asOf the date the lineage takes effect
   * @param source the description's source
   * @param release the release of the copy read
   * @param rows the new communes, in the resource's order
   */
  public LineageData {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(release, "release");
    rows = List.copyOf(rows);
  }

  /**
   * Loads a lineage resource next to {@code anchor}'s package.
   *
   * @param anchor a class in the package holding the resource
   * @param resource the file name
   * @return the lineage
   * @throws IllegalStateException if the resource is missing or a line is malformed
   */
  public static LineageData load(Class<?> anchor, String resource) {
    String where = anchor.getPackageName().replace('.', '/') + '/' + resource;
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing data file " + where);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      String[] head = null;
      List<Row> rows = new ArrayList<>(3400);
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        try {
          String[] fields = line.split("\t", -1);
          if (line.charAt(0) == '@') {
            if (head != null || fields.length != 4 || !fields[0].equals("@LINEAGE")) {
              throw new IllegalStateException("one @LINEAGE line of 4 fields");
            }
            head = fields;
            continue;
          }
          if (head == null || fields.length != 2 || !isDigits(fields[0], 5)) {
            throw new IllegalStateException("a row is a 5-digit code and its legacy units, after @LINEAGE");
          }
          List<String> codes = new ArrayList<>(8);
          List<Boolean> parts = new ArrayList<>(8);
          for (String item : fields[1].split(" ", -1)) {
            boolean part = item.endsWith("~");
            String code = part ? item.substring(0, item.length() - 1) : item;
            if (!isDigits(code, 5) && !isDigits(code, 3)) {
              throw new IllegalStateException("a legacy unit is 5 or 3 digits");
            }
            codes.add(code);
            parts.add(part);
          }
          rows.add(new Row(fields[0], codes, parts));
        } catch (RuntimeException e) {
          throw new IllegalStateException(where + ":" + lineNumber + ": " + e.getMessage(), e);
        }
      }
      if (head == null) {
        throw new IllegalStateException(where + ": no @LINEAGE line");
      }
      return new LineageData(LocalDate.parse(head[1]), head[2], head[3], rows);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read data file " + where, e);
    }
  }

  private static boolean isDigits(String s, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
