package dev.egov.validation.internal;

import dev.egov.model.code.ApplicantType;
import dev.egov.model.result.CarriesPersonalId;
import dev.egov.model.result.Result;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link CarriesPersonalId}, unless switched off in the options. */
public final class CarriesPersonalIdValidator implements ConstraintValidator<CarriesPersonalId, Result> {

  @Override
  public boolean isValid(@Nullable Result result, ConstraintValidatorContext context) {
    if (result == null
        || result.holder().type() != ApplicantType.CITIZEN
        || result.holder().personalId() != null
        || !RecordRules.options(context).resultPersonalIdRequired()) {
      return true;
    }
    RecordRules.violation(context, "RESULT.PERSONAL_ID_MISSING")
        .addPropertyNode("holder")
        .addPropertyNode("personalId")
        .addConstraintViolation();
    return false;
  }
}
