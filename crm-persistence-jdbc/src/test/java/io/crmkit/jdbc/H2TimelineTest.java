package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.TimelineContract;
import io.crmkit.storage.Storage;

/** The {@code TimelineContract} kit on H2 in memory. */
class H2TimelineTest extends TimelineContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2Memory().storage();
    }
}
