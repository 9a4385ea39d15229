package io.crmkit.spi;

import io.crmkit.spi.contract.TenantIsolationProperties;
import io.crmkit.storage.Storage;

class InMemoryTenantIsolationProperties implements TenantIsolationProperties {
    @Override
    public Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
