package io.crmkit.jdbc;

import io.crmkit.audit.AuditTrail;
import io.crmkit.customer.Customers;
import io.crmkit.followup.FollowUps;
import io.crmkit.interaction.Interactions;
import io.crmkit.outbox.Outbox;
import io.crmkit.plan.InteractionPlans;
import io.crmkit.purchase.Purchases;
import io.crmkit.segment.SavedSegments;
import io.crmkit.segment.SegmentMembers;
import io.crmkit.storage.MissingPortException;
import io.crmkit.tag.CustomerTags;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The ports the JDBC adapter offers, each with how it is made for one unit of work. This is
 * the one place a feature registers its JDBC port: {@link JdbcStorage#ports()} and
 * {@link JdbcTransaction#port(Class)} read it, so adding a port changes neither.
 */
final class JdbcPorts {
    private static final Map<Class<?>, Function<JdbcTransaction, ?>> FACTORIES = Map.ofEntries(
            Map.entry(Customers.class, JdbcCustomers::new),
            Map.entry(CustomerTags.class, JdbcCustomerTags::new),
            Map.entry(Purchases.class, JdbcPurchases::new),
            Map.entry(SegmentMembers.class, JdbcSegmentMembers::new),
            Map.entry(SavedSegments.class, JdbcSavedSegments::new),
            Map.entry(FollowUps.class, JdbcFollowUps::new),
            Map.entry(Interactions.class, JdbcInteractions::new),
            Map.entry(InteractionPlans.class, JdbcInteractionPlans::new),
            Map.entry(AuditTrail.class, JdbcAuditTrail::new),
            Map.entry(Outbox.class, JdbcOutbox::new));
    private static final Set<Class<?>> TYPES = Set.copyOf(FACTORIES.keySet());

    private JdbcPorts() {
    }

    /** The port interfaces offered, for {@link JdbcStorage#ports()}. */
    static Set<Class<?>> types() {
        return TYPES;
    }

    /** Makes the port of the given type for a unit of work. */
    static Object create(Class<?> type, JdbcTransaction tx) {
        Function<JdbcTransaction, ?> factory = FACTORIES.get(type);
        if (factory == null) {
            throw MissingPortException.notOffered(tx.dialect().key(), type, TYPES);
        }
        return factory.apply(tx);
    }
}
