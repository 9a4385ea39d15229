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
        Optional<String> country = Sql.text(rs, "address_country");
        // An address is stored whole or not at all, so the country column tells which.
        Optional<Address> address = country.isEmpty() ? Optional.empty() : Optional.of(new Address(country.get(),
                rs.getString("address_province"), rs.getString("address_city"), rs.getString("address_district"),
                rs.getString("address_street"), rs.getString("address_postal_code")));
        return new Row(Sql.uuid(rs, "id"), CustomerType.valueOf(rs.getString("customer_type")), rs.getString("name"),
                rs.getString("industry"), Sql.text(rs, "size_band"), Sql.text(rs, "region"), Sql.text(rs, "source"),
                address, Sql.text(rs, "remarks"), UserId.of(rs.getString("owner_id")), rs.getString("lifecycle_status"),
                Sql.instant(rs, "created_at"), UserId.of(rs.getString("created_by")), Sql.instant(rs, "updated_at"),
                rs.getLong("version"));
    }

    private Map<UUID, List<Contact>> contacts(List<UUID> ids) throws SQLException {
        Map<UUID, List<Contact>> out = new HashMap<>();
        try (PreparedStatement ps = childQuery("SELECT customer_id, id, name, title, department, phone, email,"
                + " preferred_channel, relation, roles, is_primary FROM customer_contact", ids, "position");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Set<ContactRole> roles = EnumSet.noneOf(ContactRole.class);
                String codes = rs.getString("roles");
                if (!codes.isEmpty()) {
                    for (String code : codes.split(",")) {
                        roles.add(ContactRole.valueOf(code));
                    }
                }
                Contact c = new Contact(new ContactId(Sql.uuid(rs, "id")), rs.getString("name"),
                        Sql.text(rs, "title"), Sql.text(rs, "department"),
                        Sql.text(rs, "phone").map(PhoneNumber::of), Sql.text(rs, "email").map(EmailAddress::of),
                        Sql.text(rs, "preferred_channel").map(ContactChannel::valueOf), Sql.text(rs, "relation"),
                        roles, rs.getBoolean("is_primary"));
                out.computeIfAbsent(Sql.uuid(rs, "customer_id"), k -> new ArrayList<>()).add(c);
            }
        }
        return out;
    }

    private Map<UUID, Set<String>> tags(List<UUID> ids) throws SQLException {
        Map<UUID, Set<String>> out = new HashMap<>();
        try (PreparedStatement ps = childQuery("SELECT customer_id, tag FROM customer_need_tag", ids, "position");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(Sql.uuid(rs, "customer_id"), k -> new LinkedHashSet<>()).add(rs.getString("tag"));
            }
        }
        return out;
    }

    private Map<UUID, Map<String, CustomFieldValue>> fields(List<UUID> ids) throws SQLException {
        Map<UUID, Map<String, CustomFieldValue>> out = new HashMap<>();
        Map<UUID, Map<String, Set<String>>> choices = new HashMap<>();
        try (PreparedStatement ps = childQuery("SELECT customer_id, field_key, value_type, text_value, number_value,"
                + " currency, date_value, timestamp_value, bool_value FROM customer_custom_field", ids,
                "field_key, value_index");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
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
            }
        }
        choices.forEach((customer, byKey) -> byKey.forEach((key, options) ->
                out.computeIfAbsent(customer, k -> new LinkedHashMap<>()).put(key, CustomFieldValue.choices(options))));
        return out;
    }

    /** {@code select WHERE tenant_id = ? AND customer_id IN (…) ORDER BY customer_id, order}; order is a constant. */
    private PreparedStatement childQuery(String select, List<UUID> ids, String order) throws SQLException {
        String sql = select + " WHERE tenant_id = ? AND customer_id IN (" + Sql.placeholders(ids.size())
                + ") ORDER BY customer_id, " + order;
        PreparedStatement ps = dialect.prepareValueDependent(connection, sql);
        try {
            ps.setString(1, tenant);
            for (int i = 0; i < ids.size(); i++) {
                Sql.uuid(ps, i + 2, ids.get(i));
            }
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
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
