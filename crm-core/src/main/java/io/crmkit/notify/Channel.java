package io.crmkit.notify;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A delivery channel. The common ones are constants; a host may name its own
 * (e.g. {@code wecom}, {@code dingtalk}).
 *
 * @param name lower-case letters, digits, {@code _} or {@code -}
 */
public record Channel(String name) {
    // Declared before the constants below: static fields initialise in order.
    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9_-]{0,31}");
    /** E-mail. */
    public static final Channel EMAIL = new Channel("email");
    /** Text message. */
    public static final Channel SMS = new Channel("sms");
    /** A notice inside the host application. */
    public static final Channel IN_APP = new Channel("in_app");
    /** An HTTP call to a configured endpoint. */
    public static final Channel WEBHOOK = new Channel("webhook");

    /**
     * Checks the name.
     *
     * @param name see {@link #name()}
     */
    public Channel {
        Objects.requireNonNull(name, "name");
        if (!FORM.matcher(name).matches()) {
            throw new IllegalArgumentException("channel name must be lower-case letters, digits, '_' or '-': '" + name + "'");
        }
    }
}
