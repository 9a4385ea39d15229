package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.CustomerInputProperties;
import io.crmkit.storage.Storage;

class PostgresCustomerInputProperties implements CustomerInputProperties {
    @Override
    public Storage storage() {
        return PostgresTestServer.storage();
    }
}
