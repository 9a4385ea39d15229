package io.crmkit.jdbc.internal;

import java.util.Objects;
import java.util.function.Function;

/**
 * How one port of the JDBC adapter is made for a unit of work: an entry of {@link JdbcPorts},
 * contributed by the feature package that implements the port.
 *
 * @param <P> the port interface
 * @param type the port interface
 * @param factory makes the port on a unit of work's transaction
 */
public record PortFactory<P>(Class<P> type, Function<JdbcTransaction, ? extends P> factory) {

    /**
     * Checks the components.
     *
     * @param type see {@link #type()}
     * @param factory see {@link #factory()}
     */
    public PortFactory {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(factory, "factory");
    }

    /**
     * The entry for a port.
     *
     * @param <P> the port interface
     * @param type the port interface
     * @param factory makes the port on a unit of work's transaction, typically the adapter's constructor
     * @return the entry
     */
    public static <P> PortFactory<P> of(Class<P> type, Function<JdbcTransaction, ? extends P> factory) {
        return new PortFactory<>(type, factory);
    }
}
