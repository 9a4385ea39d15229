package io.crmkit.jdbc.audit;

import io.crmkit.audit.AuditTrail;
import io.crmkit.jdbc.internal.PortFactory;
import java.util.List;

/** The JDBC ports of the audit trail, for {@code io.crmkit.jdbc.internal.JdbcPorts}. */
public final class AuditJdbcPorts {
    /** Each port of the feature with how it is made for a unit of work. */
    public static final List<PortFactory<?>> PORTS = List.of(
            PortFactory.of(AuditTrail.class, JdbcAuditTrail::new));

    private AuditJdbcPorts() {
    }
}
