package io.crmkit.access;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name of a role defined in the deployment's configuration. Three names are predefined
 * because the sample configuration uses them; a deployment may define more.
 *
 * @param value lower-case letters, digits and {@code _}, 1 to 64 characters
 */
public record RoleName(String value) {
    // Declared before the constants below: static fields initialise in order.
    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    /** A sales representative: views customers, edits the ones they own. */
    public static final RoleName SALES_REP = new RoleName("sales_rep");
    /** A service manager: views customers, approves service work. */
    public static final RoleName SERVICE_MANAGER = new RoleName("service_manager");
    /** An administrator: may do everything in the tenant. */
    public static final RoleName ADMINISTRATOR = new RoleName("administrator");

    /**
     * Checks the form.
     *
     * @param value see {@link #value()}
     */
    public RoleName {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("role name must be lower-case letters, digits or '_': '" + value + "'");
        }
    }

    /**
     * Creates a role name.
     *
     * @param value the name
     * @return the role name
     */
    public static RoleName of(String value) {
        return new RoleName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
