package io.crmkit.shared;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The tenant that owns data. Every read and every write in crmkit is scoped to exactly one
 * tenant; nothing crosses tenants.
 *
 * @param value 1 to 64 characters of letters, digits, {@code -}, {@code _} or {@code .}
 */
public record TenantId(String value) {
    private static final int MAX_LENGTH = 64;
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_LENGTH + "}");
    private static final String PATH = "tenantId";

    /**
     * Checks the form of the value.
     *
     * @param value see {@link #value()}
     * @throws ValidationException at {@code tenantId} with code {@code tenant_id.invalid} (argument
     *     {@code max}) if the value is not of the documented form
     */
    public TenantId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new ValidationException(List.of(Violation.of(PATH, "tenant_id.invalid", "max", MAX_LENGTH)));
        }
    }

    /**
     * Creates a tenant id.
     *
     * @param value the id
     * @return the tenant id
     * @throws ValidationException at {@code tenantId} with code {@code tenant_id.invalid} (argument
     *     {@code max}) if the value is not of the documented form
     */
    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
