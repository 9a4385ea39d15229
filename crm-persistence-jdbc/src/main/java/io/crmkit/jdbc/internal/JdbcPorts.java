package io.crmkit.jdbc.internal;

import io.crmkit.jdbc.JdbcStorage;
import io.crmkit.jdbc.audit.AuditJdbcPorts;
import io.crmkit.jdbc.customer.CustomerJdbcPorts;
import io.crmkit.jdbc.followup.FollowUpJdbcPorts;
import io.crmkit.jdbc.interaction.InteractionJdbcPorts;
import io.crmkit.jdbc.outbox.OutboxJdbcPorts;
import io.crmkit.jdbc.plan.PlanJdbcPorts;
import io.crmkit.jdbc.purchase.PurchaseJdbcPorts;
import io.crmkit.jdbc.schedule.JobJdbcPorts;
import io.crmkit.jdbc.segment.SegmentJdbcPorts;
import io.crmkit.jdbc.tag.TagJdbcPorts;
import io.crmkit.storage.MissingPortException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ports the JDBC adapter offers, each with how it is made for one unit of work. This is
 * the one place a feature registers its JDBC ports, one line per feature package (which owns
 * its entries): {@link JdbcStorage#ports()} and {@link JdbcTransaction#port(Class)} read it,
 * so adding a port changes neither. Adding a feature to the adapter is its own subpackage and
 * one line here.
 *
 * <p>The only class of the plumbing that knows the feature packages.
 */
public final class JdbcPorts {
    private static final Map<Class<?>, PortFactory<?>> FACTORIES = table(List.of(
            CustomerJdbcPorts.PORTS,
            TagJdbcPorts.PORTS,
            PurchaseJdbcPorts.PORTS,
            SegmentJdbcPorts.PORTS,
            FollowUpJdbcPorts.PORTS,
            InteractionJdbcPorts.PORTS,
            PlanJdbcPorts.PORTS,
            JobJdbcPorts.PORTS,
            AuditJdbcPorts.PORTS,
            OutboxJdbcPorts.PORTS));
    private static final Set<Class<?>> TYPES = Set.copyOf(FACTORIES.keySet());

    private JdbcPorts() {
    }

    /** The features' entries by port type; a port two features claim is a mistake of the adapter. */
    private static Map<Class<?>, PortFactory<?>> table(List<List<PortFactory<?>>> features) {
        return features.stream().flatMap(List::stream).collect(Collectors.toUnmodifiableMap(PortFactory::type,
                f -> f, (a, b) -> {
                    throw new IllegalStateException("two JDBC features offer the port " + a.type().getName());
                }));
    }

    /**
     * The port interfaces offered, for {@link JdbcStorage#ports()}.
     *
     * @return the port interfaces, unmodifiable
     */
    public static Set<Class<?>> types() {
        return TYPES;
    }

    /** Makes the port of the given type for a unit of work. */
    static Object create(Class<?> type, JdbcTransaction tx) {
        PortFactory<?> factory = FACTORIES.get(type);
        if (factory == null) {
            throw MissingPortException.notOffered(tx.dialect().key(), type, TYPES);
        }
        return factory.factory().apply(tx);
    }
}
