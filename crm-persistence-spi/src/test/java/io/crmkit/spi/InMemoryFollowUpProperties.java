package io.crmkit.spi;

import io.crmkit.spi.contract.service.FollowUpProperties;
import io.crmkit.storage.Storage;

class InMemoryFollowUpProperties implements FollowUpProperties {
    @Override
    public Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
