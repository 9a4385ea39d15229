package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.TagServiceContract;
import io.crmkit.storage.Storage;

/** The {@code TagServiceContract} kit on H2 in memory. */
class H2TagServiceTest extends TagServiceContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2Memory().storage();
    }
}
