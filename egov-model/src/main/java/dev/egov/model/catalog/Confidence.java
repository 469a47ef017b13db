package dev.egov.model.catalog;

/**
 * How well a catalogue row is established. Rows that are not {@link #CONFIRMED} are shipped because they are useful
 * (a name to show next to a code) but must not decide anything on their own.
 *
 * @since 0.1.0
 */
public enum Confidence {
  /** Seen, labelled, in independent sources. */
  CONFIRMED,
  /** Follows a documented rule that the confirmed rows obey, but was not seen labelled. */
  DERIVED,
  /** Follows a pattern, with no source. */
  UNCERTAIN
}
