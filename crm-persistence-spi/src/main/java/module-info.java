/**
 * crmkit's storage service-provider interface: {@link io.crmkit.spi.StorageProvider} and its
 * discovery through {@link io.crmkit.spi.StorageProviders}, and the in-memory storage that
 * runs every feature without a database.
 */
module io.crmkit.spi {
    requires transitive io.crmkit.core;

    exports io.crmkit.spi;
    exports io.crmkit.spi.memory;

    uses io.crmkit.spi.StorageProvider;

    provides io.crmkit.spi.StorageProvider with io.crmkit.spi.memory.InMemoryStorageProvider;
}
