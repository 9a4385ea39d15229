package io.crmkit.jdbc;

import io.crmkit.spi.contract.TenantIsolationContract;
import io.crmkit.storage.Storage;

/** The {@code TenantIsolationContract} kit on PostgreSQL. */
class PostgresTenantIsolationTest extends TenantIsolationContract {
    @Override
    protected Storage storage() {
        return TestStorages.postgres().storage();
    }
}
