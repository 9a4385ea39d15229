package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.InteractionPlanContract;
import io.crmkit.storage.Storage;

/** The {@code InteractionPlanContract} kit on the H2 file database. */
class H2FileInteractionPlanTest extends InteractionPlanContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2File().storage();
    }
}
