package io.crmkit.jdbc.schedule;

import io.crmkit.jdbc.internal.PortFactory;
import io.crmkit.schedule.JobRuns;
import io.crmkit.schedule.JobTenants;
import java.util.List;

/** The JDBC ports of scheduled work, for {@code io.crmkit.jdbc.internal.JdbcPorts}. */
public final class JobJdbcPorts {
    /** Each port of the feature with how it is made for a unit of work. */
    public static final List<PortFactory<?>> PORTS = List.of(
            PortFactory.of(JobRuns.class, JdbcJobRuns::new),
            PortFactory.of(JobTenants.class, JdbcJobTenants::new));

    private JobJdbcPorts() {
    }
}
