package io.crmkit.shared;

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
     */
    public PageRequest {
        Objects.requireNonNull(after, "after");
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be 1-" + MAX_SIZE + " but was " + size);
        }
    }

    /**
     * The first page.
     *
     * @param size the page size
     * @return the request
     */
    public static PageRequest first(int size) {
        return new PageRequest(size, Optional.empty());
    }

    /**
     * The page after a cursor.
     *
     * @param size the page size
     * @param cursor the previous page's {@link Page#next()} value
     * @return the request
     */
    public static PageRequest after(int size, String cursor) {
        return new PageRequest(size, Optional.of(cursor));
    }
}
