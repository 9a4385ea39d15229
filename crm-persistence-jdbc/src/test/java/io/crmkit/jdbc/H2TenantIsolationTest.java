package io.crmkit.jdbc;

import io.crmkit.spi.contract.TenantIsolationContract;
import io.crmkit.storage.Storage;

/** The {@code TenantIsolationContract} kit on the H2 in-memory database. */
class H2TenantIsolationTest extends TenantIsolationContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2Memory().storage();
    }
}
