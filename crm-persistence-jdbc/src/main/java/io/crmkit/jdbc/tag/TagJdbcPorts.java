package io.crmkit.jdbc.tag;

import io.crmkit.jdbc.internal.PortFactory;
import io.crmkit.tag.CustomerTags;
import java.util.List;

/** The JDBC ports of customers' tags, for {@code io.crmkit.jdbc.internal.JdbcPorts}. */
public final class TagJdbcPorts {
    /** Each port of the feature with how it is made for a unit of work. */
    public static final List<PortFactory<?>> PORTS = List.of(
            PortFactory.of(CustomerTags.class, JdbcCustomerTags::new));

    private TagJdbcPorts() {
    }
}
