package io.crmkit.shared;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which page of a listing to read: at most {@code size} items after the position named by
 * an opaque cursor taken from the previous {@link Page}. Keyset paging: page 1,000 costs the
 * same as page 1.
 *
 * @param size 1 to {@value #MAX_SIZE} items
 * @param after the cursor of the previous page, or empty for the first page
 */
public record PageRequest(int size, Optional<String> after) {
    /** The largest page crmkit hands out in one call. */
    public static final int MAX_SIZE = 1000;

    /**
     * Checks the components.
     *
     * @param size see {@link #size()}
     * @param after see {@link #after()}
     * @throws ValidationException at {@code page.size} with code {@code number.range} (arguments
     *     {@code min} and {@code max}) if the size is not 1 to {@value #MAX_SIZE}
     */
    public PageRequest {
        Objects.requireNonNull(after, "after");
        if (size < 1 || size > MAX_SIZE) {
            throw new ValidationException(List.of(new Violation("page.size", "number.range",
                    Map.of("min", 1, "max", MAX_SIZE))));
        }
    }

    /**
     * The first page.
     *
     * @param size the page size
     * @return the request
     * @throws ValidationException as the {@linkplain #PageRequest(int, Optional) constructor} does
     */
    public static PageRequest first(int size) {
        return new PageRequest(size, Optional.empty());
    }

    /**
     * The page after a cursor.
     *
     * @param size the page size
     * @param cursor the previous page's {@link Page#next()} value; the listing checks it when it reads
     *     the page
     * @return the request
     * @throws ValidationException as the {@linkplain #PageRequest(int, Optional) constructor} does
     */
    public static PageRequest after(int size, String cursor) {
        return new PageRequest(size, Optional.of(Objects.requireNonNull(cursor, "cursor")));
    }
}
