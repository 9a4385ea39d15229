package io.crmkit.jdbc.internal;

import io.crmkit.shared.ConflictException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A write of a unit of work that waits to be sent together with the others
 * ({@link PendingWrites}): one statement with one or more rows of parameters.
 *
 * @param table the table it writes (a constant of the adapter; names the write in errors)
 * @param sql the statement, with {@code ?} for each parameter of one row
 * @param rows the rows' binders, at least one
 * @param doing what the write does, for error messages (no bound values: they may be personal data)
 * @param onDuplicate the conflict that a unique-key violation of this write means, if any
 */
public record PendingWrite(String table, String sql, List<RowBinder> rows, String doing,
                           Optional<Supplier<ConflictException>> onDuplicate) {

    /**
     * Checks and copies the components.
     *
     * @param table see {@link #table()}
     * @param sql see {@link #sql()}
     * @param rows see {@link #rows()}
     * @param doing see {@link #doing()}
     * @param onDuplicate see {@link #onDuplicate()}
     * @throws IllegalArgumentException if there is no row
     */
    public PendingWrite {
        rows = List.copyOf(rows);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a pending write needs at least one row");
        }
    }

    /**
     * A write whose unique-key violation is a plain storage failure.
     *
     * @param table the table it writes
     * @param sql the statement, with {@code ?} for each parameter of one row
     * @param rows the rows' binders, at least one
     * @param doing what the write does, for error messages
     * @return the write
     */
    public static PendingWrite of(String table, String sql, List<RowBinder> rows, String doing) {
        return new PendingWrite(table, sql, rows, doing, Optional.empty());
    }

    /**
     * The same write, whose unique-key violation means {@code conflict}.
     *
     * @param conflict makes the conflict to throw
     * @return the write
     */
    public PendingWrite conflictOnDuplicate(Supplier<ConflictException> conflict) {
        return new PendingWrite(table, sql, rows, doing, Optional.of(conflict));
    }
}
