package dev.egov.validation.internal;

import java.util.Objects;

/**
 * The stable code of a violation, attached to it as Hibernate Validator's dynamic payload so that it survives a
 * custom message. Read back by {@link dev.egov.validation.Violation#of}.
 *
 * @param value such as {@code TAX_CODE.INVALID_CHECKSUM}
 */
public record ViolationCode(String value) {

  /** Checks the value. */
  public ViolationCode {
    Objects.requireNonNull(value, "value");
  }
}
