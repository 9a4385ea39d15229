package io.crmkit.spi;

import io.crmkit.spi.contract.service.TagServiceContract;
import io.crmkit.storage.Storage;

class InMemoryTagServiceTest extends TagServiceContract {
    @Override
    protected Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
