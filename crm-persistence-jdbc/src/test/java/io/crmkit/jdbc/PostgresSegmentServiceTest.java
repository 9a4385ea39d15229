package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.SegmentServiceContract;
import io.crmkit.storage.Storage;

/** The {@code SegmentServiceContract} kit on PostgreSQL. */
class PostgresSegmentServiceTest extends SegmentServiceContract {
    @Override
    protected Storage storage() {
        return TestStorages.postgres().storage();
    }
}
