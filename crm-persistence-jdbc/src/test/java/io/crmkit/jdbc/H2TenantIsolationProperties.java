package io.crmkit.jdbc;

import io.crmkit.spi.contract.TenantIsolationProperties;
import io.crmkit.storage.Storage;

/** The {@code TenantIsolationProperties} kit on the H2 in-memory database. */
class H2TenantIsolationProperties implements TenantIsolationProperties {
    @Override
    public Storage storage() {
        return TestStorages.h2Memory().storage();
    }
}
