package io.crmkit.jdbc;

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
final class RowParams {
    private final PreparedStatement ps;
    private int before;

    RowParams(PreparedStatement ps) {
        this.ps = ps;
    }

    /** Moves to the row whose parameter 1 is the statement's parameter {@code before + 1}. */
    void startAt(int before) {
        this.before = before;
    }

    void string(int i, String value) throws SQLException {
        ps.setString(before + i, value);
    }

    void text(int i, Optional<String> value) throws SQLException {
        Sql.text(ps, before + i, value);
    }

    void uuid(int i, UUID value) throws SQLException {
        Sql.uuid(ps, before + i, value);
    }

    void instant(int i, Instant value) throws SQLException {
        Sql.instant(ps, before + i, value);
    }

    void integer(int i, int value) throws SQLException {
        ps.setInt(before + i, value);
    }

    void longValue(int i, long value) throws SQLException {
        ps.setLong(before + i, value);
    }

    void bool(int i, boolean value) throws SQLException {
        ps.setBoolean(before + i, value);
    }

    void decimal(int i, BigDecimal value) throws SQLException {
        ps.setBigDecimal(before + i, value);
    }

    void date(int i, LocalDate value) throws SQLException {
        ps.setObject(before + i, value);
    }

    /** Binds SQL NULL of type {@code type} ({@link Types}). */
    void nullOf(int i, int type) throws SQLException {
        ps.setNull(before + i, type);
    }
}
