package io.crmkit.jdbc;

import io.crmkit.spi.contract.AuditTrailContract;
import io.crmkit.storage.Storage;

/** The {@code AuditTrailContract} kit on PostgreSQL. */
class PostgresAuditTrailTest extends AuditTrailContract {
    @Override
    protected Storage storage() {
        return TestStorages.postgres().storage();
    }
}
