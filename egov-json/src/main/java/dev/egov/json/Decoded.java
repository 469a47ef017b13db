package dev.egov.json;

import java.util.List;
import java.util.Objects;

/**
 * What a reader made of a payload: the record, and the fields it did not know.
 *
 * <pre>{@code
 * Decoded<Dossier> read = portal.decodeDossier(payload);
 * if (!read.unknownFields().isEmpty()) {
 *   // paths and shapes only, such as [UnknownField[/MaTinhMoi = string(2 chars)]]: never the values
 *   log.info("payload has fields egov does not map: {}", read.unknownFields());
 * }
 * byte[] back = portal.writeDossier(read);   // puts the unknown fields back
 * }</pre>
 *
 * <p>{@link #toString()} prints the record's own {@code toString()} (egov's records mask personal data) and the
 * unknown fields as {@link UnknownField#toString()} does: their paths and the shape and length of their values, never
 * the values.
 *
 * @param value the record read
 * @param unknownFields the fields not mapped, in document order; empty when every field was known
 * @param <T> the record's type
 * @since 0.1.0
 */
public record Decoded<T>(T value, List<UnknownField> unknownFields) {

  /**
   * Checks the parts and copies the list.
   *
   * @param value the record read
   * @param unknownFields the fields not mapped, in document order; empty when every field was known
   */
  public Decoded {
    Objects.requireNonNull(value, "value");
    unknownFields = List.copyOf(unknownFields);
  }

  /**
   * Returns a record read with no unknown fields, or built in memory.
   *
   * @param value the record
   * @param <T> its type
   * @return the decoded record
   */
  public static <T> Decoded<T> of(T value) {
    return new Decoded<>(value, List.of());
  }
}
