/**
 * The in-memory reference storage adapter (URL {@code memory:}): the behaviour the contract
 * kit checks every other adapter against.
 */
package io.crmkit.spi.memory;
