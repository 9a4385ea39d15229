package io.crmkit.jdbc.purchase;

import io.crmkit.jdbc.internal.PortFactory;
import io.crmkit.purchase.Purchases;
import java.util.List;

/** The JDBC ports of purchases, for {@code io.crmkit.jdbc.internal.JdbcPorts}. */
public final class PurchaseJdbcPorts {
    private static final List<PortFactory<?>> PORTS = List.of(
            PortFactory.of(Purchases.class, JdbcPurchases::new));

    private PurchaseJdbcPorts() {
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
