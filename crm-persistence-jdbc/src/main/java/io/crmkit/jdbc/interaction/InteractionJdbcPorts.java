package io.crmkit.jdbc.interaction;

import io.crmkit.interaction.Interactions;
import io.crmkit.jdbc.internal.PortFactory;
import java.util.List;

/** The JDBC ports of interactions, for {@code io.crmkit.jdbc.internal.JdbcPorts}. */
public final class InteractionJdbcPorts {
    /** Each port of the feature with how it is made for a unit of work. */
    public static final List<PortFactory<?>> PORTS = List.of(
            PortFactory.of(Interactions.class, JdbcInteractions::new));

    private InteractionJdbcPorts() {
    }
}
