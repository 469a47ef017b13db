package dev.egov.indicators.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * Writes the fields of an indicator state, big-endian, into a growing array: the primitives of the format that {@link
 * StateFormat} documents. Not thread-safe.
 */
public final class StateWriter {

  private byte[] bytes;
  private int size;

  /**
   * Creates an empty writer.
   *
   * @param capacity the initial capacity in bytes
   */
  public StateWriter(int capacity) {
    bytes = new byte[Math.max(capacity, 64)];
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }

  /** Writes one byte. */
  public void u8(int value) {
    ensure(1);
    bytes[size++] = (byte) value;
  }

  /** Writes two bytes. */
  public void u16(int value) {
    ensure(2);
    bytes[size++] = (byte) (value >>> 8);
    bytes[size++] = (byte) value;
  }

  /** Writes four bytes. */
  public void i32(int value) {
    ensure(4);
    for (int shift = 24; shift >= 0; shift -= 8) {
      bytes[size++] = (byte) (value >>> shift);
    }
  }

  /** Writes eight bytes. */
  public void i64(long value) {
    ensure(8);
    for (int shift = 56; shift >= 0; shift -= 8) {
      bytes[size++] = (byte) (value >>> shift);
    }
  }

  /** Writes a boolean as one byte, 0 or 1. */
  public void bool(boolean value) {
    u8(value ? 1 : 0);
  }

  /** Writes raw bytes. */
  public void raw(byte[] value) {
    ensure(value.length);
    System.arraycopy(value, 0, bytes, size, value.length);
    size += value.length;
  }

  /** Writes a text as its UTF-8 length (two bytes) and its UTF-8 bytes. */
  public void text(String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    if (utf8.length > 0xFFFF) {
      throw new IllegalArgumentException("A text of the state is longer than 65535 bytes");
    }
    u16(utf8.length);
    raw(utf8);
  }

  /** Writes an instant as its epoch second (eight bytes) and nanosecond (four bytes). */
  public void instant(Instant value) {
    i64(value.getEpochSecond());
    i32(value.getNano());
  }

  /** Writes a duration as its seconds (eight bytes) and nanosecond adjustment (four bytes). */
  public void duration(Duration value) {
    i64(value.getSeconds());
    i32(value.getNano());
  }

  /** Overwrites four bytes at {@code offset}. */
  void i32At(int offset, int value) {
    for (int i = 0; i < 4; i++) {
      bytes[offset + i] = (byte) (value >>> (24 - 8 * i));
    }
  }

  /** Returns how many bytes have been written. */
  int size() {
    return size;
  }

  /** Returns the bytes written so far, a copy. */
  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  /** Returns the internal array; bytes from {@link #size()} on are not part of the state. */
  byte[] buffer() {
    return bytes;
  }
}
