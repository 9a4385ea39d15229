package io.crmkit.jdbc;

import io.crmkit.spi.contract.CustomersContract;
import io.crmkit.storage.Storage;

class H2CustomersTest extends CustomersContract {
    @Override
    protected Storage storage() {
        return H2Storages.memory();
    }
}
