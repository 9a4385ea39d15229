package io.crmkit.jdbc;

/** Concurrent writers of one customer through the port on the H2 in-memory database. */
class H2ConcurrentPortUpdateTest extends ConcurrentPortUpdateChecks {
    @Override
    protected TestStorages.TestDatabase database() {
        return TestStorages.h2Memory();
    }
}
