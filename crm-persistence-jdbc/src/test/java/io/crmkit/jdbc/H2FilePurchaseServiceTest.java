package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.PurchaseServiceContract;
import io.crmkit.storage.Storage;

/** The {@code PurchaseServiceContract} kit on the H2 file database. */
class H2FilePurchaseServiceTest extends PurchaseServiceContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2File().storage();
    }
}
