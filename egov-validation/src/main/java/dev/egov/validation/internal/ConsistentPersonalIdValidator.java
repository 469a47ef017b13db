package dev.egov.validation.internal;

import static dev.egov.model.calendar.WorkingCalendar.VIETNAM;

import dev.egov.model.PartialDate;
import dev.egov.model.Sex;
import dev.egov.model.id.IdentifierCheck;
import dev.egov.model.id.IdentifierFinding;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.validation.constraints.ConsistentPersonalId;
import dev.egov.validation.constraints.PersonalIdHolder;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Validates {@link ConsistentPersonalId}. */
public final class ConsistentPersonalIdValidator
    implements ConstraintValidator<ConsistentPersonalId, PersonalIdHolder> {

  private static final String DEFAULT_MESSAGE = "{dev.egov.validation.constraints.ConsistentPersonalId.message}";

  private boolean customMessage;
  private String property = "";

  @Override
  public void initialize(ConsistentPersonalId annotation) {
    customMessage = !annotation.message().equals(DEFAULT_MESSAGE);
    property = annotation.property();
  }

  @Override
  public boolean isValid(@Nullable PersonalIdHolder holder, ConstraintValidatorContext context) {
    if (holder == null) {
      return true;
    }
    CharSequence text = holder.personalIdNumber();
    if (text == null || PersonalIdNumber.check(text) != IdentifierCheck.VALID) {
      return true;
    }
    PartialDate birthDate = holder.birthDate() == null ? PartialDate.unknown() : holder.birthDate();
    Sex sex = holder.sex() == null ? Sex.UNKNOWN : holder.sex();
    LocalDate today = LocalDate.ofInstant(context.getClockProvider().getClock().instant(), VIETNAM);
    List<IdentifierFinding> findings = PersonalIdNumber.parse(text).findings(birthDate, sex, today);
    boolean valid = true;
    for (IdentifierFinding finding : findings) {
      if (finding == IdentifierFinding.UNKNOWN_PREFIX) {
        continue; // about the number alone, not its consistency with the record
      }
      String code = "PERSONAL_ID." + finding.name();
      Reporter.reportOnProperty(
          context, new ViolationCode(code), customMessage ? null : Reporter.template(code), property);
      valid = false;
      if (customMessage) {
        break; // one custom message says it all
      }
    }
    return valid;
  }
}
