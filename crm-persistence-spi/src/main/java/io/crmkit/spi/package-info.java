/**
 * Storage discovery for hosts that pick storage by configuration: adapters implement
 * {@link io.crmkit.spi.StorageProvider}; {@link io.crmkit.spi.StorageProviders} opens a URL with the one that accepts it.
 */
package io.crmkit.spi;
