package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.PurchaseServiceContract;
import io.crmkit.storage.Storage;

/** The {@code PurchaseServiceContract} kit on H2 in memory. */
class H2PurchaseServiceTest extends PurchaseServiceContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2Memory().storage();
    }
}
