package io.crmkit.jdbc.internal;

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
public final class Sql {
    /** SQLSTATE of a unique-key violation, on H2 and PostgreSQL alike. */
    public static final String UNIQUE_VIOLATION = "23505";
    /**
     * The escape character of crmkit's LIKE patterns. Not the backslash: on a PostgreSQL
     * server with {@code standard_conforming_strings} off, {@code '\'} would not even be a
     * complete literal.
     */
    public static final String LIKE_ESCAPE = " ESCAPE '!'";

    private Sql() {
    }

    /**
     * Whether a statement failed because a referenced row is missing: SQLSTATE 23503 on
     * PostgreSQL, 23506 on H2 (which keeps 23503 for a referenced row being deleted).
     *
     * @param e the failure
     * @return whether it is a foreign-key violation
     */
    public static boolean isForeignKeyViolation(SQLException e) {
        return "23503".equals(e.getSQLState()) || "23506".equals(e.getSQLState());
    }

    /**
     * Binds a UUID.
     *
     * @param ps the statement
     * @param i the parameter index
     * @param value the value
     * @throws SQLException if binding fails
     */
    public static void uuid(PreparedStatement ps, int i, UUID value) throws SQLException {
        ps.setObject(i, value);
    }

    /**
     * Reads a UUID column by name.
     *
     * @param rs the result, on a row
     * @param column the column's name
     * @return the value
     * @throws SQLException if reading fails
     */
    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    // Hot read paths use column positions: looking a column up by name costs H2 a case
    // conversion and a map lookup per value (a fifth of a customer view's time, measured).

    /**
     * Reads a UUID column by position.
     *
     * @param rs the result, on a row
     * @param column the column's position, from 1
     * @return the value
     * @throws SQLException if reading fails
     */
    public static UUID uuid(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    /**
     * Reads a {@code NOT NULL} timestamp column by position.
     *
     * @param rs the result, on a row
     * @param column the column's position, from 1
     * @return the value
     * @throws SQLException if reading fails
     */
    public static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    /**
     * Reads a nullable text column by position.
     *
     * @param rs the result, on a row
     * @param column the column's position, from 1
     * @return the value
     * @throws SQLException if reading fails
     */
    public static Optional<String> text(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    /**
     * Binds an instant as {@code TIMESTAMP WITH TIME ZONE} in UTC.
     *
     * @param ps the statement
     * @param i the parameter index
     * @param value the value
     * @throws SQLException if binding fails
     */
    public static void instant(PreparedStatement ps, int i, Instant value) throws SQLException {
        ps.setObject(i, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    /**
     * Reads a {@code NOT NULL} timestamp column by name.
     *
     * @param rs the result, on a row
     * @param column the column's name
     * @return the value
     * @throws SQLException if reading fails
     */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    /**
     * Binds an optional text, SQL NULL when empty.
     *
     * @param ps the statement
     * @param i the parameter index
     * @param value the value
     * @throws SQLException if binding fails
     */
    public static void text(PreparedStatement ps, int i, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            ps.setString(i, value.get());
        } else {
            ps.setNull(i, Types.VARCHAR);
        }
    }

    /**
     * Reads a nullable text column by name.
     *
     * @param rs the result, on a row
     * @param column the column's name
     * @return the value
     * @throws SQLException if reading fails
     */
    public static Optional<String> text(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    /**
     * A LIKE pattern matching values that contain the needle literally: {@code %}, {@code _}
     * and the escape character itself are escaped. Use with {@link #LIKE_ESCAPE}.
     *
     * @param needle the text to find
     * @return the pattern
     */
    public static String containsPattern(String needle) {
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

    /**
     * {@code ?, ?, …} for an IN list of {@code n} values.
     *
     * @param n how many values
     * @return the placeholders, separated by commas
     */
    public static String placeholders(int n) {
        StringBuilder b = new StringBuilder(n * 3);
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "?" : ", ?");
        }
        return b.toString();
    }

    /**
     * Translates a driver failure. The message names what crmkit was doing and the SQLSTATE,
     * never bound values (they may be personal data).
     *
     * @param doing what crmkit was doing, e.g. {@code "reading the customer"}
     * @param e the driver's failure
     * @return the storage failure, caused by {@code e}
     */
    public static StorageException failure(String doing, SQLException e) {
        return new StorageException(doing + " failed (SQLSTATE " + e.getSQLState() + ")", e);
    }
}
