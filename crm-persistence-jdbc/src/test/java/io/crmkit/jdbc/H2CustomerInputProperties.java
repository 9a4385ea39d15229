package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.CustomerInputProperties;
import io.crmkit.storage.Storage;

class H2CustomerInputProperties implements CustomerInputProperties {
    @Override
    public Storage storage() {
        return H2Storages.memory();
    }
}
