package io.crmkit.jdbc;

import io.crmkit.spi.contract.OutboxClaimRaceContract;
import io.crmkit.storage.Storage;

/** The {@code OutboxClaimRaceContract} kit on the H2 file database. */
class H2FileOutboxClaimRaceTest extends OutboxClaimRaceContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2File().storage();
    }
}
