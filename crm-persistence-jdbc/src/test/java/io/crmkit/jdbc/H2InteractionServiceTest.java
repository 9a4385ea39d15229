package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.InteractionServiceContract;
import io.crmkit.storage.Storage;

/** The {@code InteractionServiceContract} kit on H2 in memory. */
class H2InteractionServiceTest extends InteractionServiceContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2Memory().storage();
    }
}
