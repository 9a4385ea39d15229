package io.crmkit.config;

import java.util.List;

/**
 * The {@code interactions} section: the kinds of interaction a deployment logs. Left out, the
 * kinds are {@link #DEFAULT_KINDS}.
 *
 * <pre>{@code
 * interactions:
 *   kinds: [call, email, meeting, visit, wechat]
 * }</pre>
 *
 * @param kinds the kinds, at least one, each lower-case letters, digits or {@code _}, listed once
 */
public record InteractionSettings(List<String> kinds) {
    /** The kinds when the section is left out. */
    public static final List<String> DEFAULT_KINDS = List.of("call", "email", "meeting", "visit");

    /**
     * Copies the kinds.
     *
     * @param kinds see {@link #kinds()}
     */
    public InteractionSettings {
        kinds = List.copyOf(kinds);
    }

    /** {@return the default settings} */
    public static InteractionSettings defaults() {
        return new InteractionSettings(DEFAULT_KINDS);
    }
}
