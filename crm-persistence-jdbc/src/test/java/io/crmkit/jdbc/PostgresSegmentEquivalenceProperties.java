package io.crmkit.jdbc;

import io.crmkit.spi.contract.SegmentEquivalenceProperties;
import io.crmkit.storage.Storage;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** The {@code SegmentEquivalenceProperties} kit on PostgreSQL. */
@AddLifecycleHook(PostgresRequired.class)
class PostgresSegmentEquivalenceProperties implements SegmentEquivalenceProperties {
    @Override
    public Storage storage() {
        return TestStorages.postgres().storage();
    }
}
