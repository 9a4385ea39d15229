package io.crmkit.internal.validation;

import io.crmkit.shared.Violation;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The bounds of an amount or quantity crmkit stores: storage keeps them as NUMERIC(38, 10), so
 * at most 10 decimals, and crmkit accepts magnitudes below {@code 1e24}. Whether a value may be
 * negative or zero is each field's own rule and is checked where the field is.
 */
public final class DecimalRules {
    private static final BigDecimal LIMIT = new BigDecimal("1e24");
    private static final int MAX_SCALE = 10;

    private DecimalRules() {
    }

    /**
     * Checks a number's size.
     *
     * @param path the field path to name
     * @param value the number
     * @return a violation with code {@code number.too_large}, or empty if storage keeps the
     *     number as written
     */
    public static Optional<Violation> checkSize(String path, BigDecimal value) {
        if (value.abs().compareTo(LIMIT) >= 0 || value.scale() > MAX_SCALE) {
            return Optional.of(Violation.of(path, "number.too_large"));
        }
        return Optional.empty();
    }
}
