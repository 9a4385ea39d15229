package io.crmkit.jdbc.tag;

import io.crmkit.access.Visibility;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.jdbc.internal.ByIds;
import io.crmkit.jdbc.internal.JdbcTransaction;
import io.crmkit.jdbc.internal.PendingWrite;
import io.crmkit.jdbc.internal.Sql;
import io.crmkit.jdbc.internal.VisibilitySql;
import io.crmkit.shared.NotFoundException;
import io.crmkit.tag.CustomerTags;
import io.crmkit.tag.Tag;
import io.crmkit.tag.TagCount;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link CustomerTags} on {@code customer_tag}. Results are ordered in Java, not by
 * {@code ORDER BY}: a database's collation may order text differently from
 * {@link String#compareTo}, which the in-memory reference uses.
 */
final class JdbcCustomerTags implements CustomerTags {
    private static final String TABLE = "customer_tag";
    private final JdbcTransaction tx;
    private final String tenant;

    JdbcCustomerTags(JdbcTransaction tx) {
        this.tx = tx;
        this.tenant = tx.tenant().value();
    }

    @Override
    public List<Tag> of(CustomerId customer) {
        return of(List.of(customer)).getOrDefault(customer, List.of());
    }

    @Override
    public Map<CustomerId, List<Tag>> of(Collection<CustomerId> customers) {
        if (customers.size() > 1000) {
            throw new IllegalArgumentException("read the tags of at most 1,000 customers at once, not " + customers.size());
        }
        Map<CustomerId, List<Tag>> found = new LinkedHashMap<>();
        if (customers.isEmpty()) {
            return found;
        }
        List<CustomerId> ids = List.copyOf(customers);
        Map<CustomerId, List<Tag>> read = new java.util.HashMap<>();
        try {
            ByIds.forEach(tx.connection(), tx.dialect(), tenant, "SELECT customer_id, dimension, tag_value FROM customer_tag",
                    "customer_id", "dimension, tag_value", ids.stream().map(CustomerId::value).toList(),
                    rs -> read.computeIfAbsent(new CustomerId(Sql.uuid(rs, 1)), k -> new ArrayList<>())
                            .add(new Tag(rs.getString(2), rs.getString(3))));
            for (CustomerId id : ids) {
                List<Tag> tags = read.get(id);
                if (tags != null) {
                    tags.sort(null);
                    found.put(id, List.copyOf(tags));
                }
            }
            return found;
        } catch (SQLException e) {
            throw Sql.failure("reading customer tags", e);
        }
    }

    @Override
    public boolean add(CustomerId customer, Tag tag) {
        // INSERT … SELECT FROM customer: adds nothing (and raises no error that would abort a
        // PostgreSQL transaction) when the tag is there already or the customer is missing.
        String sql = "INSERT INTO customer_tag (tenant_id, customer_id, dimension, tag_value)"
                + " SELECT c.tenant_id, c.id, ?, ? FROM customer c WHERE c.tenant_id = ? AND c.id = ?"
                + " AND NOT EXISTS (SELECT 1 FROM customer_tag t WHERE t.tenant_id = c.tenant_id AND t.customer_id = c.id"
                + " AND t.dimension = ? AND t.tag_value = ?)";
        try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            ps.setString(1, tag.dimension());
            ps.setString(2, tag.value());
            ps.setString(3, tenant);
            Sql.uuid(ps, 4, customer.value());
            ps.setString(5, tag.dimension());
            ps.setString(6, tag.value());
            if (ps.executeUpdate() == 1) {
                return true;
            }
        } catch (SQLException e) {
            throw Sql.failure("adding a customer tag", e);
        }
        if (!customerExists(customer)) {
            throw new NotFoundException(Customer.ENTITY_TYPE, customer.toString());
        }
        return false;
    }

    private boolean customerExists(CustomerId customer) {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "SELECT 1 FROM customer WHERE tenant_id = ? AND id = ?")) {
            ps.setString(1, tenant);
            Sql.uuid(ps, 2, customer.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw Sql.failure("checking that a customer exists", e);
        }
    }

    @Override
    public boolean remove(CustomerId customer, Tag tag) {
        try (PreparedStatement ps = tx.connection().prepareStatement("DELETE FROM customer_tag WHERE tenant_id = ?"
                + " AND customer_id = ? AND dimension = ? AND tag_value = ?")) {
            ps.setString(1, tenant);
            Sql.uuid(ps, 2, customer.value());
            ps.setString(3, tag.dimension());
            ps.setString(4, tag.value());
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Sql.failure("removing a customer tag", e);
        }
    }

    /**
     * Two {@linkplain JdbcTransaction#write pending writes}: the dimension's rows go, then the
     * value's row comes, inserted from the customer's row so that a missing customer gets none.
     */
    @Override
    public void replace(CustomerId customer, String dimension, Optional<String> value) {
        String doing = "replacing the " + dimension + " tags of customer " + customer;
        tx.write(PendingWrite.of(TABLE, "DELETE FROM customer_tag WHERE tenant_id = ? AND customer_id = ?"
                + " AND dimension = ?", List.of(p -> {
                    p.string(1, tenant);
                    p.uuid(2, customer.value());
                    p.string(3, dimension);
                }), doing));
        value.ifPresent(v -> tx.write(PendingWrite.of(TABLE, "INSERT INTO customer_tag (tenant_id, customer_id,"
                + " dimension, tag_value) SELECT c.tenant_id, c.id, ?, ? FROM customer c WHERE c.tenant_id = ?"
                + " AND c.id = ?", List.of(p -> {
                    p.string(1, dimension);
                    p.string(2, v);
                    p.string(3, tenant);
                    p.uuid(4, customer.value());
                }), doing)));
    }

    @Override
    public List<TagCount> count(String dimension, Visibility visibility) {
        VisibilitySql visible = VisibilitySql.of(visibility, "c");
        String sql = visible.sql().map(v -> "SELECT t.tag_value, COUNT(*) FROM customer_tag t JOIN customer c"
                        + " ON c.tenant_id = t.tenant_id AND c.id = t.customer_id"
                        + " WHERE t.tenant_id = ? AND t.dimension = ? AND " + v + " GROUP BY t.tag_value")
                .orElse("SELECT tag_value, COUNT(*) FROM customer_tag WHERE tenant_id = ? AND dimension = ? GROUP BY tag_value");
        try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            ps.setString(1, tenant);
            ps.setString(2, dimension);
            visible.bind(ps, 3);
            Map<String, Long> counts = new TreeMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
            return counts.entrySet().stream().map(e -> new TagCount(e.getKey(), e.getValue())).toList();
        } catch (SQLException e) {
            throw Sql.failure("counting customer tags", e);
        }
    }
}
