package dev.egov.json.internal.wire;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * How one value travels: how it is read from the current token, when it counts as absent, how it is written, and
 * what it becomes once written and read back (for views). Stateless and shared; {@link Forms} has the standard ones.
 *
 * @param <V> the value's type in the records
 */
public interface Form<V> {

  /**
   * Reads the value at the current token (the parser ends on the value's last token).
   *
   * @param r the reader
   * @return the value, or {@code null} when absent ({@code null}, empty or blank text)
   * @throws IOException from the parser
   */
  @Nullable V read(WireReader r) throws IOException;

  /**
   * Writes a present value.
   *
   * @param w the writer
   * @param value the value, never absent
   * @param pointer the value's pointer, or {@code null} when pointers are not tracked
   * @throws IOException from the generator
   */
  void write(WireWriter w, V value, @Nullable String pointer) throws IOException;

  /**
   * Returns whether a value is absent on the wire: {@code null}, and for texts blank, for lists empty.
   *
   * @param value the value
   * @return whether the writer treats it as absent
   */
  default boolean absent(@Nullable V value) {
    return value == null;
  }

  /**
   * Writes the form's "absent" value, for a field written always ({@link Rule#ALWAYS}): {@code ""} by default.
   *
   * @param w the writer
   * @throws IOException from the generator
   */
  default void writeAbsent(WireWriter w) throws IOException {
    w.string("");
  }

  /**
   * Returns what a present value becomes once written and read back: itself by default; an instant cut to the
   * second, a nested record as its message carries it.
   *
   * @param value the value, never absent
   * @return the value read back
   */
  default V view(V value) {
    return value;
  }

  /** When a field is written. */
  enum Rule {
    /** Always: an absent value is written as the form's absent value ({@code ""} for a date-time). */
    ALWAYS,
    /** Only when present: an absent value stays absent (not written), a present one is written. */
    WHEN_PRESENT,
    /** Always, and an absent value is an error of the caller ({@link IllegalArgumentException}). */
    REQUIRED
  }
}
