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
 * {@code FOR UPDATE SKIP LOCKED}, "send" each, mark them all delivered in one JDBC batch,
 * commit. No leases, retries, dead letters or routing: the practical limit.
 */
final class HandWrittenOutbox {
    private static final String CLAIM = "SELECT tenant_id, id, payload FROM outbox_message"
            + " WHERE status = 'PENDING' AND available_at <= ?"
            + " ORDER BY status, available_at, tenant_id, id LIMIT ? FOR UPDATE SKIP LOCKED";
    private static final String MARK = "UPDATE outbox_message SET status = 'DELIVERED', finished_at = ?"
            + " WHERE tenant_id = ? AND id = ?";

    private HandWrittenOutbox() {
    }

    /** Claims and marks batches until none is due; returns how many it delivered. */
    static int drain(DataSource ds, int batchSize, Consumer<UUID> send) throws SQLException {
        int total = 0;
        try (Connection c = ds.getConnection();
             PreparedStatement claim = c.prepareStatement(CLAIM);
             PreparedStatement mark = c.prepareStatement(MARK)) {
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
                for (int i = 0; i < ids.size(); i++) {
                    send.accept(ids.get(i));
                    mark.setObject(1, now);
                    mark.setString(2, tenants.get(i));
                    mark.setObject(3, ids.get(i));
                    mark.addBatch();
                }
                mark.executeBatch();
                c.commit();
                total += ids.size();
            }
        }
    }
}
