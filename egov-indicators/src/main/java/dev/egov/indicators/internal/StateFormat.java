package dev.egov.indicators.internal;

import dev.egov.indicators.IndicatorStateException;
import dev.egov.indicators.IndicatorStateException.Reason;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;

/**
 * The byte form of an accumulator's partial state, version 1 (docs/adr/0008-indicators-satellite-module.md describes
 * it for people). Integers are big-endian; a text is its UTF-8 length in two bytes and its UTF-8 bytes; an instant or
 * a duration is eight bytes of seconds and four of nanoseconds.
 *
 * <pre>
 * header    magic "EGIS" (45 47 49 53), version (2 bytes, 1), total length in bytes (4, the trailer included)
 * settings  period start, period end, sync-rate factor (8, IEEE 754 bits), listed codes (4),
 *           financial-obligation waits excluded (1 byte, 0 or 1), working-day convention (text), pause strategy
 *           (text), population-database codes (4-byte count, texts in ascending order), calendar (4-byte length, then
 *           its image: {@link Settings#calendarImage})
 * body      dossiers outside the period (8), undated dossiers (sample), the overall row (tally), agency rows and
 *           procedure rows (each: 4-byte count, then per row in ascending order of its code the code as text and its
 *           tally)
 * trailer   CRC-32 of every byte before it (4)
 *
 * sample    total (8), number listed (4), the listed dossier codes as texts in ascending order
 * tally     dossiers (8), received (8), number of 2.1 outcomes (4, 7) and each outcome's count (8) in the order of
 *           OnTimeOutcome, 2.1 against (sample), 2.1 not assessable (sample), 2.2 measured (8), its actual and
 *           statutory working time (durations), 2.2 against (sample), 2.2 not assessable (sample), then the rates
 *           3.3, 3.6, 4.1, 4.2, 4.3, 4.4, 4.5, each numerator (8), denominator (8), against (sample)
 * </pre>
 *
 * The form is canonical: equal states have equal bytes, whichever way their dossiers were split and merged.
 */
public final class StateFormat {

  /** The first four bytes of every state, {@code "EGIS"}: egov indicator state. */
  private static final byte[] MAGIC = {0x45, 0x47, 0x49, 0x53};
  /** The version this code writes and the only one it reads. */
  public static final int VERSION = 1;
  private static final int HEADER = MAGIC.length + 2 + 4;
  private static final int TRAILER = 4;

  private StateFormat() {}

  /** Writes a state computed with {@code settings}. */
  public static byte[] write(Settings settings, PartialState state) {
    StateWriter out = new StateWriter(4096);
    out.raw(MAGIC);
    out.u16(VERSION);
    out.i32(0); // the length, once known
    settings.write(out);
    state.write(out);
    int length = out.size() + TRAILER;
    out.i32At(MAGIC.length + 2, length);
    CRC32 crc = new CRC32();
    crc.update(out.buffer(), 0, out.size());
    out.i32((int) crc.getValue());
    return out.toByteArray();
  }

  /**
   * Reads a state and checks that it was computed with {@code expected}.
   *
   * @throws IndicatorStateException if the bytes are not a state of this version, are truncated or corrupt, or were
   *     computed with other settings
   */
  public static PartialState read(byte[] bytes, Settings expected) {
    for (int i = 0; i < MAGIC.length; i++) {
      if (i >= bytes.length) {
        throw truncated();
      }
      if (bytes[i] != MAGIC[i]) {
        throw new IndicatorStateException(Reason.NOT_A_STATE, "The bytes are not an indicator state");
      }
    }
    if (bytes.length < HEADER) {
      throw truncated();
    }
    StateReader header = new StateReader(bytes, MAGIC.length, HEADER);
    int version = header.u16();
    if (version != VERSION) {
      throw new IndicatorStateException(Reason.UNSUPPORTED_VERSION,
          "The indicator state has format version " + version + "; this version of egov reads version " + VERSION);
    }
    int length = header.i32();
    if (length < HEADER + TRAILER) {
      throw StateReader.corrupt("its declared length is shorter than a header");
    }
    if (bytes.length < length) {
      throw truncated();
    }
    if (bytes.length > length) {
      throw StateReader.corrupt("it is longer than its declared length");
    }
    int body = length - TRAILER;
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, body);
    if ((int) crc.getValue() != new StateReader(bytes, body, length).i32()) {
      throw StateReader.corrupt("its checksum does not match");
    }
    StateReader in = new StateReader(bytes, HEADER, body);
    try {
      Settings settings = Settings.read(in);
      @Nullable String difference = settings.firstDifference(expected).orElse(null);
      if (difference != null) {
        throw new IndicatorStateException(Reason.SETTINGS_MISMATCH,
            "The indicator state was computed with another " + difference + " than this calculator's");
      }
      PartialState state = PartialState.read(in, expected.listedCodes());
      if (in.position() != body) {
        throw StateReader.corrupt("bytes are left after its last row");
      }
      return state;
    } catch (IndicatorStateException e) {
      throw e;
    } catch (ArithmeticException | IllegalArgumentException e) {
      throw StateReader.corrupt("its counts are out of range");
    }
  }

  private static IndicatorStateException truncated() {
    return new IndicatorStateException(Reason.TRUNCATED, "The indicator state is truncated");
  }
}
