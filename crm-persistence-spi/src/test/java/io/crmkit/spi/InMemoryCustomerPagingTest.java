package io.crmkit.spi;

import io.crmkit.spi.contract.CustomerPagingContract;
import io.crmkit.storage.Storage;

class InMemoryCustomerPagingTest extends CustomerPagingContract {
    @Override
    protected Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
