package io.crmkit.jdbc;

import io.crmkit.spi.contract.AuditTrailContract;
import io.crmkit.storage.Storage;

class PostgresAuditTrailTest extends AuditTrailContract {
    @Override
    protected Storage storage() {
        return PostgresTestServer.storage();
    }
}
