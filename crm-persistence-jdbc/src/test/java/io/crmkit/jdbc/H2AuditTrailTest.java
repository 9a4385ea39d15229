package io.crmkit.jdbc;

import io.crmkit.spi.contract.AuditTrailContract;
import io.crmkit.storage.Storage;

/** The {@code AuditTrailContract} kit on the H2 in-memory database. */
class H2AuditTrailTest extends AuditTrailContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2Memory().storage();
    }
}
