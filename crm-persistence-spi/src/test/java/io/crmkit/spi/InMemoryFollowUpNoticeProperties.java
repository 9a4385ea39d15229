package io.crmkit.spi;

import io.crmkit.spi.contract.service.FollowUpNoticeProperties;
import io.crmkit.storage.Storage;

class InMemoryFollowUpNoticeProperties implements FollowUpNoticeProperties {
    @Override
    public Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
