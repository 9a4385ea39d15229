package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.InteractionPortsContract;
import io.crmkit.storage.Storage;

/** The {@code InteractionPortsContract} kit on H2 in memory. */
class H2InteractionPortsTest extends InteractionPortsContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2Memory().storage();
    }
}
