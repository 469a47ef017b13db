package dev.egov.validation;

import dev.egov.validation.internal.ViolationCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * One broken rule, in a form an API can return to its caller: a stable code, where, and a message for people.
 *
 * <p>The value that was rejected is deliberately absent: identifiers and names are personal data, and Bean
 * Validation's own violation objects print them from {@code toString()}.
 *
 * <pre>{@code
 * List<Violation> violations = Violation.listOf(validator.validate(form));
 * // [Violation[code=TAX_CODE.INVALID_CHECKSUM, path=taxCode, message=phải là mã số thuế hợp lệ: sai chữ số kiểm tra]]
 * }</pre>
 *
 * @param code a stable code: {@code <KIND>.<REASON>} for egov's constraints (such as {@code TAX_CODE.INVALID_CHECKSUM}
 *     or {@code PERSONAL_ID.BIRTH_YEAR_MISMATCH}), the constraint's simple name for others (such as {@code NotNull})
 * @param path the property path, such as {@code applicant.taxCode}; empty for the object itself
 * @param message the interpolated message, in the validator's language
 * @since 0.1.0
 */
public record Violation(String code, String path, String message) {

  private static final String EGOV_TEMPLATE = "{dev.egov.validation.";

  /** Orders by path, then code, then message, so that lists compare and print the same every run. */
  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::path).thenComparing(Violation::code).thenComparing(Violation::message);

  /**
   * Checks the parts.
   *
   * @param code a stable code: {@code <KIND>.<REASON>} for egov's constraints (such as {@code
   *     TAX_CODE.INVALID_CHECKSUM} or {@code PERSONAL_ID.BIRTH_YEAR_MISMATCH}), the constraint's simple name for
   *     others (such as {@code NotNull})
   * @param path the property path, such as {@code applicant.taxCode}; empty for the object itself
   * @param message the interpolated message, in the validator's language
   */
  public Violation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Converts a Bean Validation violation.
   *
   * @param violation a violation from any validator
   * @return the violation's code, path and message
   */
  public static Violation of(ConstraintViolation<?> violation) {
    Objects.requireNonNull(violation, "violation");
    return new Violation(codeOf(violation), violation.getPropertyPath().toString(), violation.getMessage());
  }

  /**
   * Converts a set of Bean Validation violations, ordered by path, code and message (Bean Validation returns a set
   * whose order changes from run to run).
   *
   * @param violations the violations
   * @return the converted violations, sorted, unmodifiable
   */
  public static List<Violation> listOf(Collection<? extends ConstraintViolation<?>> violations) {
    Objects.requireNonNull(violations, "violations");
    List<Violation> list = new ArrayList<>(violations.size());
    for (ConstraintViolation<?> violation : violations) {
      list.add(of(violation));
    }
    list.sort(ORDER);
    return List.copyOf(list);
  }

  private static String codeOf(ConstraintViolation<?> violation) {
    String template = violation.getMessageTemplate();
    if (template.startsWith(EGOV_TEMPLATE) && template.endsWith("}") && template.indexOf('{', 1) < 0) {
      String key = template.substring(EGOV_TEMPLATE.length(), template.length() - 1);
      if (!key.startsWith("constraints.") && !key.startsWith("standard.")) {
        return key;
      }
    }
    try {
      HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
      ViolationCode code = hibernate.getDynamicPayload(ViolationCode.class);
      if (code != null) {
        return code.value();
      }
    } catch (ValidationException notHibernateValidator) {
      // Another provider: no dynamic payload, fall back to the constraint's name.
    }
    return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
  }

  /** Returns the code, path and message; never a rejected value. */
  @Override
  public String toString() {
    return "Violation[code=" + code + ", path=" + path + ", message=" + message + "]";
  }
}
