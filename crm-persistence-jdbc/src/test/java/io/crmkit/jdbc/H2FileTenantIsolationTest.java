package io.crmkit.jdbc;

import io.crmkit.spi.contract.TenantIsolationContract;
import io.crmkit.storage.Storage;

/** The {@code TenantIsolationContract} kit on the H2 file database. */
class H2FileTenantIsolationTest extends TenantIsolationContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2File().storage();
    }
}
