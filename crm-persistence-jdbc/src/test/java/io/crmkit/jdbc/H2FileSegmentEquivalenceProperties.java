package io.crmkit.jdbc;

import io.crmkit.spi.contract.SegmentEquivalenceProperties;
import io.crmkit.storage.Storage;

/** The {@code SegmentEquivalenceProperties} kit on the H2 file database. */
class H2FileSegmentEquivalenceProperties implements SegmentEquivalenceProperties {
    @Override
    public Storage storage() {
        return TestStorages.h2File().storage();
    }
}
