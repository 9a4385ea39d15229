package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.FollowUpProperties;
import io.crmkit.storage.Storage;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** The {@code FollowUpProperties} kit on PostgreSQL. */
@AddLifecycleHook(PostgresRequired.class)
class PostgresFollowUpProperties implements FollowUpProperties {
    @Override
    public Storage storage() {
        return TestStorages.postgres().storage();
    }
}
