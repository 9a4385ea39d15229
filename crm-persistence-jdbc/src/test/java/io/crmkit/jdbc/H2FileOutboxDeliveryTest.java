package io.crmkit.jdbc;

import io.crmkit.spi.contract.OutboxDeliveryContract;
import io.crmkit.storage.Storage;

/** The {@code OutboxDeliveryContract} kit on the H2 file database. */
class H2FileOutboxDeliveryTest extends OutboxDeliveryContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2File().storage();
    }
}
