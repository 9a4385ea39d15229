package io.crmkit.jdbc;

import io.crmkit.spi.contract.UnitOfWorkProperties;
import io.crmkit.storage.Storage;

/** The {@code UnitOfWorkProperties} kit on the H2 file database. */
class H2FileUnitOfWorkProperties implements UnitOfWorkProperties {
    @Override
    public Storage storage() {
        return TestStorages.h2File().storage();
    }
}
