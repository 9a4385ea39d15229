package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.InteractionPlanContract;
import io.crmkit.storage.Storage;

/** The {@code InteractionPlanContract} kit on PostgreSQL. */
class PostgresInteractionPlanTest extends InteractionPlanContract {
    @Override
    protected Storage storage() {
        return TestStorages.postgres().storage();
    }
}
