package io.crmkit.examples.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The baseline: a hand-written claim-and-mark loop on crmkit's {@code outbox_message} table,
 * what a developer writes without a library. One transaction per batch: select due rows with
 * {@code FOR UPDATE SKIP LOCKED}, "send" each, mark them all delivered (a JDBC batch, or one
 * set-based statement), commit. No leases, retries, dead letters or routing: the practical limit.
 */
final class HandWrittenOutbox {
    private static final String CLAIM = "SELECT tenant_id, id, payload FROM outbox_message"
            + " WHERE status = 'PENDING' AND available_at <= ?"
            + " ORDER BY status, available_at, tenant_id, id LIMIT ? FOR UPDATE SKIP LOCKED";
    private static final String MARK = "UPDATE outbox_message SET status = 'DELIVERED', finished_at = ?"
            + " WHERE tenant_id = ? AND id = ?";
    /** PostgreSQL: the whole batch in one statement, as crmkit marks deliveries there. */
    private static final String MARK_SET_BASED = "UPDATE outbox_message m SET status = 'DELIVERED', finished_at = ?"
            + " FROM unnest(?::varchar[], ?::uuid[]) AS d(tenant_id, id) WHERE m.tenant_id = d.tenant_id AND m.id = d.id";

    private HandWrittenOutbox() {
    }

    /**
     * Claims and marks batches until none is due; returns how many it delivered.
     *
     * @param setBased mark each batch with one {@code UPDATE … FROM unnest(…)} (PostgreSQL)
     *                 instead of a JDBC batch of single-row updates
     */
    static int drain(DataSource ds, int batchSize, boolean setBased, Consumer<UUID> send) throws SQLException {
        int total = 0;
        try (Connection c = ds.getConnection();
             PreparedStatement claim = c.prepareStatement(CLAIM);
             PreparedStatement mark = c.prepareStatement(setBased ? MARK_SET_BASED : MARK)) {
            while (true) {
                OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
                claim.setObject(1, now);
                claim.setInt(2, batchSize);
                List<String> tenants = new ArrayList<>(batchSize);
                List<UUID> ids = new ArrayList<>(batchSize);
                try (ResultSet rs = claim.executeQuery()) {
                    while (rs.next()) {
                        tenants.add(rs.getString(1));
                        ids.add(rs.getObject(2, UUID.class));
                        rs.getString(3);
                    }
                }
                if (ids.isEmpty()) {
                    c.commit();
                    return total;
                }
                ids.forEach(send);
                if (setBased) {
                    mark.setObject(1, now);
                    mark.setArray(2, c.createArrayOf("varchar", tenants.toArray()));
                    mark.setArray(3, c.createArrayOf("uuid", ids.toArray()));
                    mark.executeUpdate();
                } else {
                    for (int i = 0; i < ids.size(); i++) {
                        mark.setObject(1, now);
                        mark.setString(2, tenants.get(i));
                        mark.setObject(3, ids.get(i));
                        mark.addBatch();
                    }
                    mark.executeBatch();
                }
                c.commit();
                total += ids.size();
            }
        }
    }
}
