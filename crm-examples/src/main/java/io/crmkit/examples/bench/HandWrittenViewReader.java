package io.crmkit.examples.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The hand-written reads of a customer view ({@link HandWrittenJdbc#view}): crmkit's statements,
 * sent as crmkit sends them — on PostgreSQL the customer with its children as one text and the
 * history page with its field changes as another, on H2 each query on its own.
 */
final class HandWrittenViewReader {

    private HandWrittenViewReader() {
    }

    private static final String CUSTOMER_SELECT = "SELECT id, customer_type, name, industry, size_band, region,"
            + " source, address_country, address_province, address_city, address_district, address_street,"
            + " address_postal_code, remarks, owner_id, lifecycle_status, created_at, created_by, updated_at,"
            + " version FROM customer WHERE tenant_id = ? AND id = ?";
    private static final String CONTACTS_SELECT = "SELECT customer_id, id, name, title, department, phone, email,"
            + " preferred_channel, relation, roles, is_primary FROM customer_contact"
            + " WHERE tenant_id = ? AND customer_id = ? ORDER BY position";
    private static final String TAGS_SELECT = "SELECT customer_id, tag FROM customer_need_tag"
            + " WHERE tenant_id = ? AND customer_id = ? ORDER BY position";
    private static final String FIELDS_SELECT = "SELECT customer_id, field_key, value_type, text_value, number_value,"
            + " currency, date_value, timestamp_value, bool_value FROM customer_custom_field"
            + " WHERE tenant_id = ? AND customer_id = ? ORDER BY field_key, value_index";
    private static final String ENTRIES = "FROM audit_entry WHERE tenant_id = ? AND entity_type = ? AND entity_id = ?"
            + " ORDER BY tenant_id DESC, entity_type DESC, entity_id DESC, occurred_at DESC, id DESC LIMIT ?";

    /**
     * What crmkit sends to PostgreSQL: the customer with its children, then the history page with its changes.
     *
     * @param c the connection, in a transaction
     * @param id the customer
     * @param history how many history entries
     * @return what was read
     * @throws SQLException if the database fails or there is no such customer
     */
    static HandWrittenView.View readInTwoTexts(Connection c, UUID id, int history) throws SQLException {
        HandWrittenView.CustomerRow customer;
        List<HandWrittenView.ContactRow> contacts = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<HandWrittenView.FieldRow> fields = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(CUSTOMER_SELECT + ";\n" + CONTACTS_SELECT + ";\n" + TAGS_SELECT
                + ";\n" + FIELDS_SELECT)) {
            for (int i = 0; i < 4; i++) {
                ps.setString(2 * i + 1, BenchFixture.TENANT);
                ps.setObject(2 * i + 2, id);
            }
            ps.execute();
            try (ResultSet rs = ps.getResultSet()) {
                if (!rs.next()) {
                    throw new SQLException("no customer " + id);
                }
                customer = customerRow(rs);
            }
            ps.getMoreResults();
            try (ResultSet rs = ps.getResultSet()) {
                while (rs.next()) {
                    contacts.add(contactRow(rs));
                }
            }
            ps.getMoreResults();
            try (ResultSet rs = ps.getResultSet()) {
                while (rs.next()) {
                    tags.add(rs.getString(2));
                }
            }
            ps.getMoreResults();
            try (ResultSet rs = ps.getResultSet()) {
                while (rs.next()) {
                    fields.add(fieldRow(rs));
                }
            }
        }
        List<HandWrittenView.AuditRow> entries = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, action, actor_id, occurred_at " + ENTRIES + ";\n"
                + "SELECT entry_id, field, before_value, after_value FROM audit_field_change"
                + " WHERE tenant_id = ? AND entry_id IN (SELECT id " + ENTRIES + ") ORDER BY entry_id, position")) {
            bindEntries(ps, 0, id, history + 1);
            ps.setString(5, BenchFixture.TENANT);
            bindEntries(ps, 5, id, history);
            ps.execute();
            try (ResultSet rs = ps.getResultSet()) {
                while (rs.next() && entries.size() < history) {
                    entries.add(auditRow(rs));
                }
            }
            ps.getMoreResults();
            try (ResultSet rs = ps.getResultSet()) {
                addChanges(rs, entries);
            }
        }
        return new HandWrittenView.View(customer, contacts, tags, fields, entries);
    }

    private static void bindEntries(PreparedStatement ps, int at, UUID id, int limit) throws SQLException {
        ps.setString(at + 1, BenchFixture.TENANT);
        ps.setString(at + 2, "customer");
        ps.setString(at + 3, id.toString());
        ps.setInt(at + 4, limit);
    }

    /**
     * What crmkit does on H2: each query on its own.
     *
     * @param c the connection, in a transaction
     * @param id the customer
     * @param history how many history entries
     * @return what was read
     * @throws SQLException if the database fails or there is no such customer
     */
    static HandWrittenView.View readStatementByStatement(Connection c, UUID id, int history) throws SQLException {
        HandWrittenView.CustomerRow customer;
        try (PreparedStatement ps = child(c, CUSTOMER_SELECT, id); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("no customer " + id);
            }
            customer = customerRow(rs);
        }
        List<HandWrittenView.ContactRow> contacts = new ArrayList<>();
        try (PreparedStatement ps = child(c, CONTACTS_SELECT, id); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                contacts.add(contactRow(rs));
            }
        }
        List<String> tags = new ArrayList<>();
        try (PreparedStatement ps = child(c, TAGS_SELECT, id); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tags.add(rs.getString(2));
            }
        }
        List<HandWrittenView.FieldRow> fields = new ArrayList<>();
        try (PreparedStatement ps = child(c, FIELDS_SELECT, id); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                fields.add(fieldRow(rs));
            }
        }
        List<HandWrittenView.AuditRow> entries = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, action, actor_id, occurred_at " + ENTRIES)) {
            bindEntries(ps, 0, id, history + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && entries.size() < history) {
                    entries.add(auditRow(rs));
                }
            }
        }
        if (!entries.isEmpty()) {
            StringBuilder sql = new StringBuilder("SELECT entry_id, field, before_value, after_value"
                    + " FROM audit_field_change WHERE tenant_id = ? AND entry_id IN (");
            for (int i = 0; i < entries.size(); i++) {
                sql.append(i == 0 ? "?" : ", ?");
            }
            try (PreparedStatement ps = c.prepareStatement(sql.append(") ORDER BY entry_id, position").toString())) {
                ps.setString(1, BenchFixture.TENANT);
                for (int i = 0; i < entries.size(); i++) {
                    ps.setObject(i + 2, entries.get(i).id());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    addChanges(rs, entries);
                }
            }
        }
        return new HandWrittenView.View(customer, contacts, tags, fields, entries);
    }

    private static HandWrittenView.CustomerRow customerRow(ResultSet rs) throws SQLException {
        return new HandWrittenView.CustomerRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                rs.getString(14), rs.getString(15), rs.getString(16), instant(rs, 17), rs.getString(18),
                instant(rs, 19), rs.getLong(20));
    }

    private static HandWrittenView.ContactRow contactRow(ResultSet rs) throws SQLException {
        return new HandWrittenView.ContactRow(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getBoolean(11));
    }

    private static HandWrittenView.FieldRow fieldRow(ResultSet rs) throws SQLException {
        OffsetDateTime at = rs.getObject(8, OffsetDateTime.class);
        boolean bool = rs.getBoolean(9);
        return new HandWrittenView.FieldRow(rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
                rs.getString(6), rs.getObject(7, LocalDate.class), at == null ? null : at.toInstant(),
                rs.wasNull() ? null : bool);
    }

    private static HandWrittenView.AuditRow auditRow(ResultSet rs) throws SQLException {
        return new HandWrittenView.AuditRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                instant(rs, 4), new ArrayList<>());
    }

    private static void addChanges(ResultSet rs, List<HandWrittenView.AuditRow> entries) throws SQLException {
        while (rs.next()) {
            UUID entry = rs.getObject(1, UUID.class);
            for (HandWrittenView.AuditRow a : entries) {
                if (a.id().equals(entry)) {
                    a.changes().add(new HandWrittenView.ChangeRow(rs.getString(2), rs.getString(3), rs.getString(4)));
                    break;
                }
            }
        }
    }

    private static PreparedStatement child(Connection c, String sql, UUID id) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        ps.setString(1, BenchFixture.TENANT);
        ps.setObject(2, id);
        return ps;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

}
