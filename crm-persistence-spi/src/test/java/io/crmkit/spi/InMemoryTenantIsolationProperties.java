package io.crmkit.spi;

import io.crmkit.spi.contract.TenantIsolationProperties;
import io.crmkit.spi.memory.InMemoryStorage;
import io.crmkit.storage.Storage;

class InMemoryTenantIsolationProperties implements TenantIsolationProperties {
    private static final Storage STORAGE = new InMemoryStorage();

    @Override
    public Storage storage() {
        return STORAGE;
    }
}
