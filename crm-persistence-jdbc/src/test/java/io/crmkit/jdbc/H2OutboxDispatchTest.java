package io.crmkit.jdbc;

import io.crmkit.spi.contract.OutboxDispatchContract;
import io.crmkit.storage.Storage;

/** The {@code OutboxDispatchContract} kit on the H2 in-memory database. */
class H2OutboxDispatchTest extends OutboxDispatchContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2Memory().storage();
    }
}
