package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.FollowUpServiceContract;
import io.crmkit.storage.Storage;

/** The {@code FollowUpServiceContract} kit on H2 in memory. */
class H2FollowUpServiceTest extends FollowUpServiceContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2Memory().storage();
    }
}
