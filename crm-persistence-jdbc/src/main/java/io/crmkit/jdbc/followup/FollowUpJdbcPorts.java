package io.crmkit.jdbc.followup;

import io.crmkit.followup.FollowUps;
import io.crmkit.jdbc.internal.PortFactory;
import java.util.List;

/** The JDBC ports of follow-up tasks, for {@code io.crmkit.jdbc.internal.JdbcPorts}. */
public final class FollowUpJdbcPorts {
    /** Each port of the feature with how it is made for a unit of work. */
    public static final List<PortFactory<?>> PORTS = List.of(
            PortFactory.of(FollowUps.class, JdbcFollowUps::new));

    private FollowUpJdbcPorts() {
    }
}
