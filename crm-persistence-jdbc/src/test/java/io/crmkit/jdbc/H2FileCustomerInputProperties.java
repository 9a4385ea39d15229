package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.CustomerInputProperties;
import io.crmkit.storage.Storage;

/** The {@code CustomerInputProperties} kit on the H2 file database. */
class H2FileCustomerInputProperties implements CustomerInputProperties {
    @Override
    public Storage storage() {
        return TestStorages.h2File().storage();
    }
}
