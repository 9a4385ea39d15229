package io.crmkit.jdbc;

import io.crmkit.spi.contract.RoundTripProperties;
import io.crmkit.storage.Storage;

/** The {@code RoundTripProperties} kit on the H2 file database. */
class H2FileRoundTripProperties implements RoundTripProperties {
    @Override
    public Storage storage() {
        return TestStorages.h2File().storage();
    }
}
