package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.PurchaseServiceContract;
import io.crmkit.storage.Storage;

/** The {@code PurchaseServiceContract} kit on PostgreSQL. */
class PostgresPurchaseServiceTest extends PurchaseServiceContract {
    @Override
    protected Storage storage() {
        return TestStorages.postgres().storage();
    }
}
