package io.crmkit.jdbc.customer;

import io.crmkit.customer.CustomerShares;
import io.crmkit.customer.Customers;
import io.crmkit.jdbc.internal.PortFactory;
import java.util.List;

/** The JDBC ports of customers, for {@code io.crmkit.jdbc.internal.JdbcPorts}. */
public final class CustomerJdbcPorts {
    /** Each port of the feature with how it is made for a unit of work. */
    public static final List<PortFactory<?>> PORTS = List.of(
            PortFactory.of(Customers.class, JdbcCustomers::new),
            PortFactory.of(CustomerShares.class, JdbcCustomerShares::new));

    private CustomerJdbcPorts() {
    }
}
