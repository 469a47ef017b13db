package dev.egov.json.internal.wire;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One row of a {@link MessageTable}: a field's wire name and aliases, its {@link Form}, the record component it is
 * written from (a getter), whether reading requires it, when it is written, and whether its presence identifies the
 * message. Declared with {@link MessageTable.Builder#field}, refined with the fluent methods before the table is built,
 * immutable after; a handle for {@link Values#get} when assembling the record.
 *
 * @param <T> the record the message is written from
 * @param <V> the field's value type
 */
public final class Field<T, V> {

  final String name;
  final SerializableString encoded;
  final Form<V> form;
  final Function<? super T, ? extends @Nullable V> getter;
  final int index;
  List<String> aliases = List.of();
  boolean required;
  Form.Rule rule = Form.Rule.WHEN_PRESENT;
  boolean identifying;
  String owner = "";
  private boolean frozen;

  Field(String name, Form<V> form, Function<? super T, ? extends @Nullable V> getter, int index) {
    this.name = Objects.requireNonNull(name, "name");
    this.encoded = new SerializedString(name);
    this.form = Objects.requireNonNull(form, "form");
    this.getter = Objects.requireNonNull(getter, "getter");
    this.index = index;
  }

  /** Returns the wire name (the one written). */
  public String name() {
    return name;
  }

  /** Returns the form. */
  public Form<V> form() {
    return form;
  }

  /**
   * Requires the field when reading (absent, {@code null} or blank is {@link
   * dev.egov.json.JsonDecodingException.Reason#MISSING_FIELD}) and when writing ({@link Form.Rule#REQUIRED}).
   *
   * @return this field
   */
  public Field<T, V> required() {
    check();
    this.required = true;
    this.rule = Form.Rule.REQUIRED;
    return this;
  }

  /**
   * Writes the field always, an absent value as the form's absent value ({@code ""} for a date-time).
   *
   * @return this field
   */
  public Field<T, V> always() {
    check();
    this.rule = Form.Rule.ALWAYS;
    return this;
  }

  /**
   * Adds names the field is also read under ({@code maYeuCau} for {@code MaYeuCau}); it is written under its own.
   *
   * @param names the other names
   * @return this field
   */
  public Field<T, V> aliases(String... names) {
    check();
    this.aliases = List.of(names);
    return this;
  }

  /**
   * Marks the field as one that identifies the message: an object in which no identifying field is found is another
   * message ({@link dev.egov.json.JsonDecodingException.Reason#WRONG_MESSAGE}).
   *
   * @return this field
   */
  public Field<T, V> identifies() {
    check();
    this.identifying = true;
    return this;
  }

  String owner() {
    return owner;
  }

  void freeze() {
    frozen = true;
  }

  private void check() {
    if (frozen) {
      throw new IllegalStateException("The table of field " + name + " is built");
    }
  }

  @Override
  public String toString() {
    return "Field[" + name + ']';
  }
}
