package io.crmkit.jdbc;

/** Pending writes on the H2 in-memory database: sent one by one. */
class H2PendingWritesTest extends PendingWritesChecks {
    @Override
    protected TestStorages.TestDatabase database() {
        return TestStorages.h2Memory();
    }

    @Override
    protected int executionsFor(int writes) {
        return writes;
    }
}
