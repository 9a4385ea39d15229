package io.crmkit.spi;

import io.crmkit.spi.contract.TransactionContract;
import io.crmkit.spi.memory.InMemoryStorage;
import io.crmkit.storage.Storage;

class InMemoryTransactionTest extends TransactionContract {
    private static final Storage STORAGE = new InMemoryStorage();

    @Override
    protected Storage storage() {
        return STORAGE;
    }
}
