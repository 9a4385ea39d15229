package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.LifecycleContract;
import io.crmkit.storage.Storage;

/** The {@code LifecycleContract} kit on the H2 file database. */
class H2FileLifecycleTest extends LifecycleContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2File().storage();
    }
}
