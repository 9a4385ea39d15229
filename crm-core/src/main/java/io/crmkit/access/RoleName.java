package io.crmkit.access;

import io.crmkit.shared.ValidationException;
import io.crmkit.shared.Violation;
import java.util.List;
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
     * @throws ValidationException at {@code role} with code {@code role.invalid} (argument
     *     {@code max}) if the value is not of the documented form
     */
    public RoleName {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new ValidationException(List.of(Violation.of("role", "role.invalid", "max", 64)));
        }
    }

    /**
     * Creates a role name.
     *
     * @param value the name
     * @return the role name
     * @throws ValidationException as the {@linkplain #RoleName(String) constructor} does
     */
    public static RoleName of(String value) {
        return new RoleName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
