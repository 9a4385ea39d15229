package io.crmkit.notify;

import io.crmkit.shared.ValidationException;
import io.crmkit.shared.Violation;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A delivery channel. The common ones are constants; a host may name its own
 * (e.g. {@code wecom}, {@code dingtalk}).
 *
 * @param name 1 to 32 characters: a lower-case letter, then lower-case letters, digits, {@code _} or {@code -}
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
     * @throws ValidationException at {@code channel} with code {@code channel.invalid} (argument
     *     {@code max}) if the name is not of the documented form
     */
    public Channel {
        Objects.requireNonNull(name, "name");
        if (!FORM.matcher(name).matches()) {
            throw new ValidationException(List.of(Violation.of("channel", "channel.invalid", "max", 32)));
        }
    }
}
