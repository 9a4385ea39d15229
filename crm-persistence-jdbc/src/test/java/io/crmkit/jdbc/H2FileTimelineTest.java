package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.TimelineContract;
import io.crmkit.storage.Storage;

/** The {@code TimelineContract} kit on the H2 file database. */
class H2FileTimelineTest extends TimelineContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2File().storage();
    }
}
