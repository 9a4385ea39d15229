package io.crmkit.jdbc.internal;

import java.sql.SQLException;

/** Binds the parameters of one row of a statement, numbered from 1 within the row ({@link RowParams}). */
@FunctionalInterface
public interface RowBinder {
    /**
     * Binds the row.
     *
     * @param params the row's parameters, numbered from 1
     * @throws SQLException if binding fails
     */
    void bind(RowParams params) throws SQLException;
}
