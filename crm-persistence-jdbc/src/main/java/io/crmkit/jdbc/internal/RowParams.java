package io.crmkit.jdbc.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The parameters of one row of a {@link PendingWrite}, numbered from 1 within the row. When
 * several statements go to the database as one text, a row's parameter 1 may be the
 * statement's parameter 40: the row's binder does not need to know.
 */
public final class RowParams {
    private final PreparedStatement ps;
    private int before;

    /**
     * The parameters of a statement of one row, numbered as the statement's.
     *
     * @param ps the statement
     */
    public RowParams(PreparedStatement ps) {
        this.ps = ps;
    }

    /** Moves to the row whose parameter 1 is the statement's parameter {@code before + 1}. */
    void startAt(int before) {
        this.before = before;
    }

    /**
     * Binds a string.
     *
     * @param i the parameter's number within the row, from 1
     * @param value the value
     * @throws SQLException if binding fails
     */
    public void string(int i, String value) throws SQLException {
        ps.setString(before + i, value);
    }

    /**
     * Binds an optional text, SQL NULL when empty.
     *
     * @param i the parameter's number within the row, from 1
     * @param value the value
     * @throws SQLException if binding fails
     */
    public void text(int i, Optional<String> value) throws SQLException {
        Sql.text(ps, before + i, value);
    }

    /**
     * Binds a UUID.
     *
     * @param i the parameter's number within the row, from 1
     * @param value the value
     * @throws SQLException if binding fails
     */
    public void uuid(int i, UUID value) throws SQLException {
        Sql.uuid(ps, before + i, value);
    }

    /**
     * Binds an instant as {@code TIMESTAMP WITH TIME ZONE} in UTC.
     *
     * @param i the parameter's number within the row, from 1
     * @param value the value
     * @throws SQLException if binding fails
     */
    public void instant(int i, Instant value) throws SQLException {
        Sql.instant(ps, before + i, value);
    }

    /**
     * Binds an {@code int}.
     *
     * @param i the parameter's number within the row, from 1
     * @param value the value
     * @throws SQLException if binding fails
     */
    public void integer(int i, int value) throws SQLException {
        ps.setInt(before + i, value);
    }

    /**
     * Binds a {@code long}.
     *
     * @param i the parameter's number within the row, from 1
     * @param value the value
     * @throws SQLException if binding fails
     */
    public void longValue(int i, long value) throws SQLException {
        ps.setLong(before + i, value);
    }

    /**
     * Binds a boolean.
     *
     * @param i the parameter's number within the row, from 1
     * @param value the value
     * @throws SQLException if binding fails
     */
    public void bool(int i, boolean value) throws SQLException {
        ps.setBoolean(before + i, value);
    }

    /**
     * Binds a decimal.
     *
     * @param i the parameter's number within the row, from 1
     * @param value the value
     * @throws SQLException if binding fails
     */
    public void decimal(int i, BigDecimal value) throws SQLException {
        ps.setBigDecimal(before + i, value);
    }

    /**
     * Binds a date.
     *
     * @param i the parameter's number within the row, from 1
     * @param value the value
     * @throws SQLException if binding fails
     */
    public void date(int i, LocalDate value) throws SQLException {
        ps.setObject(before + i, value);
    }

    /**
     * Binds SQL NULL of type {@code type} ({@link Types}).
     *
     * @param i the parameter's number within the row, from 1
     * @param type the SQL type
     * @throws SQLException if binding fails
     */
    public void nullOf(int i, int type) throws SQLException {
        ps.setNull(before + i, type);
    }
}
