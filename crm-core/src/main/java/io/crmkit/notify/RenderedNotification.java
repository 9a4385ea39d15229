package io.crmkit.notify;

import java.util.Objects;

/**
 * A notification rendered from its template: what a sender puts in the subject line (or title)
 * and the body.
 *
 * @param subject the subject, one line
 * @param body the body
 */
public record RenderedNotification(String subject, String body) {

    /**
     * Checks the components.
     *
     * @param subject see {@link #subject()}
     * @param body see {@link #body()}
     */
    public RenderedNotification {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
