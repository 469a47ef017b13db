package dev.egov.consumertests.forms;

import dev.egov.validation.constraints.ValidPersonalIdNumber;
import dev.egov.validation.constraints.ValidTaxIdentifier;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A user's own form with egov's constraints beside the standard ones, as in egov's README.
 *
 * @param fullName the applicant's name
 * @param cccd the applicant's personal identification number, as typed
 * @param taxCode the applicant's tax identifier, as typed, if any
 */
public record ApplicationForm(
    @NotBlank @Size(max = 100) String fullName,
    @NotNull @ValidPersonalIdNumber String cccd,
    @ValidTaxIdentifier(lenient = true) String taxCode) {}
