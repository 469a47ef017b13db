package dev.egov.json.business;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.json.internal.wire.Form;
import dev.egov.json.internal.wire.WireReader;
import dev.egov.json.internal.wire.WireWriter;
import java.io.IOException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The registry's typed values: numbers written as JSON numbers (the registry is a typed .NET service), read from
 * numbers or strings.
 */
final class RegistryForms {

  private RegistryForms() {}

  /** The longest number read: 40 characters (a decimal with its scale), far beyond any amount. */
  private static final int MAX_NUMBER = 40;

  /** A decimal, read from a number or a string, written as a JSON number in plain notation. */
  static final Form<BigDecimal> DECIMAL = new Form<>() {
    @Override
    public @Nullable BigDecimal read(WireReader r) throws IOException {
      JsonToken t = r.token();
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        checkLength(r);
        return r.parser().getDecimalValue(); // parsed from the number's text: the same scale, no String
      }
      String s = number(r);
      if (s == null) {
        return null;
      }
      try {
        return new BigDecimal(s);
      } catch (NumberFormatException | ArithmeticException e) {
        throw r.error(Reason.INVALID_VALUE, "expected a decimal number");
      }
    }

    @Override
    public void write(WireWriter w, BigDecimal value, @Nullable String pointer) throws IOException {
      w.generator().writeNumber(value.toPlainString());
    }
  };

  /** A whole number, read from a number or a string, written as a JSON number. */
  static final Form<Long> LONG = new Form<>() {
    @Override
    public @Nullable Long read(WireReader r) throws IOException {
      if (r.token() == JsonToken.VALUE_NUMBER_INT) {
        JsonParser.NumberType type = r.parser().getNumberType();
        if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
          return r.parser().getLongValue();
        }
        throw r.error(Reason.INVALID_VALUE, "expected a whole number");
      }
      String s = number(r);
      if (s == null) {
        return null;
      }
      try {
        return Long.valueOf(s);
      } catch (NumberFormatException e) {
        throw r.error(Reason.INVALID_VALUE, "expected a whole number");
      }
    }

    @Override
    public void write(WireWriter w, Long value, @Nullable String pointer) throws IOException {
      w.generator().writeNumber(value);
    }
  };

  /** A whole number of {@code int} range, read from a number or a string, written as a JSON number. */
  static final Form<Integer> INT = new Form<>() {
    @Override
    public @Nullable Integer read(WireReader r) throws IOException {
      if (r.token() == JsonToken.VALUE_NUMBER_INT) {
        if (r.parser().getNumberType() == JsonParser.NumberType.INT) {
          return r.parser().getIntValue();
        }
        throw r.error(Reason.INVALID_VALUE, "expected a whole number");
      }
      String s = number(r);
      if (s == null) {
        return null;
      }
      try {
        return Integer.valueOf(s);
      } catch (NumberFormatException e) {
        throw r.error(Reason.INVALID_VALUE, "expected a whole number");
      }
    }

    @Override
    public void write(WireWriter w, Integer value, @Nullable String pointer) throws IOException {
      w.generator().writeNumber(value);
    }
  };

  /** A code (an ID of an open list): a number or a text, written as a JSON number when it is one. */
  static final Form<String> NUMERIC_CODE = new Form<>() {
    @Override
    public @Nullable String read(WireReader r) throws IOException {
      return r.code();
    }

    @Override
    public void write(WireWriter w, String value, @Nullable String pointer) throws IOException {
      if (plainInteger(value)) {
        w.generator().writeNumber(value);
      } else {
        w.string(value);
      }
    }

    @Override
    public boolean absent(@Nullable String value) {
      return value == null || value.isBlank();
    }
  };

  /** A boolean, read as the kernel reads one, written as a JSON boolean. */
  static final Form<Boolean> BOOLEAN = new Form<>() {
    @Override
    public @Nullable Boolean read(WireReader r) throws IOException {
      return r.bool();
    }

    @Override
    public void write(WireWriter w, Boolean value, @Nullable String pointer) throws IOException {
      w.generator().writeBoolean(value);
    }
  };

  /** A JSON number's length, checked without making its text. */
  private static void checkLength(WireReader r) throws IOException {
    if (r.parser().getTextLength() > MAX_NUMBER) {
      throw r.error(Reason.INVALID_VALUE, "a number longer than " + MAX_NUMBER + " characters");
    }
  }

  private static @Nullable String number(WireReader r) throws IOException {
    JsonToken t = r.token();
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      throw r.error(Reason.UNEXPECTED_TYPE, "expected a number");
    }
    String s = r.code();
    if (s != null && s.length() > MAX_NUMBER) {
      throw r.error(Reason.INVALID_VALUE, "a number longer than " + MAX_NUMBER + " characters");
    }
    return s;
  }

  /** Whether a code is a whole number JSON writes as it is: digits, no leading zero (but "0"), at most 18. */
  static boolean plainInteger(String s) {
    int n = s.length();
    if (n == 0 || n > 18 || n > 1 && s.charAt(0) == '0') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
