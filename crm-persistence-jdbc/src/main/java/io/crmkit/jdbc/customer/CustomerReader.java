package io.crmkit.jdbc.customer;

import io.crmkit.customer.Address;
import io.crmkit.customer.Contact;
import io.crmkit.customer.ContactChannel;
import io.crmkit.customer.ContactId;
import io.crmkit.customer.ContactRole;
import io.crmkit.customer.CustomFieldValue;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerDetails;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerType;
import io.crmkit.jdbc.internal.ByIds;
import io.crmkit.jdbc.internal.Dialect;
import io.crmkit.jdbc.internal.QueriesTogether;
import io.crmkit.jdbc.internal.RowBinder;
import io.crmkit.jdbc.internal.Sql;
import io.crmkit.shared.EmailAddress;
import io.crmkit.shared.PhoneNumber;
import io.crmkit.shared.UserId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Reads whole customers: first the {@code customer} rows, then the contacts, need tags and
 * custom field values of all of them with one query per table (never one per customer).
 */
final class CustomerReader {
    /** The {@code customer} columns every customer query selects (table alias {@code c}). */
    static final String COLUMNS = "c.id, c.customer_type, c.name, c.industry, c.size_band, c.region, c.source,"
            + " c.address_country, c.address_province, c.address_city, c.address_district, c.address_street,"
            + " c.address_postal_code, c.remarks, c.owner_id, c.lifecycle_status, c.created_at, c.created_by,"
            + " c.updated_at, c.version";

    /** A customer's contacts ({@code customer_id} first); a WHERE clause and ORDER BY follow. */
    private static final String CONTACTS = "SELECT customer_id, id, name, title, department, phone, email,"
            + " preferred_channel, relation, roles, is_primary FROM customer_contact";
    private static final String CONTACT_ORDER = "position";
    /** A customer's need tags. */
    private static final String TAGS = "SELECT customer_id, tag FROM customer_need_tag";
    private static final String TAG_ORDER = "position";
    /** A customer's custom field values, one row per value (per option of a multi-choice value). */
    private static final String FIELDS = "SELECT customer_id, field_key, value_type, text_value, number_value,"
            + " currency, date_value, timestamp_value, bool_value FROM customer_custom_field";
    private static final String FIELD_ORDER = "field_key, value_index";

    private final Connection connection;
    private final Dialect dialect;
    private final String tenant;

    CustomerReader(Connection connection, Dialect dialect, String tenant) {
        this.connection = connection;
        this.dialect = dialect;
        this.tenant = tenant;
    }

    /** Reads every row of a result set of {@link #COLUMNS}. */
    static List<Row> rows(ResultSet rs) throws SQLException {
        List<Row> rows = new ArrayList<>();
        while (rs.next()) {
            rows.add(row(rs));
        }
        return rows;
    }

    /** Completes customer rows with their children, keeping the rows' order. */
    List<Customer> complete(List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Children children = new Children();
        ByIds.forEach(connection, dialect, tenant, CONTACTS, "customer_id", CONTACT_ORDER, ids, children::contact);
        ByIds.forEach(connection, dialect, tenant, TAGS, "customer_id", TAG_ORDER, ids, children::tag);
        ByIds.forEach(connection, dialect, tenant, FIELDS, "customer_id", FIELD_ORDER, ids, children::field);
        return children.attachTo(rows);
    }

    /**
     * Reads one customer with its children: four queries, sent together
     * ({@link QueriesTogether}: one round trip on PostgreSQL).
     *
     * @param id the customer
     * @return the customer, if the tenant has it
     * @throws SQLException if the database fails
     */
    Optional<Customer> find(UUID id) throws SQLException {
        List<Row> rows = new ArrayList<>(1);
        Children children = new Children();
        RowBinder byId = p -> {
            p.string(1, tenant);
            p.uuid(2, id);
        };
        String ofOne = " WHERE tenant_id = ? AND customer_id = ? ORDER BY ";
        new QueriesTogether()
                .add("SELECT " + COLUMNS + " FROM customer c WHERE c.tenant_id = ? AND c.id = ?", byId,
                        rs -> rows.add(row(rs)))
                .add(CONTACTS + ofOne + CONTACT_ORDER, byId, children::contact)
                .add(TAGS + ofOne + TAG_ORDER, byId, children::tag)
                .add(FIELDS + ofOne + FIELD_ORDER, byId, children::field)
                .run(connection, dialect);
        return children.attachTo(rows).stream().findFirst();
    }

