package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.SegmentServiceContract;
import io.crmkit.storage.Storage;

/** The {@code SegmentServiceContract} kit on H2 in memory. */
class H2SegmentServiceTest extends SegmentServiceContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2Memory().storage();
    }
}
