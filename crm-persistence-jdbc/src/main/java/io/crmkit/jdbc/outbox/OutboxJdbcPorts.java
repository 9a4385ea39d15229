package io.crmkit.jdbc.outbox;

import io.crmkit.jdbc.internal.PortFactory;
import io.crmkit.outbox.Outbox;
import java.util.List;

/** The JDBC ports of the outbox (its writing side; the delivery side is {@link JdbcOutboxDelivery}), for {@code io.crmkit.jdbc.internal.JdbcPorts}. */
public final class OutboxJdbcPorts {
    private static final List<PortFactory<?>> PORTS = List.of(
            PortFactory.of(Outbox.class, JdbcOutbox::new));

    private OutboxJdbcPorts() {
    }

    /**
     * The entries this feature adds to the adapter's table of ports.
     *
     * @return each port with how it is made for a unit of work
     */
    public static List<PortFactory<?>> ports() {
        return PORTS;
    }
}
