package io.crmkit.spi;

import io.crmkit.spi.contract.AuditTrailContract;
import io.crmkit.storage.Storage;

class InMemoryAuditTrailTest extends AuditTrailContract {
    @Override
    protected Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
