package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.CustomerInputProperties;
import io.crmkit.storage.Storage;

/** The {@code CustomerInputProperties} kit on the H2 in-memory database. */
class H2CustomerInputProperties implements CustomerInputProperties {
    @Override
    public Storage storage() {
        return TestStorages.h2Memory().storage();
    }
}
