package io.crmkit.jdbc.plan;

import io.crmkit.jdbc.internal.PortFactory;
import io.crmkit.plan.InteractionPlans;
import java.util.List;

/** The JDBC ports of interaction plans, for {@code io.crmkit.jdbc.internal.JdbcPorts}. */
public final class PlanJdbcPorts {
    /** Each port of the feature with how it is made for a unit of work. */
    public static final List<PortFactory<?>> PORTS = List.of(
            PortFactory.of(InteractionPlans.class, JdbcInteractionPlans::new));

    private PlanJdbcPorts() {
    }
}
