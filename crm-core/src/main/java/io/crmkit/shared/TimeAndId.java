package io.crmkit.shared;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The keyset position of a listing ordered by time, then by id: the time and id of the last
 * item of a page. Its token is the {@link Cursor} of two keys, the time in ISO-8601 form and the
 * id in text form, so listings that page this way share one token format.
 *
 * @param at the item's time
 * @param id the item's id
 */
public record TimeAndId(Instant at, UUID id) {

    /**
     * Checks the components.
     *
     * @param at see {@link #at()}
     * @param id see {@link #id()}
     */
    public TimeAndId {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(id, "id");
    }

    /**
     * Decodes a token made by {@link #encode()}.
     *
     * @param token the token
     * @param path the field path to name in an error
     * @return the position
     * @throws ValidationException if the token is not a cursor of two keys, or its keys are not a
     *         time and a UUID
     */
    public static TimeAndId decode(String token, String path) {
        Cursor c = Cursor.decode(token, 2, path);
        try {
            return new TimeAndId(Instant.parse(c.keys().get(0)), UUID.fromString(c.keys().get(1)));
        } catch (RuntimeException e) {
            throw Cursor.invalid(path);
        }
    }

    /** {@return the opaque token form} */
    public String encode() {
        return Cursor.of(at.toString(), id.toString()).encode();
    }
}
