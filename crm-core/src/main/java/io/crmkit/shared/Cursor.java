package io.crmkit.shared;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The keyset position behind an opaque page cursor: the sort key values of the last item
 * of a page. Encoded as URL-safe Base64 so callers treat it as a token; decoding checks its
 * shape so a forged or truncated cursor is a validation error, never a storage error.
 *
 * @param keys the key values, in sort order
 */
public record Cursor(List<String> keys) {
    private static final char SEPARATOR = '\u001F';

    /**
     * Copies the keys.
     *
     * @param keys see {@link #keys()}
     */
    public Cursor {
        keys = List.copyOf(keys);
    }

    /**
     * Creates a cursor.
     *
     * @param keys the key values
     * @return the cursor
     */
    public static Cursor of(String... keys) {
        return new Cursor(List.of(keys));
    }

    /** {@return the opaque token form} */
    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(String.valueOf(SEPARATOR), keys).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes a token that must hold exactly {@code arity} keys.
     *
     * @param token the token from {@link #encode()}
     * @param arity the number of keys expected
     * @param path the field path to name in an error
     * @return the cursor
     * @throws ValidationException if the token is not a cursor of that shape
     */
    public static Cursor decode(String token, int arity, String path) {
        Optional<Cursor> cursor = tryDecode(token, arity);
        return cursor.orElseThrow(() -> invalid(path));
    }

    /**
     * Decodes a token of one key, a UUID in text form: the position of a listing ordered by id,
     * made by {@code Cursor.of(id.toString()).encode()}.
     *
     * @param token the token
     * @param path the field path to name in an error
     * @return the id
     * @throws ValidationException if the token is not a cursor of one key or the key is not a UUID
     */
    public static UUID decodeId(String token, String path) {
        Cursor c = decode(token, 1, path);
        try {
            return UUID.fromString(c.keys().get(0));
        } catch (IllegalArgumentException e) {
            throw invalid(path);
        }
    }

    /**
     * The error for a cursor that is well-formed but names no valid position.
     *
     * @param path the field path to name
     * @return the exception to throw
     */
    public static ValidationException invalid(String path) {
        return new ValidationException(List.of(new Violation(path, "cursor.invalid", Map.of())), java.util.Locale.ENGLISH);
    }

    private static Optional<Cursor> tryDecode(String token, int arity) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            List<String> parts = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == SEPARATOR) {
                    parts.add(text.substring(start, i));
                    start = i + 1;
                }
            }
            return parts.size() == arity ? Optional.of(new Cursor(parts)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
