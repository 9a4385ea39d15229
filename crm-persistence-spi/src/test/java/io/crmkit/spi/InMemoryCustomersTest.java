package io.crmkit.spi;

import io.crmkit.spi.contract.CustomersContract;
import io.crmkit.spi.memory.InMemoryStorage;
import io.crmkit.storage.Storage;

class InMemoryCustomersTest extends CustomersContract {
    private static final Storage STORAGE = new InMemoryStorage();

    @Override
    protected Storage storage() {
        return STORAGE;
    }
}
