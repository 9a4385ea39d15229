package io.crmkit.jdbc.audit;

import io.crmkit.audit.AuditTrail;
import io.crmkit.jdbc.internal.PortFactory;
import java.util.List;

/** The JDBC ports of the audit trail, for {@code io.crmkit.jdbc.internal.JdbcPorts}. */
public final class AuditJdbcPorts {
    private static final List<PortFactory<?>> PORTS = List.of(
            PortFactory.of(AuditTrail.class, JdbcAuditTrail::new));

    private AuditJdbcPorts() {
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
