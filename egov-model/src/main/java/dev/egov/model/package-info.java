/**
 * Small value types shared by all of egov's records: {@link dev.egov.model.Sex} and
 * {@link dev.egov.model.PartialDate}.
 *
 * <p>Every type here is immutable and thread-safe. No method accepts or returns {@code null} unless documented.
 */
@NullMarked
package dev.egov.model;

import org.jspecify.annotations.NullMarked;
