package io.crmkit.kit.inmemory;

import io.crmkit.kit.StorageCompatibilityKit;
import io.crmkit.storage.Storage;

/**
 * The whole kit on the in-memory reference adapter: the reference against itself, a check of
 * the kit. One storage for every test, as an adapter with costly set-up would share it.
 */
class InMemoryStorageCompatibilityTest extends StorageCompatibilityKit {
    @Override
    protected Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
