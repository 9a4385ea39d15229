package io.crmkit.segment.rule;

import java.util.Objects;

/**
 * A custom field, {@code custom(key)}. The kind of its values comes from the field's
 * configured type, which the rule checker looks up.
 *
 * @param key the field's configured key
 */
public record CustomField(String key) implements Operand {

    /**
     * Checks the key.
     *
     * @param key see {@link #key()}
     */
    public CustomField {
        Objects.requireNonNull(key, "key");
    }
}
