package io.crmkit.shared;

import java.util.UUID;

/**
 * Makes new ids. Injected into {@code Crm} so that tests can make ids predictable.
 *
 * <p>Implementations must be thread-safe and must never return the same id twice.
 */
@FunctionalInterface
public interface IdGenerator {

    /** {@return a new, unique id} */
    UUID next();
}
