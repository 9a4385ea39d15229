package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.ConcurrentUpdateContract;
import io.crmkit.storage.Storage;

class H2ConcurrentUpdateTest extends ConcurrentUpdateContract {
    @Override
    protected Storage storage() {
        return H2Storages.memory();
    }
}
