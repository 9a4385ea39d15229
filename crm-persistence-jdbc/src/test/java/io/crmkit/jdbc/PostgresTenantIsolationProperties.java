package io.crmkit.jdbc;

import io.crmkit.spi.contract.TenantIsolationProperties;
import io.crmkit.storage.Storage;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** The {@code TenantIsolationProperties} kit on PostgreSQL. */
@AddLifecycleHook(PostgresRequired.class)
class PostgresTenantIsolationProperties implements TenantIsolationProperties {
    @Override
    public Storage storage() {
        return TestStorages.postgres().storage();
    }
}
