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

    /**
     * The page of a keyset listing read with one row of lookahead: up to {@code size} items,
     * and a cursor after the last of them if the lookahead row shows that more follow.
     *
     * @param rows the rows read, in the listing's order, at most {@code size + 1}
     * @param size the page size
     * @param cursorAfter the cursor token that continues after an item
     * @param <T> the item type
     * @return the page
     */
    public static <T> Page<T> ofLookahead(List<T> rows, int size, Function<? super T, String> cursorAfter) {
        if (rows.size() <= size) {
            return new Page<>(rows, Optional.empty());
        }
        List<T> items = rows.subList(0, size);
        return new Page<>(items, Optional.of(cursorAfter.apply(items.get(size - 1))));
    }

    /** {@return {@code true} if another page follows} */
    public boolean hasNext() {
        return next.isPresent();
    }
}
