/**
 * The statistics office's administrative-unit catalogue service (danh mục đơn vị hành chính, the public SOAP service
 * {@code DMDVHC.asmx}): {@link dev.egov.json.catalog.CatalogServiceXml} reads and writes the {@code DanhMucTinh} and
 * {@code DanhMucPhuongXa} requests ({@link dev.egov.json.catalog.CatalogRequest}, with the as-of date {@code DenNgay})
 * and their answers ({@link dev.egov.json.catalog.CatalogAnswer}, the rows of a .NET DataSet), and loads the rows into
 * an {@link dev.egov.model.catalog.AdministrativeUnitCatalog} of the era of their date. docs/administrative-units.md
 * describes the service.
 */
@NullMarked
package dev.egov.json.catalog;

import org.jspecify.annotations.NullMarked;
