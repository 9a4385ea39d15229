package io.crmkit.jdbc;

import io.crmkit.spi.contract.OutboxContract;
import io.crmkit.storage.Storage;

class H2OutboxTest extends OutboxContract {
    @Override
    protected Storage storage() {
        return H2Storages.memory();
    }
}
