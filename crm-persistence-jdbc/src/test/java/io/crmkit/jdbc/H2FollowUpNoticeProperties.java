package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.FollowUpNoticeProperties;
import io.crmkit.storage.Storage;

/** The {@code FollowUpNoticeProperties} kit on H2 in memory. */
class H2FollowUpNoticeProperties implements FollowUpNoticeProperties {
    @Override
    public Storage storage() {
        return TestStorages.h2Memory().storage();
    }
}
