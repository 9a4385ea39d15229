package io.crmkit.jdbc;

import io.crmkit.spi.contract.AuditTrailContract;
import io.crmkit.storage.Storage;

class H2AuditTrailTest extends AuditTrailContract {
    @Override
    protected Storage storage() {
        return H2Storages.memory();
    }
}
