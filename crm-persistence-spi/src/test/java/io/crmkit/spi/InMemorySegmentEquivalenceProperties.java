package io.crmkit.spi;

import io.crmkit.spi.contract.SegmentEquivalenceProperties;
import io.crmkit.storage.Storage;

class InMemorySegmentEquivalenceProperties implements SegmentEquivalenceProperties {
    @Override
    public Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
