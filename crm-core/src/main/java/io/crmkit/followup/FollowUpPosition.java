package io.crmkit.followup;

import io.crmkit.shared.TimeAndId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The keyset position in a task listing: planned time and id of a page's last task, behind the
 * opaque cursor of {@link io.crmkit.shared.Page#next()}.
 *
 * @param plannedAt the planned time
 * @param id the id
 */
public record FollowUpPosition(Instant plannedAt, UUID id) {
    private static final String PATH = "page.after";

    /**
     * Checks the components.
     *
     * @param plannedAt see {@link #plannedAt()}
     * @param id see {@link #id()}
     */
    public FollowUpPosition {
        Objects.requireNonNull(plannedAt, "plannedAt");
        Objects.requireNonNull(id, "id");
    }

    /**
     * The position of a task.
     *
     * @param f the task
     * @return its position
     */
    public static FollowUpPosition of(FollowUp f) {
        return new FollowUpPosition(f.plannedAt(), f.id().value());
    }

    /**
     * Decodes a cursor.
     *
     * @param token the cursor
     * @return the position
     * @throws io.crmkit.shared.ValidationException at {@code page.after} if it is not a task cursor
     */
    public static FollowUpPosition decode(String token) {
        TimeAndId p = TimeAndId.decode(token, PATH);
        return new FollowUpPosition(p.at(), p.id());
    }

    /** {@return the opaque cursor} */
    public String encode() {
        return new TimeAndId(plannedAt, id).encode();
    }

    /**
     * Whether a task comes after this position in listing order.
     *
     * @param f the task
     * @return {@code true} if it sorts after
     */
    public boolean precedes(FollowUp f) {
        int cmp = f.plannedAt().compareTo(plannedAt);
        return cmp > 0 || cmp == 0 && f.id().toString().compareTo(id.toString()) > 0;
    }
}
