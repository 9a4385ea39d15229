package io.crmkit.timeline;

import io.crmkit.shared.TimeAndId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/**
 * A place in a newest-first listing ordered by time, then by id: the time and id of the last
 * item read. Ids compare as their lower-case text, which is the unsigned byte order SQL
 * databases give UUIDs, so the same position means the same thing in memory and in SQL.
 *
 * <p>Its token ({@link #encode()}) is that of a {@link TimeAndId}, the form of the audit trail's
 * and the interaction log's page cursors, so a position read on the timeline continues any of
 * those listings.
 *
 * @param at the item's time
 * @param id the item's id
 */
public record TimelinePosition(Instant at, UUID id) {
    /** Newest first: time descending, then id descending. */
    public static final Comparator<TimelinePosition> NEWEST_FIRST = Comparator.comparing(TimelinePosition::at)
            .thenComparing(p -> p.id().toString()).reversed();

    /**
     * Checks the components.
     *
     * @param at see {@link #at()}
     * @param id see {@link #id()}
     */
    public TimelinePosition {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(id, "id");
    }

    /**
     * Decodes a token made by {@link #encode()}.
     *
     * @param token the token
     * @param path the field path to name in an error
     * @return the position
     * @throws io.crmkit.shared.ValidationException if the token is not a position
     */
    public static TimelinePosition decode(String token, String path) {
        TimeAndId p = TimeAndId.decode(token, path);
        return new TimelinePosition(p.at(), p.id());
    }

    /** {@return the opaque token form} */
    public String encode() {
        return new TimeAndId(at, id).encode();
    }

    /**
     * Whether an item at a time and id comes after this position in newest-first order.
     *
     * @param itemAt the item's time
     * @param itemId the item's id
     * @return {@code true} if it is older, or as old with a smaller id
     */
    public boolean isBefore(Instant itemAt, UUID itemId) {
        return NEWEST_FIRST.compare(this, new TimelinePosition(itemAt, itemId)) < 0;
    }
}
