package io.crmkit.kit.inmemory;

import io.crmkit.spi.memory.InMemoryStorage;
import io.crmkit.storage.Storage;

/**
 * One storage for every contract test class, as an adapter with costly set-up would share
 * it: proves the kit needs neither an empty store nor one per test.
 */
final class SharedInMemoryStorage {
    static final Storage STORAGE = new InMemoryStorage();

    private SharedInMemoryStorage() {
    }
}
