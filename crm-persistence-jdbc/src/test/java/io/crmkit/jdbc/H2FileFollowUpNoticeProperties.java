package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.FollowUpNoticeProperties;
import io.crmkit.storage.Storage;

/** The {@code FollowUpNoticeProperties} kit on the H2 file database. */
class H2FileFollowUpNoticeProperties implements FollowUpNoticeProperties {
    @Override
    public Storage storage() {
        return TestStorages.h2File().storage();
    }
}
