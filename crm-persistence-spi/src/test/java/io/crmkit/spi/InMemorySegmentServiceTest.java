package io.crmkit.spi;

import io.crmkit.spi.contract.service.SegmentServiceContract;
import io.crmkit.storage.Storage;

class InMemorySegmentServiceTest extends SegmentServiceContract {
    @Override
    protected Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
