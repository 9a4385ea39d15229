package io.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The migrated schema as a host sees it through plain JDBC metadata: the documented tables,
 * the history table, and {@code tenant_id} leading every key and index.
 */
abstract class SchemaChecks {
    private static final Set<String> TABLES = Set.of("customer", "customer_contact", "customer_need_tag",
            "customer_custom_field", "audit_entry", "audit_field_change", "outbox_message", "follow_up",
            "follow_up_attachment", "interaction", "interaction_participant", "interaction_plan",
            "interaction_plan_result");
    /** Deliberately not led by tenant_id: dispatchers claim across tenants (see V3__outbox_delivery.sql). */
    private static final Set<String> CROSS_TENANT_INDEXES = Set.of("outbox_message_claim_idx");

    protected abstract TestStorages.TestDatabase database();

    /** The name-order column: {@code name} on PostgreSQL, the generated {@code name_key} on H2. */
    protected abstract String nameOrderColumn();

    private static Set<String> tables(DatabaseMetaData meta) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Index name to its columns in order, lower case; expression columns as the driver names them. */
    private static Map<String, List<String>> indexes(DatabaseMetaData meta, String table) throws SQLException {
        String stored = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
        Map<String, List<String>> out = new TreeMap<>();
        try (ResultSet rs = meta.getIndexInfo(null, null, stored, false, false)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                if (index == null) {
                    continue;
                }
                int position = rs.getInt("ORDINAL_POSITION");
                List<String> columns = out.computeIfAbsent(index.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
                while (columns.size() < position) {
                    columns.add("");
                }
                columns.set(position - 1, String.valueOf(rs.getString("COLUMN_NAME")).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    @Test
    @DisplayName("has the documented tables and crmkit's own migration history table")
    void hasTheTables() throws SQLException {
        try (Connection c = database().connect()) {
            Set<String> tables = tables(c.getMetaData());
            assertThat(tables).containsAll(TABLES).contains(Migrations.HISTORY_TABLE);
        }
    }

    @Test
    @DisplayName("tenant_id leads every primary key and every index but the outbox's cross-tenant delivery indexes")
    void tenantLeadsEveryIndex() throws SQLException {
        try (Connection c = database().connect()) {
            for (String table : TABLES) {
                Map<String, List<String>> indexes = indexes(c.getMetaData(), table);
                assertThat(indexes).as(table).isNotEmpty();
                indexes.forEach((index, columns) -> {
                    if (!CROSS_TENANT_INDEXES.contains(index)) {
                        assertThat(columns.get(0)).as(table + "." + index).isEqualTo("tenant_id");
                    }
                });
            }
        }
    }

    @Test
    @DisplayName("has the outbox's delivery indexes: due messages and expired leases of all tenants, references per tenant")
    void hasTheOutboxDeliveryIndexes() throws SQLException {
        try (Connection c = database().connect()) {
            Map<String, List<String>> indexes = indexes(c.getMetaData(), "outbox_message");
            assertThat(indexes.get("outbox_message_claim_idx")).containsExactly("status", "available_at", "tenant_id", "id");
            assertThat(indexes.get("outbox_message_reference_idx")).containsExactly("tenant_id", "reference");
            assertThat(indexes).doesNotContainKey("outbox_message_due_idx");
        }
    }

    @Test
    @DisplayName("has an index per sort order, ending in id, for keyset paging")
    void hasTheSortIndexes() throws SQLException {
        try (Connection c = database().connect()) {
            Map<String, List<String>> indexes = indexes(c.getMetaData(), "customer");
            assertThat(indexes.get("customer_name_idx")).containsExactly("tenant_id", nameOrderColumn(), "id");
            assertThat(indexes.get("customer_created_idx")).containsExactly("tenant_id", "created_at", "id");
            assertThat(indexes.get("customer_updated_idx")).containsExactly("tenant_id", "updated_at", "id");
            Map<String, List<String>> contacts = indexes(c.getMetaData(), "customer_contact");
            assertThat(contacts.get("customer_contact_phone_idx")).containsExactly("tenant_id", "phone");
            assertThat(contacts.get("customer_contact_email_idx")).containsExactly("tenant_id", "email");
        }
    }
}
