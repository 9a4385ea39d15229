package io.crmkit.examples.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The baseline "practical limit": the same statements crmkit issues for a create and a view,
 * hand-written with plain JDBC on the same tables, with values already normalised and no
 * validation, access check, diffing or JSON.
 */
public final class HandWrittenJdbc {
    private final DataSource dataSource;

    /**
     * Creates the baseline.
     *
     * @param dataSource the shared pool
     */
    public HandWrittenJdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * A customer row as read back.
     *
     * @param id the id
     * @param name the name
     * @param version the version
     * @param contacts the contact names
     * @param tags the need tags
     * @param fields the number of custom field rows
     * @param history the audit entries' actions, newest first
     */
    public record View(UUID id, String name, long version, List<String> contacts, List<String> tags, int fields,
                       List<String> history) {
    }

    /**
     * Writes a customer with two contacts, its audit entry with the same field changes crmkit
     * records, and its outbox message, in one transaction.
     *
     * @param n a number making the name unique
     * @return the new id
     * @throws SQLException on failure
     */
    public UUID create(long n) throws SQLException {
        UUID id = UUID.randomUUID();
        UUID c1 = UUID.randomUUID();
        UUID c2 = UUID.randomUUID();
        String name = "华东精密机械 " + n;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO customer (tenant_id, id, customer_type, name,"
                    + " name_lower, industry, size_band, region, source, address_country, address_province, address_city,"
                    + " address_district, address_street, address_postal_code, remarks, owner_id, lifecycle_status,"
                    + " created_at, created_by, updated_at, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, BenchFixture.TENANT);
                ps.setObject(2, id);
                ps.setString(3, "COMPANY");
                ps.setString(4, name);
                ps.setString(5, name.toLowerCase(java.util.Locale.ROOT));
                ps.setString(6, "manufacturing");
                ps.setNull(7, Types.VARCHAR);
                ps.setString(8, "East China");
                for (int i = 9; i <= 16; i++) {
                    ps.setNull(i, Types.VARCHAR);
                }
                ps.setString(17, BenchFixture.USER);
                ps.setString(18, "prospect");
                ps.setObject(19, now);
                ps.setString(20, BenchFixture.USER);
                ps.setObject(21, now);
                ps.setLong(22, 1);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO customer_contact (tenant_id, customer_id, id,"
                    + " position, name, title, department, phone, email, preferred_channel, relation, roles, is_primary)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                contact(ps, id, c1, 0, "王伟", null, "+8613812345678", "wang.wei@example.cn", true);
                contact(ps, id, c2, 1, "Li Na", "Engineer", "+442079460958", null, false);
                ps.executeBatch();
            }
            UUID entry = UUID.randomUUID();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_entry (tenant_id, id, entity_type, entity_id,"
                    + " action, actor_id, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, BenchFixture.TENANT);
                ps.setObject(2, entry);
                ps.setString(3, "customer");
                ps.setString(4, id.toString());
                ps.setString(5, "customer.created");
                ps.setString(6, BenchFixture.USER);
                ps.setObject(7, now);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_field_change (tenant_id, entry_id, position,"
                    + " field, before_value, after_value) VALUES (?, ?, ?, ?, ?, ?)")) {
                String[][] changes = createdChanges(name, c1, c2);
                for (int i = 0; i < changes.length; i++) {
                    ps.setString(1, BenchFixture.TENANT);
                    ps.setObject(2, entry);
                    ps.setInt(3, i);
                    ps.setString(4, changes[i][0]);
                    ps.setNull(5, Types.VARCHAR);
                    ps.setString(6, changes[i][1]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox_message (tenant_id, id, aggregate_type,"
                    + " aggregate_id, event_type, payload, occurred_at, status, attempts, available_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")) {
                ps.setString(1, BenchFixture.TENANT);
                ps.setObject(2, UUID.randomUUID());
                ps.setString(3, "customer");
                ps.setString(4, id.toString());
                ps.setString(5, "CustomerCreated");
                ps.setString(6, "{\"customerId\":\"" + id + "\",\"at\":\"" + now.toInstant()
                        + "\",\"lifecycleStatus\":\"prospect\",\"owner\":\"" + BenchFixture.USER + "\"}");
                ps.setObject(7, now);
                ps.setString(8, "PENDING");
                ps.setObject(9, now);
                ps.executeUpdate();
            }
            c.commit();
        }
        return id;
    }

    /** The field changes crmkit records when the benchmark's customer is created. */
    static String[][] createdChanges(String name, UUID c1, UUID c2) {
        String p1 = "contacts[" + c1 + "]";
        String p2 = "contacts[" + c2 + "]";
        return new String[][] {
            {"details.type", "COMPANY"}, {"details.name", name}, {"details.industry", "manufacturing"},
            {"details.region", "East China"}, {"owner", BenchFixture.USER}, {"lifecycleStatus", "prospect"},
            {p1 + ".name", "王伟"}, {p1 + ".phone", "+8613812345678"}, {p1 + ".email", "wang.wei@example.cn"},
            {p1 + ".primary", "true"}, {p2 + ".name", "Li Na"}, {p2 + ".title", "Engineer"},
            {p2 + ".phone", "+442079460958"}, {p2 + ".primary", "false"},
        };
    }

    private static void contact(PreparedStatement ps, UUID customer, UUID id, int position, String name, String title,
                                String phone, String email, boolean primary) throws SQLException {
        ps.setString(1, BenchFixture.TENANT);
        ps.setObject(2, customer);
        ps.setObject(3, id);
        ps.setInt(4, position);
        ps.setString(5, name);
        ps.setString(6, title);
        ps.setNull(7, Types.VARCHAR);
        ps.setString(8, phone);
        ps.setString(9, email);
        ps.setNull(10, Types.VARCHAR);
        ps.setNull(11, Types.VARCHAR);
        ps.setString(12, "");
        ps.setBoolean(13, primary);
        ps.addBatch();
    }

    /**
     * Reads what crmkit's view reads: the customer, its contacts, need tags, custom fields, and
     * the newest 20 audit entries with their field changes.
     *
     * @param id the customer
     * @return the view
     * @throws SQLException on failure
     */
    public View view(UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String name;
            long version;
            try (PreparedStatement ps = c.prepareStatement("SELECT id, customer_type, name, industry, size_band, region,"
                    + " source, address_country, address_province, address_city, address_district, address_street,"
                    + " address_postal_code, remarks, owner_id, lifecycle_status, created_at, created_by, updated_at,"
                    + " version FROM customer WHERE tenant_id = ? AND id = ?")) {
                ps.setString(1, BenchFixture.TENANT);
                ps.setObject(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new SQLException("no customer " + id);
                    }
                    name = rs.getString("name");
                    version = rs.getLong("version");
                    rs.getObject("created_at", OffsetDateTime.class);
                    rs.getObject("updated_at", OffsetDateTime.class);
                }
            }
            List<String> contacts = strings(c, "SELECT name, title, department, phone, email, preferred_channel, relation,"
                    + " roles, is_primary, id FROM customer_contact WHERE tenant_id = ? AND customer_id = ? ORDER BY position",
                    id);
            List<String> tags = strings(c, "SELECT tag FROM customer_need_tag WHERE tenant_id = ? AND customer_id = ?"
                    + " ORDER BY position", id);
            int fields = strings(c, "SELECT field_key, value_type, text_value, number_value, currency, date_value,"
                    + " timestamp_value, bool_value FROM customer_custom_field WHERE tenant_id = ? AND customer_id = ?"
                    + " ORDER BY field_key, value_index", id).size();
            List<UUID> entries = new ArrayList<>();
            List<String> history = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, action, actor_id, occurred_at FROM audit_entry"
                    + " WHERE tenant_id = ? AND entity_type = ? AND entity_id = ? ORDER BY occurred_at DESC, id DESC LIMIT ?")) {
                ps.setString(1, BenchFixture.TENANT);
                ps.setString(2, "customer");
                ps.setString(3, id.toString());
                ps.setInt(4, 21);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        entries.add(rs.getObject(1, UUID.class));
                        history.add(rs.getString(2));
                        Instant at = rs.getObject(4, OffsetDateTime.class).toInstant();
                        history.set(history.size() - 1, history.get(history.size() - 1) + "@" + at.getEpochSecond());
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
                        ps.setObject(i + 2, entries.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rs.getString(2);
                            rs.getString(4);
                        }
                    }
                }
            }
            c.commit();
            return new View(id, name, version, contacts, tags, fields, history);
        }
    }

    private static List<String> strings(Connection c, String sql, UUID customer) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, BenchFixture.TENANT);
            ps.setObject(2, customer);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