    /** Reads one row of {@link #COLUMNS}. */
    static Row row(ResultSet rs) throws SQLException {
        // Positions follow COLUMNS. An address is stored whole or not at all, so the country column tells which.
        Optional<String> country = Sql.text(rs, 8);
        Optional<Address> address = country.isEmpty() ? Optional.empty() : Optional.of(new Address(country.get(),
                rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13)));
        return new Row(Sql.uuid(rs, 1), CustomerType.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4), Sql.text(rs, 5), Sql.text(rs, 6), Sql.text(rs, 7),
                address, Sql.text(rs, 14), UserId.of(rs.getString(15)), rs.getString(16),
                Sql.instant(rs, 17), UserId.of(rs.getString(18)), Sql.instant(rs, 19),
                rs.getLong(20));
    }

    /** The child rows read for some customers, gathered by customer until they are attached. */
    private static final class Children {
        private final Map<UUID, List<Contact>> contacts = new HashMap<>();
        private final Map<UUID, Set<String>> tags = new HashMap<>();
        private final Map<UUID, Map<String, CustomFieldValue>> fields = new HashMap<>();
        private final Map<UUID, Map<String, Set<String>>> choices = new HashMap<>();

        /** Takes a row of {@link #CONTACTS}. */
        void contact(ResultSet rs) throws SQLException {
            Set<ContactRole> roles = EnumSet.noneOf(ContactRole.class);
            // Positions follow the SELECT list of CONTACTS.
            String codes = rs.getString(10);
            if (!codes.isEmpty()) {
                for (String code : codes.split(",")) {
                    roles.add(ContactRole.valueOf(code));
                }
            }
            Contact c = new Contact(new ContactId(Sql.uuid(rs, 2)), rs.getString(3),
                    Sql.text(rs, 4), Sql.text(rs, 5),
                    Sql.text(rs, 6).map(PhoneNumber::of), Sql.text(rs, 7).map(EmailAddress::of),
                    Sql.text(rs, 8).map(ContactChannel::valueOf), Sql.text(rs, 9),
                    roles, rs.getBoolean(11));
            contacts.computeIfAbsent(Sql.uuid(rs, 1), k -> new ArrayList<>()).add(c);
        }

        /** Takes a row of {@link #TAGS}. */
        void tag(ResultSet rs) throws SQLException {
            tags.computeIfAbsent(Sql.uuid(rs, 1), k -> new LinkedHashSet<>()).add(rs.getString(2));
        }

        /** Takes a row of {@link #FIELDS}; the rows of a multi-choice value are gathered first. */
        void field(ResultSet rs) throws SQLException {
            UUID customer = Sql.uuid(rs, "customer_id");
            String key = rs.getString("field_key");
            String type = rs.getString("value_type");
            if (type.equals("CHOICES")) {
                Set<String> options = choices.computeIfAbsent(customer, k -> new LinkedHashMap<>())
                        .computeIfAbsent(key, k -> new TreeSet<>());
                Sql.text(rs, "text_value").ifPresent(options::add);
            } else {
                fields.computeIfAbsent(customer, k -> new LinkedHashMap<>()).put(key, CustomFieldCodec.read(type, rs));
            }
        }

        /** The customers of the rows, in the rows' order, with the children read for them. */
        List<Customer> attachTo(List<Row> rows) {
            choices.forEach((customer, byKey) -> byKey.forEach((key, options) ->
                    fields.computeIfAbsent(customer, k -> new LinkedHashMap<>()).put(key, CustomFieldValue.choices(options))));
            choices.clear();
            List<Customer> result = new ArrayList<>(rows.size());
            for (Row r : rows) {
                CustomerDetails d = new CustomerDetails(r.type, r.name, r.industry, r.size, r.region, r.source, r.address,
                        tags.getOrDefault(r.id, Set.of()), r.remarks, fields.getOrDefault(r.id, Map.of()));
                result.add(new Customer(new CustomerId(r.id), d, contacts.getOrDefault(r.id, List.of()), r.owner,
                        r.status, r.createdAt, r.createdBy, r.updatedAt, r.version));
            }
            return result;
        }
    }

    /**
     * A {@code customer} row before its children are attached.
     *
     * @param id the id
     * @param type the type
     * @param name the name
     * @param industry the industry
     * @param size the size band
     * @param region the region
     * @param source the source
     * @param address the address
     * @param remarks the remarks
     * @param owner the owner
     * @param status the lifecycle status
     * @param createdAt the creation time
     * @param createdBy the creator
     * @param updatedAt the time of the last change
     * @param version the version
     */
    record Row(UUID id, CustomerType type, String name, String industry, Optional<String> size,
               Optional<String> region, Optional<String> source, Optional<Address> address, Optional<String> remarks,
               UserId owner, String status, Instant createdAt, UserId createdBy, Instant updatedAt, long version) {
    }
}
