/**
 * Reference catalogues: provinces before and after the 1 July 2025 reform, ethnic groups, top-level agency codes.
 *
 * <p>Catalogues are data bundled as resources and loaded lazily on first use. Anything that changes over time is
 * looked up "as of" a date, and every province code carries its {@linkplain dev.egov.model.catalog.AdministrativeEra
 * era}: a code means nothing without it (Gia Lai is 64 in the legacy catalogue and 52 after the reform, where 64 means
 * nothing). Personal identification numbers always decode with the legacy table, because numbers are never
 * re-issued.
 */
@NullMarked
package dev.egov.model.catalog;

import org.jspecify.annotations.NullMarked;
