package io.crmkit.jdbc.purchase;

import io.crmkit.jdbc.internal.PortFactory;
import io.crmkit.purchase.Purchases;
import java.util.List;

/** The JDBC ports of purchases, for {@code io.crmkit.jdbc.internal.JdbcPorts}. */
public final class PurchaseJdbcPorts {
    /** Each port of the feature with how it is made for a unit of work. */
    public static final List<PortFactory<?>> PORTS = List.of(
            PortFactory.of(Purchases.class, JdbcPurchases::new));

    private PurchaseJdbcPorts() {
    }
}
