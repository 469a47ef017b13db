package dev.egov.json.internal.wire;

import com.fasterxml.jackson.core.JsonToken;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.json.ResultCode;
import dev.egov.json.internal.WireScalars;
import dev.egov.model.code.OpenCode;
import dev.egov.model.id.InvalidIdentifierException;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The standard {@link Form}s: the one place where the national systems' lenient scalar forms (docs/gateways.md, Wire
 * conventions) are read, and their one written form chosen. Every form reads {@code null}, empty and blank text as
 * absent.
 */
public final class Forms {

  private Forms() {}

  /** A text, kept as written; blank is absent. */
  public static final Form<String> TEXT = text(false);

  /** A code: a text without surrounding white space; blank is absent. */
  public static final Form<String> CODE = text(true);

  private static Form<String> text(boolean strip) {
    return new Form<>() {
      @Override
      public @Nullable String read(WireReader r) throws IOException {
        return strip ? r.code() : r.text();
      }

      @Override
      public void write(WireWriter w, String value, @Nullable String pointer) throws IOException {
        w.string(value);
      }

      @Override
      public boolean absent(@Nullable String value) {
        return value == null || value.isBlank();
      }
    };
  }

  /**
   * A local date-time in every form of {@link WireScalars#instant} ({@code yyyyMMddHHmmss}, {@code yyyyMMdd}, ISO-8601,
   * {@code dd/MM/yyyy HH:mm:ss}, …), written as {@code yyyyMMddHHmmss} Vietnamese local time, {@code ""} when absent
   * and written always; cut to the second once written.
   */
  public static final Form<Instant> PORTAL_DATE_TIME = localDateTime(WireScalars::portalDateTime);

  /**
   * A local date-time read as {@link #PORTAL_DATE_TIME} (every form), written as {@code dd/MM/yyyy HH:mm:ss} Vietnamese
   * local time, as the portal's dossier look-up ({@code TraCuuHoSo}) answers; cut to the second once written.
   */
  public static final Form<Instant> SLASH_DATE_TIME = localDateTime(WireScalars::slashDateTime);

  /** A local date-time read in every form, written by {@code format}, cut to the second once written. */
  private static Form<Instant> localDateTime(Function<Instant, String> format) {
    return new Form<>() {
      @Override
      public @Nullable Instant read(WireReader r) throws IOException {
        return r.instant();
      }

      @Override
      public void write(WireWriter w, Instant value, @Nullable String pointer) throws IOException {
        w.string(format.apply(value));
      }

      @Override
      public Instant view(Instant value) {
        return value.truncatedTo(ChronoUnit.SECONDS);
      }
    };
  }

  /** A flag read from {@code "1"}/{@code "0"}, {@code "True"}/{@code "False"} (any case) or JSON booleans, written {@code "1"}/{@code "0"}. */
  public static final Form<Boolean> FLAG_10 = bool("1", "0");

  /** A boolean read as {@link #FLAG_10}, written {@code "True"}/{@code "False"}. */
  public static final Form<Boolean> TRUE_FALSE = bool("True", "False");

  private static Form<Boolean> bool(String yes, String no) {
    return new Form<>() {
      @Override
      public @Nullable Boolean read(WireReader r) throws IOException {
        return r.bool();
      }

      @Override
      public void write(WireWriter w, Boolean value, @Nullable String pointer) throws IOException {
        w.string(value ? yes : no);
      }
    };
  }

  /** A whole, non-negative amount read from a number or a string ({@code "50.000"}), written as a string. */
  public static final Form<Long> AMOUNT = new Form<>() {
    @Override
    public @Nullable Long read(WireReader r) throws IOException {
      return r.amount();
    }

    @Override
    public void write(WireWriter w, Long value, @Nullable String pointer) throws IOException {
      w.string(Long.toString(value));
    }
  };

  /** A whole, non-negative number read from a number or a string, written as a string. */
  public static final Form<Integer> COUNT = new Form<>() {
    @Override
    public @Nullable Integer read(WireReader r) throws IOException {
      return r.integer();
    }

    @Override
    public void write(WireWriter w, Integer value, @Nullable String pointer) throws IOException {
      w.string(Integer.toString(value));
    }
  };

