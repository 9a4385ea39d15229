package io.crmkit.notify;

import io.crmkit.shared.CrmException;

/** Thrown by {@link NotificationSender#none()}: the host wired no sender for a channel crmkit needed. */
public final class NoSenderConfiguredException extends CrmException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param channel the channel a message was meant for
     */
    public NoSenderConfiguredException(Channel channel) {
        super("no notification sender is configured (channel " + channel.name()
                + "); pass one with Crm.builder().notificationSender(...)");
    }
}
