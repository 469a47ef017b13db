/**
 * The National Public Service Portal's dossier-sync dialect (Cổng DVCQG): {@link dev.egov.json.portal.PortalJson}
 * reads and writes the adapter's {@code DongBoHoSoMC} and {@code CapNhatTienDoHoSoMC} calls ({@link
 * dev.egov.json.portal.PortalRequest}, with {@link dev.egov.model.dossier.Dossier}s and {@link
 * dev.egov.json.portal.DossierStep}s) and its answers ({@link dev.egov.json.portal.PortalAnswer}, {@link dev.egov.json.portal.PortalLogin}; their
 * {@link dev.egov.json.AnswerStatus} tells success, already exists, failure and a gateway's fault), the log-in
 * ({@link dev.egov.json.portal.PortalLoginRequest}, {@link dev.egov.json.portal.PortalDestination}) and the sharing
 * services {@code TraCuuHoSo}, {@code LayThuTuc} and {@code LayDanhMucCoQuan} ({@link
 * dev.egov.json.portal.SharingAnswer} of {@link dev.egov.json.portal.DossierLookup}s, {@link
 * dev.egov.model.procedure.Procedure}s or {@link dev.egov.json.portal.PortalAgency}s). The golden payloads that pin the dialect are in egov-json's test-jar,
 * under {@code golden/portal/}.
 */
@NullMarked
package dev.egov.json.portal;

import org.jspecify.annotations.NullMarked;
