package io.crmkit.jdbc.customer;

import io.crmkit.customer.Customers;
import io.crmkit.jdbc.internal.PortFactory;
import java.util.List;

/** The JDBC ports of customers, for {@code io.crmkit.jdbc.internal.JdbcPorts}. */
public final class CustomerJdbcPorts {
    private static final List<PortFactory<?>> PORTS = List.of(
            PortFactory.of(Customers.class, JdbcCustomers::new));

    private CustomerJdbcPorts() {
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
