package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.CustomerInputProperties;
import io.crmkit.storage.Storage;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** The {@code CustomerInputProperties} kit on PostgreSQL. */
@AddLifecycleHook(PostgresRequired.class)
class PostgresCustomerInputProperties implements CustomerInputProperties {
    @Override
    public Storage storage() {
        return TestStorages.postgres().storage();
    }
}
