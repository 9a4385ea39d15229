package io.crmkit.jdbc.segment;

import io.crmkit.jdbc.internal.PortFactory;
import io.crmkit.segment.SavedSegments;
import io.crmkit.segment.SegmentMembers;
import java.util.List;

/**
 * The JDBC ports of segments (their members, the saved segments), for
 * {@code io.crmkit.jdbc.internal.JdbcPorts}.
 */
public final class SegmentJdbcPorts {
    /** Each port of the feature with how it is made for a unit of work. */
    public static final List<PortFactory<?>> PORTS = List.of(
            PortFactory.of(SegmentMembers.class, JdbcSegmentMembers::new),
            PortFactory.of(SavedSegments.class, JdbcSavedSegments::new));

    private SegmentJdbcPorts() {
    }
}
