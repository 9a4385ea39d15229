package io.crmkit.jdbc;

import io.crmkit.customer.Address;
import io.crmkit.customer.Contact;
import io.crmkit.customer.ContactRole;
import io.crmkit.customer.CustomFieldValue;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerDetails;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes a customer's rows: the {@code customer} row, then its contacts, need tags and custom
 * field values, each kind as one JDBC batch.
 */
final class CustomerWriter {
    private static final String INSERT_CUSTOMER = "INSERT INTO customer (customer_type, name, name_lower, industry,"
            + " size_band, region, source, address_country, address_province, address_city, address_district,"
            + " address_street, address_postal_code, remarks, owner_id, lifecycle_status, updated_at, version,"
            + " created_at, created_by, tenant_id, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?)";
    private static final String UPDATE_CUSTOMER = "UPDATE customer SET customer_type = ?, name = ?, name_lower = ?,"
            + " industry = ?, size_band = ?, region = ?, source = ?, address_country = ?, address_province = ?,"
            + " address_city = ?, address_district = ?, address_street = ?, address_postal_code = ?, remarks = ?,"
            + " owner_id = ?, lifecycle_status = ?, updated_at = ?, version = ?"
            + " WHERE tenant_id = ? AND id = ? AND version = ?";
    private static final String INSERT_CONTACT = "INSERT INTO customer_contact (tenant_id, customer_id, id, position,"
            + " name, title, department, phone, email, preferred_channel, relation, roles, is_primary)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_TAG = "INSERT INTO customer_need_tag (tenant_id, customer_id, position, tag)"
            + " VALUES (?, ?, ?, ?)";
    /** Fixed statements, one per child table: no table name is ever assembled at run time. */
    private static final String[] DELETE_CHILDREN = {
        "DELETE FROM customer_contact WHERE tenant_id = ? AND customer_id = ?",
        "DELETE FROM customer_need_tag WHERE tenant_id = ? AND customer_id = ?",
        "DELETE FROM customer_custom_field WHERE tenant_id = ? AND customer_id = ?",
    };

    private final Connection connection;
    private final String tenant;

    CustomerWriter(Connection connection, String tenant) {
        this.connection = connection;
        this.tenant = tenant;
    }

    /**
     * Inserts the customer and its children.
     *
     * @return {@code false} if the tenant already has a customer with that id (nothing was written)
     */
    boolean insert(Customer c) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(INSERT_CUSTOMER)) {
            int i = bindProfile(ps, c);
            Sql.instant(ps, i++, c.createdAt());
            ps.setString(i++, c.createdBy().value());
            ps.setString(i++, tenant);
            Sql.uuid(ps, i, c.id().value());
            ps.executeUpdate();
        } catch (SQLException e) {
            if (Sql.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // Only the customer row's key can clash here: no child row has been written yet.
                return false;
            }
            throw e;
        }
        insertChildren(c);
        return true;
    }

    /**
     * Replaces the customer if it is still at the expected version. The UPDATE takes the
     * row's lock first, so concurrent writers of one customer queue there and the loser sees
     * the winner's version; children are then replaced whole (a diff would save rows but cost
     * a read, and the batches are one round trip per table either way).
     *
     * @return {@code false} if no row had the expected version (nothing was written)
     */
    boolean update(Customer c, long expectedVersion) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(UPDATE_CUSTOMER)) {
            int i = bindProfile(ps, c);
            ps.setString(i++, tenant);
            Sql.uuid(ps, i++, c.id().value());
            ps.setLong(i, expectedVersion);
            if (ps.executeUpdate() == 0) {
                return false;
            }
        }
        for (String delete : DELETE_CHILDREN) {
            try (PreparedStatement ps = connection.prepareStatement(delete)) {
                ps.setString(1, tenant);
                Sql.uuid(ps, 2, c.id().value());
                ps.executeUpdate();
            }
        }
        insertChildren(c);
        return true;
    }

    private int bindProfile(PreparedStatement ps, Customer c) throws SQLException {
        CustomerDetails d = c.details();
        int i = 1;
        ps.setString(i++, d.type().name());
        ps.setString(i++, d.name());
        // Lower-cased here, not by SQL LOWER(): Java's Locale.ROOT rules are what the
        // in-memory reference searches with, and databases' case mappings differ from them.
        ps.setString(i++, d.name().toLowerCase(Locale.ROOT));
        ps.setString(i++, d.industry());
        Sql.text(ps, i++, d.size());
        Sql.text(ps, i++, d.region());
        Sql.text(ps, i++, d.source());
        Optional<Address> a = d.address();
        Sql.text(ps, i++, a.map(Address::country));
        Sql.text(ps, i++, a.map(Address::province));
        Sql.text(ps, i++, a.map(Address::city));
        Sql.text(ps, i++, a.map(Address::district));
        Sql.text(ps, i++, a.map(Address::street));
        Sql.text(ps, i++, a.map(Address::postalCode));
        Sql.text(ps, i++, d.remarks());
        ps.setString(i++, c.owner().value());
        ps.setString(i++, c.lifecycleStatus());
        Sql.instant(ps, i++, c.updatedAt());
        ps.setLong(i++, c.version());
        return i;
    }

    private void insertChildren(Customer c) throws SQLException {
        UUID id = c.id().value();
        if (!c.contacts().isEmpty()) {
            try (PreparedStatement ps = connection.prepareStatement(INSERT_CONTACT)) {
                int position = 0;
                for (Contact k : c.contacts()) {
                    int i = 1;
                    ps.setString(i++, tenant);
                    Sql.uuid(ps, i++, id);
                    Sql.uuid(ps, i++, k.id().value());
                    ps.setInt(i++, position++);
                    ps.setString(i++, k.name());
                    Sql.text(ps, i++, k.title());
                    Sql.text(ps, i++, k.department());
                    Sql.text(ps, i++, k.phone().map(p -> p.e164()));
                    Sql.text(ps, i++, k.email().map(e -> e.value()));
                    Sql.text(ps, i++, k.preferredChannel().map(Enum::name));
                    Sql.text(ps, i++, k.relation());
                    ps.setString(i++, k.roles().stream().map(ContactRole::name).sorted().collect(Collectors.joining(",")));
                    ps.setBoolean(i, k.primary());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!c.details().needTags().isEmpty()) {
            try (PreparedStatement ps = connection.prepareStatement(INSERT_TAG)) {
                int position = 0;
                for (String tag : c.details().needTags()) {
                    ps.setString(1, tenant);
                    Sql.uuid(ps, 2, id);
                    ps.setInt(3, position++);
                    ps.setString(4, tag);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!c.details().customFields().isEmpty()) {
            try (PreparedStatement ps = connection.prepareStatement(CustomFieldCodec.INSERT)) {
                for (Map.Entry<String, CustomFieldValue> f : c.details().customFields().entrySet()) {
                    CustomFieldCodec.addRows(ps, tenant, id, f.getKey(), f.getValue());
                }
                ps.executeBatch();
            }
        }
    }
}
