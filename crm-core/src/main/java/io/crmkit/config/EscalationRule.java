package io.crmkit.config;

import io.crmkit.notify.Channel;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Tells the assignee's manager when a follow-up task is still open this long after its planned
 * time.
 *
 * @param after how long after the planned time (ISO-8601 in the configuration, e.g. {@code P1D})
 * @param channels the channels, at least one
 */
public record EscalationRule(Duration after, List<Channel> channels) {

    /**
     * Checks and copies the components.
     *
     * @param after see {@link #after()}
     * @param channels see {@link #channels()}
     */
    public EscalationRule {
        Objects.requireNonNull(after, "after");
        channels = List.copyOf(channels);
    }
}
