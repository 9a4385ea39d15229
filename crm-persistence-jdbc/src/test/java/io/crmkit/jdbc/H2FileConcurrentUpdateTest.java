package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.ConcurrentUpdateContract;
import io.crmkit.storage.Storage;

/** The {@code ConcurrentUpdateContract} kit on the H2 file database. */
class H2FileConcurrentUpdateTest extends ConcurrentUpdateContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2File().storage();
    }
}
