package io.crmkit.jdbc.tag;

import io.crmkit.jdbc.internal.PortFactory;
import io.crmkit.tag.CustomerTags;
import java.util.List;

/** The JDBC ports of customers' tags, for {@code io.crmkit.jdbc.internal.JdbcPorts}. */
public final class TagJdbcPorts {
    private static final List<PortFactory<?>> PORTS = List.of(
            PortFactory.of(CustomerTags.class, JdbcCustomerTags::new));

    private TagJdbcPorts() {
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
