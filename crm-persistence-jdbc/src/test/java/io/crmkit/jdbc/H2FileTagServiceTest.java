package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.TagServiceContract;
import io.crmkit.storage.Storage;

/** The {@code TagServiceContract} kit on the H2 file database. */
class H2FileTagServiceTest extends TagServiceContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2File().storage();
    }
}
