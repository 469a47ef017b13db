package dev.egov.json.internal.wire;

import dev.egov.json.JsonDecodingException;
import dev.egov.json.JsonDecodingException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * The values of one object, read or viewed, by {@link Field}: what a {@link MessageTable}'s assembler builds the record
 * from. Valid only during the assembler's call; not shared between threads.
 */
public final class Values {

  private @Nullable Object[] values;
  private final @Nullable WireReader reader;

  Values(@Nullable Object[] values, @Nullable WireReader reader) {
    this.values = values;
    this.reader = reader;
  }

  /**
   * Rebinds these values to another object's slots: a reader keeps one instance for every object it assembles, as an
   * assembler runs after the object's children are read and reads nothing itself.
   */
  Values of(@Nullable Object[] slots) {
    this.values = slots;
    return this;
  }

  /**
   * Returns a field's value.
   *
   * @param field the field, of this object's table
   * @param <V> its type
   * @return the value, or {@code null} when absent
   */
  @SuppressWarnings("unchecked")
  public <V> @Nullable V get(Field<?, V> field) {
    return (V) values[field.index];
  }

  /**
   * Returns a field's value, or another when it is absent.
   *
   * @param field the field, of this object's table
   * @param otherwise the value when absent
   * @param <V> its type
   * @return the value
   */
  @SuppressWarnings("unchecked")
  public <V> V get(Field<?, V> field, V otherwise) {
    Object v = values[field.index];
    return v == null ? otherwise : (V) v;
  }

  /**
   * Returns a required field's value (the table has checked it is present).
   *
   * @param field the field, of this object's table, {@linkplain Field#required() required}
   * @param <V> its type
   * @return the value
   */
  @SuppressWarnings("unchecked")
  public <V> V need(Field<?, V> field) {
    Object v = values[field.index];
    if (v == null) {
      // Only a view gets here: a read has checked its required fields.
      throw new IllegalArgumentException(field.name + " is absent or blank in " + field.owner() + ": it is required");
    }
    return (V) v;
  }

  /**
   * Returns whether the values are read from a payload rather than viewed from a record.
   *
   * @return whether there is a reader
   */
  public boolean reading() {
    return reader != null;
  }

  /**
   * Returns an error at a child of the object being assembled: a decoding error when reading, an illegal argument
   * when viewing.
   *
   * @param field the field at fault
   * @param reason the reason
   * @param detail what was expected, without the value
   * @return the exception to throw
   */
  public RuntimeException invalid(Field<?, ?> field, Reason reason, String detail) {
    if (reader == null) {
      return new IllegalArgumentException(field.name + ": " + detail);
    }
    return new JsonDecodingException(reason, reader.here(field.name), detail);
  }

  /**
   * Returns the reader, when reading: for an assembler that needs the object's location.
   *
   * @return the reader, or {@code null} when viewing
   */
  public @Nullable WireReader reader() {
    return reader;
  }
}
