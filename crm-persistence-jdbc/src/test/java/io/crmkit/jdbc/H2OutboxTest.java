package io.crmkit.jdbc;

import io.crmkit.spi.contract.OutboxContract;
import io.crmkit.storage.Storage;

/** The {@code OutboxContract} kit on the H2 in-memory database. */
class H2OutboxTest extends OutboxContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2Memory().storage();
    }
}
