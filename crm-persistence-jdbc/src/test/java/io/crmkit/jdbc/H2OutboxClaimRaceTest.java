package io.crmkit.jdbc;

import io.crmkit.spi.contract.OutboxClaimRaceContract;
import io.crmkit.storage.Storage;

/** The {@code OutboxClaimRaceContract} kit on the H2 in-memory database. */
class H2OutboxClaimRaceTest extends OutboxClaimRaceContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2Memory().storage();
    }
}
