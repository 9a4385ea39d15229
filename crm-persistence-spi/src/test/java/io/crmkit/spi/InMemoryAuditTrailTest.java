package io.crmkit.spi;

import io.crmkit.spi.contract.AuditTrailContract;
import io.crmkit.spi.memory.InMemoryStorage;
import io.crmkit.storage.Storage;

class InMemoryAuditTrailTest extends AuditTrailContract {
    private static final Storage STORAGE = new InMemoryStorage();

    @Override
    protected Storage storage() {
        return STORAGE;
    }
}
