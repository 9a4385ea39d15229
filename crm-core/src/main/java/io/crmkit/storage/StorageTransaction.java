package io.crmkit.storage;

import io.crmkit.shared.TenantId;

/**
 * The ports of one transaction, all bound to its tenant. Valid only while the work runs.
 *
 * <p>Ports are looked up by their interface ({@code tx.port(Customers.class)}) rather than
 * named one by one here, so that a feature added to crmkit adds its port without adding a
 * method every adapter must implement. Which ports a storage offers it states in
 * {@link Storage#ports()}; {@code Crm} refuses a storage that lacks one its features need
 * when it is built, so a service never asks for a port the storage does not have.
 */
public interface StorageTransaction {

    /** {@return the tenant this transaction is scoped to} */
    TenantId tenant();

    /**
     * The port of the given type in this transaction, bound to its tenant. Asking twice in
     * one transaction may return the same instance or an equivalent one.
     *
     * @param type the port's interface, one of {@link Storage#ports()}
     * @param <P> the port type
     * @return the port; never {@code null}
     * @throws MissingPortException if the storage does not offer this port
     */
    <P> P port(Class<P> type);
}
