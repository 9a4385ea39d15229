package io.crmkit.examples.bench;

import io.crmkit.notify.Channel;
import io.crmkit.notify.Notification;
import io.crmkit.notify.json.NotificationMessages;
import io.crmkit.outbox.OutboxMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The outbox benchmark's rows: notifications of several tenants, due now, written straight
 * into {@code outbox_message} in JDBC batches; and the checks after a drain (every message
 * delivered, how many times each was handed to the sender).
 */
final class OutboxBenchData {
    /** The benchmark's tenants; their rows are deleted before loading. */
    static final String[] TENANTS = {"crmkit-bench-ob-0", "crmkit-bench-ob-1", "crmkit-bench-ob-2", "crmkit-bench-ob-3"};
    private static final int BATCH = 1000;

    /** Deliveries per message id, counted by the no-op senders of every variant. */
    final Map<UUID, AtomicInteger> deliveries = new ConcurrentHashMap<>();

    /** The no-op send: counts the delivery and does nothing else. */
    void send(UUID id) {
        deliveries.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
    }

    /**
     * Replaces the benchmark tenants' messages with {@code count} pending notifications, due at
     * {@code due}, then has PostgreSQL vacuum and analyse the table (H2: nothing).
     */
    void load(DataSource ds, int count, Instant due) throws SQLException {
        deliveries.clear();
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM outbox_message WHERE tenant_id = ?")) {
                for (String t : TENANTS) {
                    del.setString(1, t);
                    del.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox_message (tenant_id, id, aggregate_type,"
                    + " aggregate_id, event_type, payload, occurred_at, available_at, status, attempts)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0)")) {
                OffsetDateTime at = OffsetDateTime.ofInstant(due, ZoneOffset.UTC);
                for (int i = 0; i < count; i++) {
                    Notification n = new Notification(UUID.randomUUID(), Channel.EMAIL, "user-" + (i % 500),
                            "followup.reminder", Map.of("task", "Call customer " + i, "due", "2026-12-01 09:00"),
                            Locale.SIMPLIFIED_CHINESE);
                    OutboxMessage m = NotificationMessages.toMessage(n, due, due, Optional.empty());
                    ps.setString(1, TENANTS[i % TENANTS.length]);
                    ps.setObject(2, m.id());
                    ps.setString(3, m.aggregateType());
                    ps.setString(4, m.aggregateId());
                    ps.setString(5, m.eventType());
                    ps.setString(6, m.payload());
                    ps.setObject(7, at);
                    ps.setObject(8, at);
                    ps.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            if (c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("VACUUM ANALYZE outbox_message");
                }
                c.setAutoCommit(false);
            }
        }
    }

    /**
     * Checks a drain: every loaded message delivered in the table, each handed to the sender at
     * least once, and (when nothing crashed) exactly once.
     *
     * @return how many deliveries were duplicates
     * @throws IllegalStateException if a message was lost, or duplicated where none may be
     */
    int verify(DataSource ds, int count, boolean exactlyOnce) throws SQLException {
        int delivered;
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM outbox_message WHERE tenant_id IN (?, ?, ?, ?) AND status = 'DELIVERED'")) {
            for (int i = 0; i < TENANTS.length; i++) {
                ps.setString(i + 1, TENANTS[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                delivered = rs.getInt(1);
            }
            c.commit();
        }
        int duplicates = deliveries.values().stream().mapToInt(n -> n.get() - 1).sum();
        if (delivered != count || deliveries.size() != count) {
            throw new IllegalStateException("lost messages: " + count + " loaded, " + delivered + " delivered in the table, "
                    + deliveries.size() + " handed to the sender");
        }
        if (exactlyOnce && duplicates != 0) {
            throw new IllegalStateException(duplicates + " duplicate deliveries without any crash");
        }
        return duplicates;
    }
}
