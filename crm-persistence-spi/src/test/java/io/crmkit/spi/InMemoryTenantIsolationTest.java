package io.crmkit.spi;

import io.crmkit.spi.contract.TenantIsolationContract;
import io.crmkit.storage.Storage;

class InMemoryTenantIsolationTest extends TenantIsolationContract {
    @Override
    protected Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
