package io.crmkit.jdbc;

import io.crmkit.spi.contract.OutboxClaimRaceContract;
import io.crmkit.storage.Storage;

/** The {@code OutboxClaimRaceContract} kit on PostgreSQL. */
class PostgresOutboxClaimRaceTest extends OutboxClaimRaceContract {
    @Override
    protected Storage storage() {
        return TestStorages.postgres().storage();
    }
}
