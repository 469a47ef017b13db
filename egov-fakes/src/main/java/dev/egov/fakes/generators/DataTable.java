package dev.egov.fakes.generators;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table bundled with the generators: a UTF-8 text file in this package, lines starting with {@code #} are comments,
 * the first other line names the columns, fields are separated by {@code ;}. Rows keep the file's order, so that the
 * tables built from them, and therefore the generated values, are the same on every run.
 */
final class DataTable {

  private final String resource;
  private final List<String> columns;
  private final List<String[]> rows;

  private DataTable(String resource, List<String> columns, List<String[]> rows) {
    this.resource = resource;
    this.columns = columns;
    this.rows = rows;
  }

  /**
   * Loads a table and checks its header.
   *
   * @throws IllegalStateException if the file is missing, or its header or a row does not have the expected columns
   */
  static DataTable load(String resource, String... expectedColumns) {
    List<String> columns = null;
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = DataTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing bundled data file " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split(";", -1);
        if (columns == null) {
          columns = List.of(fields);
          if (!columns.equals(List.of(expectedColumns))) {
            throw new IllegalStateException(
                resource + " has columns " + columns + ", expected " + Arrays.toString(expectedColumns));
          }
        } else if (fields.length != columns.size()) {
          throw new IllegalStateException(
              resource + " line " + lineNumber + " has " + fields.length + " fields, expected " + columns.size());
        } else {
          rows.add(fields);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read bundled data file " + resource, e);
    }
    if (columns == null) {
      throw new IllegalStateException(resource + " has no header");
    }
    return new DataTable(resource, columns, List.copyOf(rows));
  }

  List<String[]> rows() {
    return rows;
  }

  String field(String[] row, String column) {
    int index = columns.indexOf(column);
    if (index < 0) {
      throw new IllegalArgumentException(resource + " has no column " + column);
    }
    return row[index];
  }

  int intField(String[] row, String column) {
    String text = field(row, column);
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalStateException(resource + ": column " + column + " is not a number: " + text, e);
    }
  }
}
