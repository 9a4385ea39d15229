package io.crmkit.spi;

import io.crmkit.spi.contract.CustomersContract;
import io.crmkit.storage.Storage;

class InMemoryCustomersTest extends CustomersContract {
    @Override
    protected Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
