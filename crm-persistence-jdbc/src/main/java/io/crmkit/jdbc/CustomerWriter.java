package io.crmkit.jdbc;

import io.crmkit.customer.Address;
import io.crmkit.customer.Contact;
import io.crmkit.customer.ContactRole;
import io.crmkit.customer.CustomFieldValue;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerDetails;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Writes a customer's rows: the customer row, then contacts, need tags and custom fields in batches. */
final class CustomerWriter {
    private static final String INSERT_CUSTOMER = "INSERT INTO customer (customer_type, name, name_lower, industry,"
            + " size_band, region, source, address_country, address_province, address_city, address_district,"
            + " address_street, address_postal_code, remarks, owner_id, lifecycle_status, updated_at, version,"
            + " created_at, created_by, tenant_id, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
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
    private static final String INSERT_FIELD = "INSERT INTO customer_custom_field (tenant_id, customer_id, field_key,"
            + " value_index, value_type, text_value, number_value, currency, date_value, timestamp_value, bool_value)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String[] CHILD_TABLES = {"customer_contact", "customer_need_tag", "customer_custom_field"};

    private final Connection connection;
    private final String tenant;

    CustomerWriter(Connection connection, String tenant) {
        this.connection = connection;
        this.tenant = tenant;
    }

    void insert(Customer c) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(INSERT_CUSTOMER)) {
            int i = bindProfile(ps, c);
            Sql.instant(ps, i++, c.createdAt());
            ps.setString(i++, c.createdBy().value());
            ps.setString(i++, tenant);
            Sql.uuid(ps, i, c.id().value());
            ps.executeUpdate();
        }
        insertChildren(c);
    }

    /** @return {@code false} if no row had the expected version (nothing was written) */
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
        // Children are replaced whole: simpler than a diff and, batched, three round trips.
        for (String table : CHILD_TABLES) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE tenant_id = ? AND customer_id = ?")) {
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
            try (PreparedStatement ps = connection.prepareStatement(INSERT_FIELD)) {
                for (Map.Entry<String, CustomFieldValue> f : c.details().customFields().entrySet()) {
                    addFieldRows(ps, id, f.getKey(), f.getValue());
                }
                ps.executeBatch();
            }
        }
    }

    private void addFieldRows(PreparedStatement ps, UUID customer, String key, CustomFieldValue value) throws SQLException {
        if (value instanceof CustomFieldValue.Choices many) {
            int index = 0;
            for (String option : many.options()) {
                fieldRow(ps, customer, key, index++, "CHOICES");
                ps.setString(6, option);
                ps.addBatch();
            }
            return;
        }
        fieldRow(ps, customer, key, 0, CustomFieldCodec.typeOf(value));
        if (value instanceof CustomFieldValue.Text t) {
            ps.setString(6, t.value());
        } else if (value instanceof CustomFieldValue.Choice c) {
            ps.setString(6, c.option());
        } else if (value instanceof CustomFieldValue.Whole w) {
            ps.setBigDecimal(7, BigDecimal.valueOf(w.value()));
        } else if (value instanceof CustomFieldValue.Decimal d) {
            ps.setBigDecimal(7, d.value());
        } else if (value instanceof CustomFieldValue.Amount a) {
            ps.setBigDecimal(7, a.value().amount());
            ps.setString(8, a.value().currency().getCurrencyCode());
        } else if (value instanceof CustomFieldValue.Day d) {
            ps.setObject(9, d.value());
        } else if (value instanceof CustomFieldValue.Moment m) {
            Sql.instant(ps, 10, m.value());
        } else if (value instanceof CustomFieldValue.Flag f) {
            ps.setBoolean(11, f.value());
        }
        ps.addBatch();
    }

    private void fieldRow(PreparedStatement ps, UUID customer, String key, int index, String type) throws SQLException {
        ps.setString(1, tenant);
        Sql.uuid(ps, 2, customer);
        ps.setString(3, key);
        ps.setInt(4, index);
        ps.setString(5, type);
        ps.setNull(6, Types.VARCHAR);
        ps.setNull(7, Types.NUMERIC);
        ps.setNull(8, Types.VARCHAR);
        ps.setNull(9, Types.DATE);
        ps.setNull(10, Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setNull(11, Types.BOOLEAN);
    }
}
