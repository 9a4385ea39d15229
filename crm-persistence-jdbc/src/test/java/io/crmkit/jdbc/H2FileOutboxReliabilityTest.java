package io.crmkit.jdbc;

import io.crmkit.spi.contract.OutboxReliabilityContract;
import io.crmkit.storage.Storage;

/** The {@code OutboxReliabilityContract} kit on the H2 file database. */
class H2FileOutboxReliabilityTest extends OutboxReliabilityContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2File().storage();
    }
}
