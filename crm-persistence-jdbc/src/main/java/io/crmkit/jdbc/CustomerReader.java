package io.crmkit.jdbc;

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
import io.crmkit.shared.EmailAddress;
import io.crmkit.shared.PhoneNumber;
import io.crmkit.shared.UserId;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
        Map<UUID, List<Contact>> contacts = contacts(ids);
        Map<UUID, Set<String>> tags = tags(ids);
        Map<UUID, Map<String, CustomFieldValue>> fields = fields(ids);
        List<Customer> result = new ArrayList<>(rows.size());
        for (Row r : rows) {
            CustomerDetails d = new CustomerDetails(r.type, r.name, r.industry, r.size, r.region, r.source, r.address,
                    tags.getOrDefault(r.id, Set.of()), r.remarks, fields.getOrDefault(r.id, Map.of()));
            result.add(new Customer(new CustomerId(r.id), d, contacts.getOrDefault(r.id, List.of()), r.owner, r.status,
                    r.createdAt, r.createdBy, r.updatedAt, r.version));
        }
        return result;
    }

    private static Row row(ResultSet rs) throws SQLException {
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

    private Map<UUID, List<Contact>> contacts(List<UUID> ids) throws SQLException {
        Map<UUID, List<Contact>> out = new HashMap<>();
        children("SELECT customer_id, id, name, title, department, phone, email,"
                + " preferred_channel, relation, roles, is_primary FROM customer_contact", ids, "position", rs -> {
                Set<ContactRole> roles = EnumSet.noneOf(ContactRole.class);
                // Positions follow the SELECT list above.
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
                out.computeIfAbsent(Sql.uuid(rs, 1), k -> new ArrayList<>()).add(c);
        });
        return out;
    }

    private Map<UUID, Set<String>> tags(List<UUID> ids) throws SQLException {
        Map<UUID, Set<String>> out = new HashMap<>();
        children("SELECT customer_id, tag FROM customer_need_tag", ids, "position",
                rs -> out.computeIfAbsent(Sql.uuid(rs, 1), k -> new LinkedHashSet<>()).add(rs.getString(2)));
        return out;
    }

    private Map<UUID, Map<String, CustomFieldValue>> fields(List<UUID> ids) throws SQLException {
        Map<UUID, Map<String, CustomFieldValue>> out = new HashMap<>();
        Map<UUID, Map<String, Set<String>>> choices = new HashMap<>();
        children("SELECT customer_id, field_key, value_type, text_value, number_value,"
                + " currency, date_value, timestamp_value, bool_value FROM customer_custom_field", ids,
                "field_key, value_index", rs -> {
                UUID customer = Sql.uuid(rs, "customer_id");
                String key = rs.getString("field_key");
                String type = rs.getString("value_type");
                if (type.equals("CHOICES")) {
                    Set<String> options = choices.computeIfAbsent(customer, k -> new LinkedHashMap<>())
                            .computeIfAbsent(key, k -> new TreeSet<>());
                    Sql.text(rs, "text_value").ifPresent(options::add);
                } else {
                    out.computeIfAbsent(customer, k -> new LinkedHashMap<>()).put(key, CustomFieldCodec.read(type, rs));
                }
        });
        choices.forEach((customer, byKey) -> byKey.forEach((key, options) ->
                out.computeIfAbsent(customer, k -> new LinkedHashMap<>()).put(key, CustomFieldValue.choices(options))));
        return out;
    }

    /** Reads a child table's rows of the customers; select and order are constants. */
    private void children(String select, List<UUID> ids, String order, ByIds.RowHandler handler) throws SQLException {
        ByIds.forEach(connection, dialect, tenant, select, "customer_id", order, ids, handler);
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
