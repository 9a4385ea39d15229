package io.crmkit.spi;

import io.crmkit.spi.contract.CustomerSearchContract;
import io.crmkit.storage.Storage;

class InMemoryCustomerSearchTest extends CustomerSearchContract {
    @Override
    protected Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
