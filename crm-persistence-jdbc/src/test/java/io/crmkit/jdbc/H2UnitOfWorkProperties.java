package io.crmkit.jdbc;

import io.crmkit.spi.contract.UnitOfWorkProperties;
import io.crmkit.storage.Storage;

/** The {@code UnitOfWorkProperties} kit on the H2 in-memory database. */
class H2UnitOfWorkProperties implements UnitOfWorkProperties {
    @Override
    public Storage storage() {
        return TestStorages.h2Memory().storage();
    }
}
