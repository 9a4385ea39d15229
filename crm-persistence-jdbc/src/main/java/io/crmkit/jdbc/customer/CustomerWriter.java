package io.crmkit.jdbc.customer;

import io.crmkit.customer.Address;
import io.crmkit.customer.Contact;
import io.crmkit.customer.ContactRole;
import io.crmkit.customer.CustomFieldValue;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerDetails;
import io.crmkit.jdbc.internal.JdbcTransaction;
import io.crmkit.jdbc.internal.PendingWrite;
import io.crmkit.jdbc.internal.RowBinder;
import io.crmkit.jdbc.internal.RowParams;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.EmailAddress;
import io.crmkit.shared.PhoneNumber;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes a customer's rows: the {@code customer} row, then its contacts, need tags and custom
 * field values, each kind as one {@link PendingWrite} of as many rows as it has.
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
    /** The child tables, in the order of {@link #DELETE_CHILDREN}. */
    private static final String[] CHILD_TABLES = {"customer_contact", "customer_need_tag", "customer_custom_field"};
    /** Fixed statements, one per child table: no table name is ever assembled at run time. */
    private static final String[] DELETE_CHILDREN = {
        "DELETE FROM customer_contact WHERE tenant_id = ? AND customer_id = ?",
        "DELETE FROM customer_need_tag WHERE tenant_id = ? AND customer_id = ?",
        "DELETE FROM customer_custom_field WHERE tenant_id = ? AND customer_id = ?",
    };

    private static final String CUSTOMER = Customer.ENTITY_TYPE;

    private final JdbcTransaction tx;
    private final String tenant;

    CustomerWriter(JdbcTransaction tx) {
        this.tx = tx;
        this.tenant = tx.tenant().value();
    }

    /**
     * Writes the customer and its children (as {@linkplain JdbcTransaction#write pending writes}).
     * A customer with that id already in the tenant is a conflict when the writes are sent.
     */
    void insert(Customer c) {
        String id = c.id().toString();
        tx.write(PendingWrite.of(CUSTOMER, INSERT_CUSTOMER, List.of(p -> {
            int i = bindProfile(p, c);
            p.instant(i++, c.createdAt());
            p.string(i++, c.createdBy().value());
            p.string(i++, tenant);
            p.uuid(i, c.id().value());
        }), "inserting customer " + id).conflictOnDuplicate(() -> ConflictException.alreadyExists(CUSTOMER, id)));
        writeChildren(c);
    }

    /**
     * Replaces the customer if it is still at the expected version. The UPDATE takes the
     * row's lock first, so concurrent writers of one customer queue there and the loser sees
     * the winner's version; children are then replaced whole, as pending writes (a diff would
     * save rows but cost a read).
     *
     * @return {@code false} if no row had the expected version (nothing was written)
     */
    boolean update(Customer c, long expectedVersion) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement(UPDATE_CUSTOMER)) {
            RowParams p = new RowParams(ps);
            int i = bindProfile(p, c);
            p.string(i++, tenant);
            p.uuid(i++, c.id().value());
            p.longValue(i, expectedVersion);
            if (ps.executeUpdate() == 0) {
                return false;
            }
        }
        for (int t = 0; t < DELETE_CHILDREN.length; t++) {
            tx.write(PendingWrite.of(CHILD_TABLES[t], DELETE_CHILDREN[t], List.of(p -> {
                p.string(1, tenant);
                p.uuid(2, c.id().value());
            }), "replacing the " + CHILD_TABLES[t] + " rows of customer " + c.id()));
        }
        writeChildren(c);
        return true;
    }

    private int bindProfile(RowParams p, Customer c) throws SQLException {
        CustomerDetails d = c.details();
        int i = 1;
        p.string(i++, d.type().name());
        p.string(i++, d.name());
        // Lower-cased here, not by SQL LOWER(): Java's Locale.ROOT rules are what the
        // in-memory reference searches with, and databases' case mappings differ from them.
        p.string(i++, d.name().toLowerCase(Locale.ROOT));
        p.string(i++, d.industry());
        p.text(i++, d.size());
        p.text(i++, d.region());
        p.text(i++, d.source());
        Optional<Address> a = d.address();
        p.text(i++, a.map(Address::country));
        p.text(i++, a.map(Address::province));
        p.text(i++, a.map(Address::city));
        p.text(i++, a.map(Address::district));
        p.text(i++, a.map(Address::street));
        p.text(i++, a.map(Address::postalCode));
        p.text(i++, d.remarks());
        p.string(i++, c.owner().value());
        p.string(i++, c.lifecycleStatus());
        p.instant(i++, c.updatedAt());
        p.longValue(i++, c.version());
        return i;
    }

    private void writeChildren(Customer c) {
        UUID id = c.id().value();
        String doing = " of customer " + c.id();
        if (!c.contacts().isEmpty()) {
            List<RowBinder> rows = new ArrayList<>(c.contacts().size());
            int position = 0;
            for (Contact k : c.contacts()) {
                int at = position++;
                String roles = k.roles().stream().map(ContactRole::name).sorted().collect(Collectors.joining(","));
                rows.add(p -> {
                    p.string(1, tenant);
                    p.uuid(2, id);
                    p.uuid(3, k.id().value());
                    p.integer(4, at);
                    p.string(5, k.name());
                    p.text(6, k.title());
                    p.text(7, k.department());
                    p.text(8, k.phone().map(PhoneNumber::e164));
                    p.text(9, k.email().map(EmailAddress::value));
                    p.text(10, k.preferredChannel().map(Enum::name));
                    p.text(11, k.relation());
                    p.string(12, roles);
                    p.bool(13, k.primary());
                });
            }
            tx.write(PendingWrite.of(CHILD_TABLES[0], INSERT_CONTACT, rows, "inserting the contacts" + doing));
        }
        if (!c.details().needTags().isEmpty()) {
            List<RowBinder> rows = new ArrayList<>(c.details().needTags().size());
            int position = 0;
            for (String tag : c.details().needTags()) {
                int at = position++;
                rows.add(p -> {
                    p.string(1, tenant);
                    p.uuid(2, id);
                    p.integer(3, at);
                    p.string(4, tag);
                });
            }
            tx.write(PendingWrite.of(CHILD_TABLES[1], INSERT_TAG, rows, "inserting the need tags" + doing));
        }
        if (!c.details().customFields().isEmpty()) {
            List<RowBinder> rows = new ArrayList<>();
            for (Map.Entry<String, CustomFieldValue> f : c.details().customFields().entrySet()) {
                rows.addAll(CustomFieldCodec.rows(tenant, id, f.getKey(), f.getValue()));
            }
            tx.write(PendingWrite.of(CHILD_TABLES[2], CustomFieldCodec.INSERT, rows,
                    "inserting the custom field values" + doing));
        }
    }
}
