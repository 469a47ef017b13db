package dev.egov.model.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads egov's bundled data tables: UTF-8 text, one row a line, fields separated by {@code ;}, a header row naming
 * the columns, blank lines and lines starting with {@code #} ignored.
 *
 * <p>The files are part of the library, so a malformed row is a bug in the library: it fails loudly with {@link
 * IllegalStateException} naming the file and line, never silently skipping data.
 */
public final class DataFile {

  private final String name;
  private final List<String> header;
  private final List<List<String>> rows;

  private DataFile(String name, List<String> header, List<List<String>> rows) {
    this.name = name;
    this.header = header;
    this.rows = rows;
  }

  /**
   * Loads a resource next to {@code anchor}'s package.
   *
   * @param anchor a class in the package holding the resource
   * @param resource the file name
   * @param columns the expected header, in order
   * @return the table
   * @throws IllegalStateException if the resource is missing or any row is malformed
   */
  public static DataFile load(Class<?> anchor, String resource, String... columns) {
    Objects.requireNonNull(anchor, "anchor");
    String where = anchor.getPackageName().replace('.', '/') + '/' + resource;
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing data file " + where);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> header = null;
      List<List<String>> rows = new ArrayList<>();
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> fields = List.of(line.split(";", -1));
        if (header == null) {
          header = fields;
          if (!header.equals(List.of(columns))) {
            throw new IllegalStateException(where + ":" + lineNumber + ": header " + header + ", expected "
                + List.of(columns));
          }
          continue;
        }
        if (fields.size() != header.size()) {
          throw new IllegalStateException(where + ":" + lineNumber + ": " + fields.size() + " fields, expected "
              + header.size());
        }
        for (String field : fields) {
          if (!field.equals(field.strip())) {
            throw new IllegalStateException(where + ":" + lineNumber + ": field with surrounding white space");
          }
        }
        rows.add(fields);
      }
      if (header == null) {
        throw new IllegalStateException(where + ": no header row");
      }
      return new DataFile(where, header, List.copyOf(rows));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read data file " + where, e);
    }
  }

  /**
   * Returns the resource path, for messages.
   *
   * @return the path
   */
  public String name() {
    return name;
  }

  /**
   * Returns the data rows in file order, each a list of fields in header order.
   *
   * @return the rows, unmodifiable
   */
  public List<List<String>> rows() {
    return rows;
  }

  /**
   * Returns a field of a row by column name.
   *
   * @param row a row of this table
   * @param column a column of the header
   * @return the field
   * @throws IllegalArgumentException if there is no such column
   */
  public String field(List<String> row, String column) {
    int index = header.indexOf(column);
    if (index < 0) {
      throw new IllegalArgumentException("No column " + column + " in " + name);
    }
    return row.get(index);
  }
}
