package dev.egov.indicators.internal;

import dev.egov.indicators.IndicatorStateException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;

/**
 * Reads the fields of an indicator state that {@link StateWriter} wrote, within the state's bounds. Every way a field
 * can be wrong (past the end, a negative count, text that is not UTF-8) is an {@link IndicatorStateException} with
 * reason {@link IndicatorStateException.Reason#CORRUPT}: the reader runs after the checksum matched, so such a state
 * was built wrong rather than damaged. Not thread-safe.
 */
public final class StateReader {

  private final byte[] bytes;
  private int position;
  private final int end;

  StateReader(byte[] bytes, int position, int end) {
    this.bytes = bytes;
    this.position = position;
    this.end = end;
  }

  /** Returns a {@link IndicatorStateException.Reason#CORRUPT} exception saying what is wrong. */
  public static IndicatorStateException corrupt(String what) {
    return new IndicatorStateException(IndicatorStateException.Reason.CORRUPT, "Corrupt indicator state: " + what);
  }

  private void need(int n) {
    if (end - position < n) {
      throw corrupt("a field runs past the end of the state");
    }
  }

  int position() {
    return position;
  }

  /** Reads one unsigned byte. */
  public int u8() {
    need(1);
    return bytes[position++] & 0xFF;
  }

  /** Reads two bytes, unsigned. */
  public int u16() {
    need(2);
    int value = (bytes[position] & 0xFF) << 8 | bytes[position + 1] & 0xFF;
    position += 2;
    return value;
  }

  /** Reads four bytes. */
  public int i32() {
    need(4);
    int value = 0;
    for (int i = 0; i < 4; i++) {
      value = value << 8 | bytes[position++] & 0xFF;
    }
    return value;
  }

  /** Reads eight bytes. */
  public long i64() {
    need(8);
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = value << 8 | bytes[position++] & 0xFF;
    }
    return value;
  }

  /** Reads a count that must be 0 or more and at most {@code max}. */
  public int count(int max, String what) {
    int n = i32();
    if (n < 0 || n > max) {
      throw corrupt("the count of " + what + " is out of range");
    }
    return n;
  }

  /** Reads a number of dossiers or a total, which must be 0 or more. */
  public long tally(String what) {
    long n = i64();
    if (n < 0) {
      throw corrupt("the count of " + what + " is negative");
    }
    return n;
  }

  /** Reads a boolean, which must be 0 or 1. */
  public boolean bool() {
    int value = u8();
    if (value > 1) {
      throw corrupt("a flag is neither 0 nor 1");
    }
    return value == 1;
  }

  /** Reads {@code n} raw bytes. */
  public byte[] raw(int n) {
    need(n);
    byte[] value = new byte[n];
    System.arraycopy(bytes, position, value, 0, n);
    position += n;
    return value;
  }

  /** Reads a text: its UTF-8 length (two bytes) and its UTF-8 bytes, which must be well-formed. */
  public String text() {
    int length = u16();
    need(length);
    try {
      String value = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, position, length))
          .toString();
      position += length;
      return value;
    } catch (CharacterCodingException e) {
      throw corrupt("a text is not UTF-8");
    }
  }

  /** Reads an instant: epoch second and nanosecond. */
  public Instant instant() {
    long seconds = i64();
    int nanos = i32();
    if (nanos < 0 || nanos > 999_999_999) {
      throw corrupt("an instant is out of range");
    }
    try {
      return Instant.ofEpochSecond(seconds, nanos);
    } catch (DateTimeException e) {
      throw corrupt("an instant is out of range");
    }
  }

  /** Reads a duration that must not be negative: seconds and nanosecond adjustment. */
  public Duration duration(String what) {
    long seconds = i64();
    int nanos = i32();
    if (seconds < 0 || nanos < 0 || nanos > 999_999_999) {
      throw corrupt("the duration " + what + " is out of range");
    }
    return Duration.ofSeconds(seconds, nanos);
  }
}
