package io.crmkit.jdbc;

import io.crmkit.spi.contract.RoundTripProperties;
import io.crmkit.storage.Storage;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** The {@code RoundTripProperties} kit on PostgreSQL. */
@AddLifecycleHook(PostgresRequired.class)
class PostgresRoundTripProperties implements RoundTripProperties {
    @Override
    public Storage storage() {
        return TestStorages.postgres().storage();
    }
}
