package io.crmkit.spi;

import io.crmkit.spi.contract.service.TimelineContract;
import io.crmkit.storage.Storage;

class InMemoryTimelineTest extends TimelineContract {
    @Override
    protected Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
