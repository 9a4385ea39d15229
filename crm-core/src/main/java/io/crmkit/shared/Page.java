package io.crmkit.shared;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a listing.
 *
 * @param items the items, in the listing's order
 * @param next the cursor for the following page, or empty if this is the last page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, Optional<String> next) {

    /**
     * Copies the items.
     *
     * @param items see {@link #items()}
     * @param next see {@link #next()}
     */
    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }

    /**
     * Maps the items, keeping the cursor.
     *
     * @param mapper the mapping
     * @param <R> the new item type
     * @return the mapped page
     */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), next);
    }

    /** @return {@code true} if another page follows */
    public boolean hasNext() {
        return next.isPresent();
    }
}
