package io.crmkit.jdbc.outbox;

import io.crmkit.jdbc.internal.PortFactory;
import io.crmkit.outbox.Outbox;
import java.util.List;

/**
 * The JDBC ports of the outbox's writing side (its delivery side, {@link JdbcOutboxDelivery}, is the storage's), for
 * {@code io.crmkit.jdbc.internal.JdbcPorts}.
 */
public final class OutboxJdbcPorts {
    /** Each port of the feature with how it is made for a unit of work. */
    public static final List<PortFactory<?>> PORTS = List.of(
            PortFactory.of(Outbox.class, JdbcOutbox::new));

    private OutboxJdbcPorts() {
    }
}
