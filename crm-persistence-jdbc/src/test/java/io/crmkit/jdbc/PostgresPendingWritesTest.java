package io.crmkit.jdbc;

/** Pending writes on PostgreSQL: sent together, one execution per unit of work. */
class PostgresPendingWritesTest extends PendingWritesChecks {
    @Override
    protected TestStorages.TestDatabase database() {
        return TestStorages.postgres();
    }

    @Override
    protected int executionsFor(int writes) {
        return 1;
    }
}
