package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.InteractionServiceContract;
import io.crmkit.storage.Storage;

/** The {@code InteractionServiceContract} kit on the H2 file database. */
class H2FileInteractionServiceTest extends InteractionServiceContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2File().storage();
    }
}
