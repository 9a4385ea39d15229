package io.crmkit.jdbc;

import io.crmkit.spi.contract.UnitOfWorkProperties;
import io.crmkit.storage.Storage;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** The {@code UnitOfWorkProperties} kit on PostgreSQL. */
@AddLifecycleHook(PostgresRequired.class)
class PostgresUnitOfWorkProperties implements UnitOfWorkProperties {
    @Override
    public Storage storage() {
        return TestStorages.postgres().storage();
    }
}
