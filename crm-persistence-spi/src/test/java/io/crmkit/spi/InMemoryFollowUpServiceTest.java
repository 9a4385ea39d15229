package io.crmkit.spi;

import io.crmkit.spi.contract.service.FollowUpServiceContract;
import io.crmkit.storage.Storage;

class InMemoryFollowUpServiceTest extends FollowUpServiceContract {
    @Override
    protected Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
