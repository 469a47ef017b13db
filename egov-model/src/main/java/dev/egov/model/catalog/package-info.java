/**
 * Reference catalogues: the administrative units of both eras (provinces, districts and communes before and after the
 * 1 July 2025 reform), ethnic groups, top-level agency codes.
 *
 * <p>Catalogues are data bundled as resources and loaded lazily on first use. Anything that changes over time is
 * looked up "as of" a date, and every code carries its {@linkplain dev.egov.model.catalog.AdministrativeEra era}: a
 * code means nothing without it (Gia Lai is 64 in the legacy catalogue and 52 after the reform, where 64 means
 * nothing; commune 00004 is Phường Trúc Bạch before and Phường Ba Đình after). Personal identification numbers always
 * decode with the legacy table, because numbers are never re-issued.
 *
 * <p>{@link dev.egov.model.catalog.AdministrativeUnitCatalog} holds the official lists of units;
 * {@link dev.egov.model.catalog.PlaceName} the identity key that matches place names as lists and people write them;
 * {@link dev.egov.model.catalog.StatisticsOfficeCatalog} and {@link dev.egov.model.catalog.CatalogDiff} read newer
 * official lists and say what changed.
 */
@NullMarked
package dev.egov.model.catalog;

import org.jspecify.annotations.NullMarked;
