/**
 * For storage adapter authors and hosts that pick storage by configuration:
 * {@link io.crmkit.spi.StorageProvider} and {@link io.crmkit.spi.StorageProviders}.
 */
package io.crmkit.spi;
