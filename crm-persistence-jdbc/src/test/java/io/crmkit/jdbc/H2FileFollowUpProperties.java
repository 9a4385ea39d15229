package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.FollowUpProperties;
import io.crmkit.storage.Storage;

/** The {@code FollowUpProperties} kit on the H2 file database. */
class H2FileFollowUpProperties implements FollowUpProperties {
    @Override
    public Storage storage() {
        return TestStorages.h2File().storage();
    }
}
