package io.crmkit.config;

import java.util.List;
import java.util.Objects;

/**
 * A tag dimension a deployment sorts customers by, e.g. industry, level (A/B/C) or intent.
 *
 * @param key the dimension's key: lower-case letters, digits and {@code _}
 * @param label the name shown to people
 * @param multiValued whether a customer may carry several values of the dimension at once
 *     (need: "equipment purchase" and "technical service"); a single-valued dimension keeps
 *     one value, and tagging it again replaces that value
 * @param values the allowed values in display order (a closed list), or empty when any value
 *     up to {@value #MAX_VALUE_LENGTH} characters is allowed (an open dimension)
 */
public record TagDimensionDefinition(String key, String label, boolean multiValued, List<String> values) {

    /** The longest tag value in characters. */
    public static final int MAX_VALUE_LENGTH = 64;

    /**
     * Checks and copies the components.
     *
     * @param key see {@link #key()}
     * @param label see {@link #label()}
     * @param multiValued see {@link #multiValued()}
     * @param values see {@link #values()}
     */
    public TagDimensionDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        values = List.copyOf(values);
    }

    /** {@return whether any value is allowed (no closed list)} */
    public boolean open() {
        return values.isEmpty();
    }

    /**
     * Whether a value may be stored in this dimension.
     *
     * @param value the value
     * @return true if the closed list holds it, or the dimension is open and the value is a
     *     well-formed tag value
     */
    public boolean allows(String value) {
        return open() ? wellFormed(value) : values.contains(value);
    }

    /**
     * Whether a text can be a tag value at all: 1 to {@value #MAX_VALUE_LENGTH} characters, not
     * blank, no control characters and no spaces at either end.
     *
     * @param value the text
     * @return whether it is well-formed
     */
    public static boolean wellFormed(String value) {
        if (value.isBlank() || value.length() > MAX_VALUE_LENGTH || !value.strip().equals(value)) {
            return false;
        }
        return value.codePoints().noneMatch(Character::isISOControl);
    }
}
