package io.crmkit.config;

import java.util.Objects;

/**
 * One ordered rule of a classification: the tag value a customer gets when the rule holds.
 *
 * @param value the tag value to set
 * @param when the condition, a segment rule in the text form (checked when {@code Crm} is built)
 * @param note what the value means for people, e.g. "respond within 24 h"; carried in the event
 */
public record ClassificationRuleDefinition(String value, String when, String note) {

    /**
     * Checks the components.
     *
     * @param value see {@link #value()}
     * @param when see {@link #when()}
     * @param note see {@link #note()}
     */
    public ClassificationRuleDefinition {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(note, "note");
    }
}
