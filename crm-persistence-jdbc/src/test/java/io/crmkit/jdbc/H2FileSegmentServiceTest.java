package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.SegmentServiceContract;
import io.crmkit.storage.Storage;

/** The {@code SegmentServiceContract} kit on the H2 file database. */
class H2FileSegmentServiceTest extends SegmentServiceContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2File().storage();
    }
}
