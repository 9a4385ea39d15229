package io.crmkit.jdbc;

import io.crmkit.spi.contract.OutboxContract;
import io.crmkit.storage.Storage;

/** The {@code OutboxContract} kit on the H2 file database. */
class H2FileOutboxTest extends OutboxContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2File().storage();
    }
}