  /** Any JSON value kept as JSON text (a payload); {@code null} is absent. */
  public static final Form<String> JSON = new Form<>() {
    @Override
    public @Nullable String read(WireReader r) throws IOException {
      return r.json();
    }

    @Override
    public void write(WireWriter w, String value, @Nullable String pointer) throws IOException {
      w.json(value, pointer == null ? "payload" : pointer);
    }
  };

  /**
   * A result code ({@code error_code}): a whole JSON number or a text, kept with its form so that it is written back
   * the same.
   */
  public static final Form<ResultCode> RESULT_CODE = new Form<>() {
    @Override
    public @Nullable ResultCode read(WireReader r) throws IOException {
      JsonToken t = r.token();
      if (t == JsonToken.VALUE_NUMBER_INT) {
        return new ResultCode(r.parser().getText(), true);
      }
      if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NULL) {
        String code = r.code();
        return code == null ? null : ResultCode.of(code);
      }
      throw r.error(Reason.UNEXPECTED_TYPE, "expected a whole number or a text");
    }

    @Override
    public void write(WireWriter w, ResultCode value, @Nullable String pointer) throws IOException {
      if (value.number()) {
        w.generator().writeNumber(value.value());
      } else {
        w.string(value.value());
      }
    }
  };

  /**
   * A code of an open list ({@code TrangThaiHoSo}, {@code KenhThucHien}): unknown codes are kept with their raw value.
   *
   * @param of the list's factory, such as {@code DossierStatus::of}
   * @param <C> the code type
   * @return the form
   */
  public static <C extends OpenCode> Form<C> code(Function<String, C> of) {
    return new Form<>() {
      @Override
      public @Nullable C read(WireReader r) throws IOException {
        String c = r.code();
        return c == null ? null : of.apply(c);
      }

      @Override
      public void write(WireWriter w, C value, @Nullable String pointer) throws IOException {
        w.string(value.code());
      }
    };
  }

  /**
   * An identifier parsed leniently and written in its one form; an invalid one is {@link Reason#INVALID_VALUE},
   * naming why and never quoting it.
   *
   * @param what what it is, for errors: {@code "a dossier code"}
   * @param parse the lenient parser (throws {@link InvalidIdentifierException})
   * @param format its written form
   * @param <V> the identifier type
   * @return the form
   */
  public static <V> Form<V> identifier(String what, Function<String, V> parse, Function<V, String> format) {
    return new Form<>() {
      @Override
      public @Nullable V read(WireReader r) throws IOException {
        String s = r.code();
        if (s == null) {
          return null;
        }
        try {
          return parse.apply(s);
        } catch (InvalidIdentifierException e) {
          throw new JsonDecodingException(Reason.INVALID_VALUE, r.here(), "not " + what + ": "
              + e.reason().description(), e);
        }
      }

      @Override
      public void write(WireWriter w, V value, @Nullable String pointer) throws IOException {
        w.string(format.apply(value));
      }
    };
  }

  /**
   * A list: a JSON array whose {@code null} and absent elements are skipped; {@code null} or blank text is an absent
   * list; an empty list is absent when writing (the records do not tell an empty list from an absent one).
   *
   * @param element the elements' form
   * @param <E> the element type
   * @return the form
   */
  public static <E> Form<List<E>> list(Form<E> element) {
    return new Form<>() {
      @Override
      public @Nullable List<E> read(WireReader r) throws IOException {
        JsonToken t = r.token();
        if (t == JsonToken.VALUE_NULL || t == JsonToken.VALUE_STRING && r.parser().getText().isBlank()) {
          return null;
        }
        if (t != JsonToken.START_ARRAY) {
          throw r.error(Reason.UNEXPECTED_TYPE, "expected a list");
        }
        List<E> items = new ArrayList<>();
        JsonToken e;
        while ((e = r.next()) != JsonToken.END_ARRAY) {
          if (e != JsonToken.VALUE_NULL) {
            E item = element.read(r);
            if (item != null) {
              items.add(item);
            }
          }
        }
        return items;
      }

      @Override
      public void write(WireWriter w, List<E> value, @Nullable String pointer) throws IOException {
        w.generator().writeStartArray();
        for (int i = 0; i < value.size(); i++) {
          E item = value.get(i);
          if (element.absent(item)) {
            throw new IllegalArgumentException("An element of a list is absent or blank"
                + (pointer == null ? "" : ": " + pointer + '/' + i));
          }
          element.write(w, item, WireWriter.child(pointer, i));
        }
        w.generator().writeEndArray();
      }

      @Override
      public boolean absent(@Nullable List<E> value) {
        return value == null || value.isEmpty();
      }

      @Override
      public void writeAbsent(WireWriter w) throws IOException {
        w.generator().writeStartArray();
        w.generator().writeEndArray();
      }

      @Override
      public List<E> view(List<E> value) {
        List<E> out = new ArrayList<>(value.size());
        for (E item : value) {
          if (!element.absent(item)) {
            out.add(element.view(item));
          }
        }
        return out;
      }
    };
  }

  /**
   * Reads a root that is either a list or one element alone (a bare {@code DongBoHoSoMC} body, a single progress
   * step).
   *
   * @param r the reader, at the root's first token
   * @param element the elements' form
   * @param <E> the element type
   * @return the elements, in document order
   */
  public static <E> List<E> oneOrMany(WireReader r, Form<E> element) throws IOException {
    if (r.token() == JsonToken.START_ARRAY) {
      List<E> items = list(element).read(r);
      return items == null ? List.of() : items;
    }
    E one = element.read(r);
    return one == null ? List.of() : List.of(one);
  }

  /**
   * A credential some senders add to a message ({@code AuthHash}): skipped when read, so that it is neither part of
   * the record nor an unknown field and cannot reach a log; never written (its getter gives {@code null}).
   */
  public static final Form<String> SECRET = new Form<>() {
    @Override
    public @Nullable String read(WireReader r) throws IOException {
      r.skip();
      return null;
    }

    @Override
    public void write(WireWriter w, String value, @Nullable String pointer) {
      throw new IllegalStateException("A credential is never written");
    }
  };

  /**
   * A value read from a text that a check may decline: a declined value is kept as an unknown field where it is
   * ({@link WireReader#decline()}), reported and written back in place, instead of failing the whole message (the
   * population database's relatives' identifiers, an unlisted sex code).
   *
   * @param parse the text to the value, or {@code null} to decline it
   * @param format the value's written form
   * @param <V> the value type
   * @return the form
   */
  public static <V> Form<V> orUnknown(Function<String, @Nullable V> parse, Function<V, String> format) {
    return new Form<>() {
      @Override
      public @Nullable V read(WireReader r) throws IOException {
        String s = r.code();
        if (s == null) {
          return null;
        }
        V v = parse.apply(s);
        return v != null ? v : r.decline();
      }

      @Override
      public void write(WireWriter w, V value, @Nullable String pointer) throws IOException {
        w.string(format.apply(value));
      }
    };
  }

  /** Which shape a {@linkplain #textOrObject text-or-object} value is written in. */
  public enum Shape {
    /** Always as text. */
    TEXT,
    /** Always as an object. */
    OBJECT,
    /** As an object in XML, as text in JSON. */
    OBJECT_IN_XML
  }

  /**
   * A value that travels as text in one form and as an object in another ({@code HoVaTen}: {@code "Nguyễn Văn An"}
   * or {@code {Ho, ChuDem, Ten}}; a birth date: {@code "1985-07-14"} or {@code {NgayThangNam, Nam}}): read in either
   * shape, whatever the form; written in the shape asked.
   *
   * @param text the text form
   * @param object the object form (usually a {@link MessageTable})
   * @param written the shape written
   * @param <V> the value type
   * @return the form
   */
  public static <V> Form<V> textOrObject(Form<V> text, Form<V> object, Shape written) {
    return new Form<>() {
      @Override
      public @Nullable V read(WireReader r) throws IOException {
        return r.token() == JsonToken.START_OBJECT ? object.read(r) : text.read(r);
      }

      @Override
      public void write(WireWriter w, V value, @Nullable String pointer) throws IOException {
        boolean asObject = written == Shape.OBJECT || written == Shape.OBJECT_IN_XML && w.xml();
        (asObject ? object : text).write(w, value, pointer);
      }

      @Override
      public boolean absent(@Nullable V value) {
        return text.absent(value);
      }

      @Override
      public V view(V value) {
        return written == Shape.TEXT ? text.view(value) : object.view(value);
      }
    };
  }
}
