package io.crmkit.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The tenant that owns data. Every read and every write in crmkit is scoped to exactly one
 * tenant; nothing crosses tenants.
 *
 * @param value 1 to 64 characters of letters, digits, {@code -}, {@code _} or {@code .}
 */
public record TenantId(String value) {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /**
     * Checks the form of the value.
     *
     * @param value see {@link #value()}
     */
    public TenantId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("tenant id must be 1-64 letters, digits, '.', '-' or '_': '" + value + "'");
        }
    }

    /**
     * Creates a tenant id.
     *
     * @param value the id
     * @return the tenant id
     * @throws IllegalArgumentException if the value is not of the documented form
     */
    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
