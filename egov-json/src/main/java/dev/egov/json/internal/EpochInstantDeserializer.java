package dev.egov.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * Reads an {@link Instant} as java.time's deserializer does (ISO-8601 text; a number as seconds since the epoch),
 * except that a number beyond the range of {@code Instant} is refused: java.time's deserializer reads a number whose
 * exponent is out of its range ({@code 1e999999999}) as the epoch itself, 1970-01-01, silently.
 */
public final class EpochInstantDeserializer extends StdScalarDeserializer<Instant> {

  private static final long serialVersionUID = 1L;

  private static final BigDecimal MIN = BigDecimal.valueOf(Instant.MIN.getEpochSecond());
  private static final BigDecimal MAX = BigDecimal.valueOf(Instant.MAX.getEpochSecond());

  /** Creates the deserializer. */
  public EpochInstantDeserializer() {
    super(Instant.class);
  }

  @Override
  public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal seconds = p.getDecimalValue(); // compareTo looks at the exponent first: cheap for 1e999999999
      if (seconds.compareTo(MIN) < 0 || seconds.compareTo(MAX) > 0) {
        throw new DateTimeException("An instant out of range");
      }
    }
    return InstantDeserializer.INSTANT.deserialize(p, ctxt);
  }
}
