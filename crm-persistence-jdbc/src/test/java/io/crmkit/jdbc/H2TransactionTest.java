package io.crmkit.jdbc;

import io.crmkit.spi.contract.TransactionContract;
import io.crmkit.storage.Storage;

class H2TransactionTest extends TransactionContract {
    @Override
    protected Storage storage() {
        return H2Storages.memory();
    }
}
