package io.crmkit.config;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A custom field a deployment adds to customers, e.g. "customer source" or "years of
 * cooperation".
 *
 * @param key the stable key values are stored under: lower-case letters, digits and {@code _}
 * @param label the name shown to people
 * @param type the value type
 * @param required whether every customer must have a value
 * @param maxLength for text types: the largest length in characters
 * @param min for numeric and money types: the smallest allowed value
 * @param max for numeric and money types: the largest allowed value
 * @param options for choice types: the allowed values, in display order
 * @param currency for money: the currency every value must be in
 */
public record CustomFieldDefinition(
        String key,
        String label,
        CustomFieldType type,
        boolean required,
        int maxLength,
        Optional<BigDecimal> min,
        Optional<BigDecimal> max,
        List<String> options,
        Optional<Currency> currency) {

    /**
     * Checks and copies the components.
     *
     * @param key see {@link #key()}
     * @param label see {@link #label()}
     * @param type see {@link #type()}
     * @param required see {@link #required()}
     * @param maxLength see {@link #maxLength()}
     * @param min see {@link #min()}
     * @param max see {@link #max()}
     * @param options see {@link #options()}
     * @param currency see {@link #currency()}
     */
    public CustomFieldDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        options = List.copyOf(options);
        Objects.requireNonNull(currency, "currency");
    }
}
