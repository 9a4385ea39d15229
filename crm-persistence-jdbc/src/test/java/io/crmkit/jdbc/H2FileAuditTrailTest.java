package io.crmkit.jdbc;

import io.crmkit.spi.contract.AuditTrailContract;
import io.crmkit.storage.Storage;

/** The {@code AuditTrailContract} kit on the H2 file database. */
class H2FileAuditTrailTest extends AuditTrailContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2File().storage();
    }
}
