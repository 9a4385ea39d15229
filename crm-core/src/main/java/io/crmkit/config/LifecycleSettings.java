package io.crmkit.config;

import java.util.List;
import java.util.Objects;

/**
 * The lifecycle statuses a customer can have. For now a plain list of configured values with
 * the one new customers start in; the follow-up feature turns it into a state machine.
 *
 * @param statuses the allowed statuses, in display order
 * @param initial the status of a new customer; one of {@code statuses}
 */
public record LifecycleSettings(List<String> statuses, String initial) {

    /**
     * Checks and copies the components.
     *
     * @param statuses see {@link #statuses()}
     * @param initial see {@link #initial()}
     */
    public LifecycleSettings {
        statuses = List.copyOf(statuses);
        Objects.requireNonNull(initial, "initial");
        if (!statuses.contains(initial)) {
            throw new IllegalArgumentException("initial status '" + initial + "' is not one of " + statuses);
        }
    }
}
