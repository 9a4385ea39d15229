package io.crmkit.examples.notify;

import io.crmkit.notify.Notification;
import io.crmkit.notify.NotificationSender;
import io.crmkit.notify.NotificationTemplates;
import io.crmkit.notify.RenderedNotification;
import java.io.PrintStream;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sample {@link NotificationSender} that renders each notification with crmkit's
 * {@link NotificationTemplates} and prints it, instead of sending an e-mail or an in-app
 * message. A real sender looks the recipient (a user id) up in the host's user directory to
 * find the address, and delivers through the channel; like this one, it drops a notification
 * whose idempotency key it has already delivered (delivery is at-least-once).
 */
public final class ConsoleNotificationSender implements NotificationSender {
    private final PrintStream out;
    private final NotificationTemplates templates;
    private final Set<UUID> delivered = ConcurrentHashMap.newKeySet();

    /**
     * Creates the sender.
     *
     * @param out where to print
     * @param templates the templates to render with, e.g. {@code crm.templates()}
     */
    public ConsoleNotificationSender(PrintStream out, NotificationTemplates templates) {
        this.out = Objects.requireNonNull(out, "out");
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    @Override
    public void send(Notification n) {
        if (!delivered.add(n.idempotencyKey())) {
            return;
        }
        RenderedNotification text = templates.render(n);
        out.println("  [" + n.channel().name() + " to " + n.recipient() + "] " + text.subject());
        out.println("      " + text.body());
    }
}
