package io.crmkit.jdbc;

import io.crmkit.spi.contract.TenantIsolationProperties;
import io.crmkit.storage.Storage;

class H2TenantIsolationProperties implements TenantIsolationProperties {
    @Override
    public Storage storage() {
        return H2Storages.memory();
    }
}
