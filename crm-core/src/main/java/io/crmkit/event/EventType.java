package io.crmkit.event;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The published identity of an event: the name hosts receive as the outbox message's event type,
 * and the revision of its payload. Both are declared by each event record as a constant, so that
 * renaming or moving the record changes nothing a host sees. A payload that changes in a way a
 * consumer could notice (a field removed, renamed or given another meaning) gets a new revision;
 * the name stays.
 *
 * @param name the published name, e.g. {@code CustomerCreated}: a letter, then letters and digits,
 *             at most {@value #MAX_NAME_LENGTH} characters
 * @param revision the payload's revision, from 1
 */
public record EventType(String name, int revision) {
    /** The longest name: the outbox keeps event types of at most 64 characters. */
    public static final int MAX_NAME_LENGTH = 64;
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    /**
     * Checks the name and the revision.
     *
     * @param name see {@link #name()}
     * @param revision see {@link #revision()}
     * @throws IllegalArgumentException if the name is not a letter followed by letters and digits,
     *                                  is longer than {@value #MAX_NAME_LENGTH} characters, or the
     *                                  revision is below 1
     */
    public EventType {
        Objects.requireNonNull(name, "name");
        if (name.length() > MAX_NAME_LENGTH || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("an event name is a letter followed by letters and digits, at most "
                    + MAX_NAME_LENGTH + " characters: '" + name + "'");
        }
        if (revision < 1) {
            throw new IllegalArgumentException("an event's revision starts at 1, not " + revision);
        }
    }
}
