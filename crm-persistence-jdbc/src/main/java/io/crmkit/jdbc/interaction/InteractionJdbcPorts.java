package io.crmkit.jdbc.interaction;

import io.crmkit.interaction.Interactions;
import io.crmkit.jdbc.internal.PortFactory;
import java.util.List;

/** The JDBC ports of interactions, for {@code io.crmkit.jdbc.internal.JdbcPorts}. */
public final class InteractionJdbcPorts {
    private static final List<PortFactory<?>> PORTS = List.of(
            PortFactory.of(Interactions.class, JdbcInteractions::new));

    private InteractionJdbcPorts() {
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
