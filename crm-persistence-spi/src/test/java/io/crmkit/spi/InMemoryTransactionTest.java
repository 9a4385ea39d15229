package io.crmkit.spi;

import io.crmkit.spi.contract.TransactionContract;
import io.crmkit.storage.Storage;

class InMemoryTransactionTest extends TransactionContract {
    @Override
    protected Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
