/**
 * Vietnamese national identifiers as value types.
 *
 * <p>Every identifier type follows one shape:
 *
 * <ul>
 *   <li>{@code parse(text)} returns a value that cannot be invalid, or throws {@link
 *       dev.egov.model.id.InvalidIdentifierException} carrying a {@linkplain dev.egov.model.id.IdentifierCheck reason};
 *   <li>{@code check(text)} returns the same reason without throwing, for any input, {@code null} included;
 *   <li>{@code parseLenient(text)} and {@code checkLenient(text)}, where real data has forms beyond the normative one
 *       (a 5-digit dossier sequence, a short agency code, separators in a tax code); a value read this way reports
 *       {@code isLenient()};
 *   <li>{@code parse(text, Strictness)} where the rules have layers ({@linkplain dev.egov.model.id.Strictness format,
 *       checksum, semantic}); the value reports the level it was verified at;
 *   <li>{@code format()} returns the text, {@code toString()} masks identifiers of persons, and Jackson reads and writes
 *       the text form (leniently on read, so that no real-world value is lost).
 * </ul>
 *
 * <p>{@link dev.egov.model.id.IdentifierKind} lists every kind and can tell which kinds a value could be.
 */
@NullMarked
package dev.egov.model.id;

import org.jspecify.annotations.NullMarked;
