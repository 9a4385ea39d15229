package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.FollowUpServiceContract;
import io.crmkit.storage.Storage;

/** The {@code FollowUpServiceContract} kit on the H2 file database. */
class H2FileFollowUpServiceTest extends FollowUpServiceContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2File().storage();
    }
}
