package dev.egov.json.internal.wire;

import com.fasterxml.jackson.core.JsonToken;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.JsonDecodingException.Reason;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One message (or one object of a message) declared as a table of {@link Field}s, from which reading, writing and the
 * view of a record "as the message carries it" all derive. A table is a {@link Form} itself, so objects nest and
 * lists of objects are {@code Forms.list(table)}.
 *
 * <p>Reading: one pass over the object's fields; each name is looked up once (aliases included); a field's value is
 * read by its form and kept in a slot; a name the table does not map is kept as an {@link dev.egov.json.UnknownField},
 * unless it is declared {@linkplain Builder#foreign foreign} (it proves the object is another message: {@link
 * Reason#WRONG_MESSAGE}). At the object's end: if the table has identifying fields and none was found (by name, whatever
 * its value), the object is another message ({@link Reason#WRONG_MESSAGE}, naming the fields found); then each required field must be present
 * ({@link Reason#MISSING_FIELD}); then the assembler builds the record from the {@link Values}.
 *
 * <p>Writing: the fields in table order, each by its {@linkplain Form.Rule rule}; a field without a value (and not
 * required) is replaced in place by the unknown field of its name, if one was read there (a value the reader declined);
 * then the other unknown fields read in the object are put back. Viewing: each field's value taken from the record by its getter, put through its form's
 * {@link Form#view} and assembled again: the record as reading it back after writing it gives.
 *
 * <p>Immutable and thread-safe once built.
 *
 * @param <T> the record
 */
public final class MessageTable<T> implements Form<T> {

  /** Builds the record from the values of one object. */
  @FunctionalInterface
  public interface Assembler<T> {
    /**
     * Builds the record.
     *
     * @param v the values
     * @return the record
     */
    T assemble(Values v);
  }

  private final String what;
  private final Field<T, ?>[] fields;
  private final Map<String, Field<T, ?>> byName;
  private final Map<String, String> foreign;
  private final Set<String> names;
  private final boolean identified;
  private final boolean collapses;
  private final Assembler<T> assembler;

  @SuppressWarnings("unchecked")
  private MessageTable(Builder<T> b, Assembler<T> assembler) {
    this.what = b.what;
    this.fields = (Field<T, ?>[]) b.fields.toArray(new Field<?, ?>[0]);
    Map<String, Field<T, ?>> map = new HashMap<>();
    Set<String> all = new HashSet<>();
    boolean anyIdentifying = false;
    for (Field<T, ?> f : fields) {
      f.freeze();
      put(map, f.name, f);
      for (String alias : f.aliases) {
        put(map, alias, f);
      }
      all.add(f.name);
      all.addAll(f.aliases);
      anyIdentifying |= f.identifying;
    }
    this.byName = map;
    this.names = Set.copyOf(all);
    this.foreign = Map.copyOf(b.foreign);
    this.identified = anyIdentifying;
    this.collapses = b.collapses;
    this.assembler = Objects.requireNonNull(assembler, "assembler");
  }

  private static <T> void put(Map<String, Field<T, ?>> map, String name, Field<T, ?> f) {
    if (map.put(name, f) != null) {
      throw new IllegalArgumentException("Field " + name + " is declared twice");
    }
  }

  /**
   * Starts a table.
   *
   * @param what what the message is, for errors: {@code "a dossier (HoSoDongBoDVC)"}
   * @param <T> the record
   * @return a builder
   */
  public static <T> Builder<T> builder(String what) {
    return new Builder<>(what);
  }

  /** Returns what the message is, for errors. */
  public String what() {
    return what;
  }

  /** Returns every name the table reads (wire names and aliases): the names an unknown field is never written over. */
  public Set<String> names() {
    return names;
  }

  /** Returns the fields in table (writing) order. */
  public List<Field<T, ?>> fields() {
    return List.of(fields);
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads the object at the current token.
   *
   * @param r the reader
   * @return the record, or {@code null} for an absent object ({@code null}, blank text)
   */
  @Override
  public @Nullable T read(WireReader r) throws IOException {
    if (!r.object()) {
      return null;
    }
    return readObject(r);
  }

  /**
   * Reads the object whose {@code START_OBJECT} is the current token.
   *
   * @param r the reader
   * @return the record; {@code null} only for a table that {@linkplain Builder#collapses() collapses} an object in
   *     which no field has a value
   */
  public @Nullable T readObject(WireReader r) throws IOException {
    @Nullable Object[] values = r.slots(fields.length);
    try {
      return readObject(r, values);
    } finally {
      r.release(values, fields.length);
    }
  }

  private @Nullable T readObject(WireReader r, @Nullable Object[] values) throws IOException {
    int mark = collapses ? r.mark() : 0;
    boolean found = !identified;
    String first = null;
    String second = null;
    String name;
    int next = 0;
    while ((name = r.nextField()) != null) {
      // Payloads mostly follow the table's order, and the parser interns names as the table's constants are: the field
      // after the last one found is tried by identity before the look-up.
      Field<T, ?> f = next < fields.length && fields[next].name == name ? fields[next] : byName.get(name);
      r.next();
      if (f == null) {
        String other = foreign.isEmpty() ? null : foreign.get(name);
        if (other != null) {
          throw new JsonDecodingException(Reason.WRONG_MESSAGE, r.here(), "expected " + what + ", found " + other);
        }
        if (first == null) {
          first = name;
        } else if (second == null) {
          second = name;
        }
        r.unknown(name);
        continue;
      }
      next = f.index + 1;
      found |= f.identifying;
      Object v = f.form.read(r);
      if (v != null) {
        values[f.index] = v;
      }
    }
    if (!found) {
      throw new JsonDecodingException(Reason.WRONG_MESSAGE, r.here(), "expected " + what + ", found "
          + (first == null ? "no field it knows" : "fields " + quoted(first) + (second == null ? "" : ", "
          + quoted(second)) + " and none of its own"));
    }
    if (collapses && none(values, fields.length)) {
      r.collapse(mark);
      return null;
    }
    for (Field<T, ?> f : fields) {
      if (f.required && values[f.index] == null) {
        throw r.missing(f.name);
      }
    }
    return assembler.assemble(r.values(values));
  }

  private static boolean none(@Nullable Object[] values, int size) {
    for (int i = 0; i < size; i++) {
      if (values[i] != null) {
        return false;
      }
    }
    return true;
  }

  /** A field's name for a message: at most 40 characters, as a name is not a value but may be long. */
  private static String quoted(String name) {
    return name.length() <= 40 ? name : name.substring(0, 40) + "…";
  }

  // ---------------------------------------------------------------- writing

  @Override
  public void write(WireWriter w, T value, @Nullable String pointer) throws IOException {
    w.startObject();
    for (Field<T, ?> f : fields) {
      writeField(w, f, value, pointer);
    }
    w.endObject(pointer, names);
  }

  private static <T, V> void writeField(WireWriter w, Field<T, V> f, T record, @Nullable String pointer)
      throws IOException {
    V v = f.getter.apply(record);
    if (f.form.absent(v)) {
      if (f.rule != Form.Rule.REQUIRED && w.putBack(pointer, f.name)) {
        return; // what the reader declined or could not place, in place
      }
      switch (f.rule) {
        case ALWAYS:
          w.name(f.encoded);
          f.form.writeAbsent(w);
          return;
        case REQUIRED:
          throw new IllegalArgumentException(f.name + " is absent or blank in " + f.owner() + ": it is required");
        default:
          return;
      }
    }
    w.name(f.encoded);
    f.form.write(w, v, WireWriter.child(pointer, f.name));
  }

  // ---------------------------------------------------------------- viewing

  /**
   * Returns a record as the message carries it: what reading it back after writing it gives.
   *
   * @param value the record
   * @return the record as the message carries it
   */
  @Override
  public T view(T value) {
    @Nullable Object[] values = new Object[fields.length];
    for (Field<T, ?> f : fields) {
      values[f.index] = viewField(f, value);
    }
    return assembler.assemble(new Values(values, null));
  }

  private static <T, V> @Nullable V viewField(Field<T, V> f, T record) {
    V v = f.getter.apply(record);
    return f.form.absent(v) ? null : f.form.view(v);
  }

  @Override
  public String toString() {
    return "MessageTable[" + what + ", " + fields.length + " fields]";
  }

  /**
   * Declares a table: its fields in writing order, the names that prove another message, and the assembler.
   *
   * @param <T> the record
   */
  public static final class Builder<T> {
    private final String what;
    private final List<Field<T, ?>> fields = new ArrayList<>();
    private final Map<String, String> foreign = new LinkedHashMap<>();
    private boolean collapses;

    private Builder(String what) {
      this.what = Objects.requireNonNull(what, "what");
    }

    /**
     * Declares the next field.
     *
     * @param name the wire name
     * @param form its form
     * @param getter the record component it is written from ({@code null} or blank for absent)
     * @param <V> the value type
     * @return the field, to refine ({@link Field#required()}, {@link Field#always()}, …) and to read in the assembler
     */
    public <V> Field<T, V> field(String name, Form<V> form, Function<? super T, ? extends @Nullable V> getter) {
      Field<T, V> f = new Field<>(name, form, getter, fields.size());
      f.owner = what;
      fields.add(f);
      return f;
    }

    /**
     * Declares a name that, found in the object, proves it is another message.
     *
     * @param name the name ({@code session}, {@code error_code})
     * @param whatItIs what the object then is: {@code "a log-in answer (session)"}
     * @return this builder
     */
    public Builder<T> foreign(String name, String whatItIs) {
      foreign.put(name, whatItIs);
      return this;
    }

    /**
     * Makes an object in which no field has a value read as absent ({@code null}), its unknown fields becoming one
     * unknown field holding the whole object, so that writing back, which writes no such object, puts it back whole
     * (the population database's address or relative holding only fields egov does not know). Required fields are
     * checked only for an object that has a value.
     *
     * @return this builder
     */
    public Builder<T> collapses() {
      this.collapses = true;
      return this;
    }

    /**
     * Builds the table.
     *
     * @param assembler builds the record from the values of one object
     * @return the table
     */
    public MessageTable<T> build(Assembler<T> assembler) {
      return new MessageTable<>(this, assembler);
    }
  }
}
