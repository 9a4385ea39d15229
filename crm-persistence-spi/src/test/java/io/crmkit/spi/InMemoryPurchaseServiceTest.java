package io.crmkit.spi;

import io.crmkit.spi.contract.service.PurchaseServiceContract;
import io.crmkit.storage.Storage;

class InMemoryPurchaseServiceTest extends PurchaseServiceContract {
    @Override
    protected Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
