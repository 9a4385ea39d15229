package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.InteractionPortsContract;
import io.crmkit.storage.Storage;

/** The {@code InteractionPortsContract} kit on the H2 file database. */
class H2FileInteractionPortsTest extends InteractionPortsContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2File().storage();
    }
}
