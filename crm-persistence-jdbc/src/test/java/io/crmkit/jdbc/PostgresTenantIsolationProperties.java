package io.crmkit.jdbc;

import io.crmkit.spi.contract.TenantIsolationProperties;
import io.crmkit.storage.Storage;

class PostgresTenantIsolationProperties implements TenantIsolationProperties {
    @Override
    public Storage storage() {
        return PostgresTestServer.storage();
    }
}
