package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.ClassificationContract;
import io.crmkit.storage.Storage;

/** The {@code ClassificationContract} kit on the H2 file database. */
class H2FileClassificationTest extends ClassificationContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2File().storage();
    }
}
