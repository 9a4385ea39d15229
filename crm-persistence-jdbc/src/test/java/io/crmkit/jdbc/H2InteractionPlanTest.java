package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.InteractionPlanContract;
import io.crmkit.storage.Storage;

/** The {@code InteractionPlanContract} kit on H2 in memory. */
class H2InteractionPlanTest extends InteractionPlanContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2Memory().storage();
    }
}
