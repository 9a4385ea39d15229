package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.LifecycleContract;
import io.crmkit.storage.Storage;

/** The {@code LifecycleContract} kit on H2 in memory. */
class H2LifecycleTest extends LifecycleContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2Memory().storage();
    }
}
