package io.crmkit.jdbc.segment;

import io.crmkit.jdbc.internal.PortFactory;
import io.crmkit.segment.SavedSegments;
import io.crmkit.segment.SegmentMembers;
import java.util.List;

/** The JDBC ports of segments: their members and the saved segments, for {@code io.crmkit.jdbc.internal.JdbcPorts}. */
public final class SegmentJdbcPorts {
    private static final List<PortFactory<?>> PORTS = List.of(
            PortFactory.of(SegmentMembers.class, JdbcSegmentMembers::new),
            PortFactory.of(SavedSegments.class, JdbcSavedSegments::new));

    private SegmentJdbcPorts() {
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
