package io.crmkit.jdbc;

import io.crmkit.spi.contract.SegmentEquivalenceProperties;
import io.crmkit.storage.Storage;

/** The {@code SegmentEquivalenceProperties} kit on the H2 in-memory database. */
class H2SegmentEquivalenceProperties implements SegmentEquivalenceProperties {
    @Override
    public Storage storage() {
        return TestStorages.h2Memory().storage();
    }
}
