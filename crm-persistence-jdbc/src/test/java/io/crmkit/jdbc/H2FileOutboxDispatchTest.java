package io.crmkit.jdbc;

import io.crmkit.spi.contract.OutboxDispatchContract;
import io.crmkit.storage.Storage;

/** The {@code OutboxDispatchContract} kit on the H2 file database. */
class H2FileOutboxDispatchTest extends OutboxDispatchContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2File().storage();
    }
}
