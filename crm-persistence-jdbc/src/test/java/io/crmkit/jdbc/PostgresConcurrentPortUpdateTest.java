package io.crmkit.jdbc;

/** Concurrent writers of one customer through the port on PostgreSQL. */
class PostgresConcurrentPortUpdateTest extends ConcurrentPortUpdateChecks {
    @Override
    protected TestStorages.TestDatabase database() {
        return TestStorages.postgres();
    }
}
