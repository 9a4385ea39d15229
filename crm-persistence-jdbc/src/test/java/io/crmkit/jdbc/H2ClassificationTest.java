package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.ClassificationContract;
import io.crmkit.storage.Storage;

/** The {@code ClassificationContract} kit on H2 in memory. */
class H2ClassificationTest extends ClassificationContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2Memory().storage();
    }
}
