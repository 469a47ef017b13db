/**
 * Administrative-procedure dossiers (hồ sơ thủ tục hành chính): the {@link dev.egov.model.dossier.Dossier} record with
 * every field the National Public Service Portal synchronises, and its {@linkplain
 * dev.egov.model.dossier.DossierLifecycle lifecycle}.
 *
 * <p>Instants are {@link java.time.Instant}s; the portal's wire format writes them as local time in {@code
 * Asia/Ho_Chi_Minh} without an offset, and {@code egov-json} converts.
 */
@NullMarked
package dev.egov.model.dossier;

import org.jspecify.annotations.NullMarked;
