package io.crmkit.tag;

import java.util.Objects;

/**
 * How many customers carry a tag value.
 *
 * @param value the value
 * @param customers how many customers carry it (at least 1)
 */
public record TagCount(String value, long customers) {

    /**
     * Checks the components.
     *
     * @param value see {@link #value()}
     * @param customers see {@link #customers()}
     */
    public TagCount {
        Objects.requireNonNull(value, "value");
    }
}
