/**
 * Seeded, reproducible generators of test data: Vietnamese identifiers that are valid, unusual but valid, or invalid
 * for a stated reason, and the birth dates and sexes they encode. Start with {@link
 * dev.egov.fakes.generators.IdentifierGenerator#withSeed(long)}.
 *
 * <p>No type here depends on a test framework. Generators are not thread-safe; no method accepts or returns {@code
 * null}.
 */
@NullMarked
package dev.egov.fakes.generators;

import org.jspecify.annotations.NullMarked;
