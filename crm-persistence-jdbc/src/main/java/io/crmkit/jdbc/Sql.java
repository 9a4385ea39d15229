package io.crmkit.jdbc;

import io.crmkit.shared.StorageException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Binding and reading the types crmkit stores, the same way on every database. */
final class Sql {
    /** SQLSTATE of a unique-key violation, on H2 and PostgreSQL alike. */
    static final String UNIQUE_VIOLATION = "23505";
    /**
     * The escape character of crmkit's LIKE patterns. Not the backslash: on a PostgreSQL
     * server with {@code standard_conforming_strings} off, {@code '\'} would not even be a
     * complete literal.
     */
    static final String LIKE_ESCAPE = " ESCAPE '!'";

    private Sql() {
    }

    /**
     * Whether a statement failed because a referenced row is missing: SQLSTATE 23503 on
     * PostgreSQL, 23506 on H2 (which keeps 23503 for a referenced row being deleted).
     */
    static boolean isForeignKeyViolation(SQLException e) {
        return "23503".equals(e.getSQLState()) || "23506".equals(e.getSQLState());
    }

    static void uuid(PreparedStatement ps, int i, UUID value) throws SQLException {
        ps.setObject(i, value);
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    // Hot read paths use column positions: looking a column up by name costs H2 a case
    // conversion and a map lookup per value (a fifth of a customer view's time, measured).

    static UUID uuid(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static Optional<String> text(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    /** Binds an instant as {@code TIMESTAMP WITH TIME ZONE} in UTC. */
    static void instant(PreparedStatement ps, int i, Instant value) throws SQLException {
        ps.setObject(i, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    /** Reads a {@code NOT NULL} timestamp column. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static void text(PreparedStatement ps, int i, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            ps.setString(i, value.get());
        } else {
            ps.setNull(i, Types.VARCHAR);
        }
    }

    static Optional<String> text(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    /**
     * A LIKE pattern matching values that contain the needle literally: {@code %}, {@code _}
     * and the escape character itself are escaped. Use with {@link #LIKE_ESCAPE}.
     */
    static String containsPattern(String needle) {
        StringBuilder b = new StringBuilder(needle.length() + 8).append('%');
        for (int i = 0; i < needle.length(); i++) {
            char c = needle.charAt(i);
            if (c == '%' || c == '_' || c == '!') {
                b.append('!');
            }
            b.append(c);
        }
        return b.append('%').toString();
    }

    /**
     * How many parameters a statement has: its {@code ?}s. crmkit's statements hold no
     * {@code ?} inside literals, so counting is exact, and a binder's count cannot drift from
     * the SQL it binds.
     */
    static int parameterCount(String sql) {
        int n = 0;
        for (int i = 0; i < sql.length(); i++) {
            if (sql.charAt(i) == '?') {
                n++;
            }
        }
        return n;
    }

    /** {@code ?, ?, …} for an IN list of {@code n} values. */
    static String placeholders(int n) {
        StringBuilder b = new StringBuilder(n * 3);
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "?" : ", ?");
        }
        return b.toString();
    }

    /**
     * Translates a driver failure. The message names what crmkit was doing and the SQLSTATE,
     * never bound values (they may be personal data).
     */
    static StorageException failure(String doing, SQLException e) {
        return new StorageException(doing + " failed (SQLSTATE " + e.getSQLState() + ")", e);
    }
}
