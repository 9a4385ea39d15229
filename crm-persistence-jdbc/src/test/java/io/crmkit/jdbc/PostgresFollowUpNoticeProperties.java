package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.FollowUpNoticeProperties;
import io.crmkit.storage.Storage;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** The {@code FollowUpNoticeProperties} kit on PostgreSQL. */
@AddLifecycleHook(PostgresRequired.class)
class PostgresFollowUpNoticeProperties implements FollowUpNoticeProperties {
    @Override
    public Storage storage() {
        return TestStorages.postgres().storage();
    }
}
