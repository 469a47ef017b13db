/**
 * The national business registry's enterprise look-up (Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp; {@code
 * chiTietDoanhNghiep}, and a provincial gateway's {@code TraCuuThongTinDoanhNghiep}): {@link
 * dev.egov.json.business.BusinessRegistryJson} reads and writes the answers ({@link
 * dev.egov.json.business.RegistryAnswer}, {@link dev.egov.json.business.ProvincialRegistryAnswer}) and maps them to
 * egov's {@link dev.egov.model.organisation.Organisation}; {@link dev.egov.json.business.EnterpriseLookup} builds the
 * call's path and query. docs/business-registry.md describes the messages.
 */
@NullMarked
package dev.egov.json.business;

import org.jspecify.annotations.NullMarked;
