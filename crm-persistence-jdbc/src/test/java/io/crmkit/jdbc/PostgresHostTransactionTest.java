package io.crmkit.jdbc;

/** Joining a host's transaction on PostgreSQL. */
class PostgresHostTransactionTest extends HostTransactionChecks {
    @Override
    protected TestStorages.TestDatabase database() {
        return TestStorages.postgres();
    }
}
