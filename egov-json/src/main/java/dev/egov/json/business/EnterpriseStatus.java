package dev.egov.json.business;

import org.jspecify.annotations.Nullable;

/**
 * An enterprise's status in the registry ({@code ENTERPRISE_STATUS_ID}, {@code ENTERPRISE_STATUS_NAME}): an open code
 * list, since the registry publishes no list of codes; the name is kept as the registry writes it ("Đang hoạt
 * động").
 *
 * @param code the status code as written, or {@code null} when only the name is given (the provincial answer)
 * @param name the status's name as written, or {@code null}
 * @since 0.1.0
 */
public record EnterpriseStatus(@Nullable String code, @Nullable String name) {}
