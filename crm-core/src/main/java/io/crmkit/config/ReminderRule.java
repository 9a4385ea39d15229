package io.crmkit.config;

import io.crmkit.notify.Channel;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * "Remind the assignee this long before the planned time, through these channels", e.g. one
 * day before by e-mail and in-app. Written in the configuration and in commands as an ISO-8601
 * duration ({@code P1D}, {@code PT1H}, {@code PT30M}).
 *
 * @param before how long before the planned time; more than zero, at most {@link #MAX_BEFORE}
 * @param channels the channels, at least one, each once
 */
public record ReminderRule(Duration before, List<Channel> channels) {
    /**
     * The longest offset, 365 days: the configuration and commands are held to it alike, so a
     * default reminder is never one a command could not set.
     */
    public static final Duration MAX_BEFORE = Duration.ofDays(365);

    /**
     * Checks and copies the components ({@code null} list elements stay for validation to report).
     *
     * @param before see {@link #before()}
     * @param channels see {@link #channels()}
     */
    public ReminderRule {
        Objects.requireNonNull(before, "before");
        channels = channels == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(channels));
    }

    /**
     * A rule.
     *
     * @param before how long before
     * @param channel the first channel
     * @param more further channels
     * @return the rule
     */
    public static ReminderRule of(Duration before, Channel channel, Channel... more) {
        List<Channel> all = new java.util.ArrayList<>();
        all.add(channel);
        all.addAll(List.of(more));
        return new ReminderRule(before, all);
    }
}
