package io.crmkit.spi;

import io.crmkit.spi.contract.UnitOfWorkProperties;
import io.crmkit.storage.Storage;

/** The {@code UnitOfWorkProperties} kit on the in-memory adapter (the reference against itself: a check of the kit). */
class InMemoryUnitOfWorkProperties implements UnitOfWorkProperties {
    @Override
    public Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
