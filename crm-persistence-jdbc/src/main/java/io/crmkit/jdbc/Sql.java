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

/** Small helpers for binding and reading the types crmkit stores, the same on every database. */
final class Sql {
    /** SQLSTATE of a unique-key violation, on H2 and PostgreSQL alike. */
    static final String UNIQUE_VIOLATION = "23505";

    private Sql() {
    }

    static void uuid(PreparedStatement ps, int i, UUID value) throws SQLException {
        ps.setObject(i, value);
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    static void instant(PreparedStatement ps, int i, Instant value) throws SQLException {
        ps.setObject(i, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
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

    /** Escapes LIKE wildcards so the needle matches literally ({@code \} is the escape). */
    static String containsPattern(String needle) {
        StringBuilder b = new StringBuilder("%");
        for (int i = 0; i < needle.length(); i++) {
            char c = needle.charAt(i);
            if (c == '%' || c == '_' || c == '\\') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.append('%').toString();
    }

    static StorageException failure(String doing, SQLException e) {
        return new StorageException(doing + " failed (SQLSTATE " + e.getSQLState() + ")", e);
    }
}
