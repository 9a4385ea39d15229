package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.FollowUpProperties;
import io.crmkit.storage.Storage;

/** The {@code FollowUpProperties} kit on H2 in memory. */
class H2FollowUpProperties implements FollowUpProperties {
    @Override
    public Storage storage() {
        return TestStorages.h2Memory().storage();
    }
}
