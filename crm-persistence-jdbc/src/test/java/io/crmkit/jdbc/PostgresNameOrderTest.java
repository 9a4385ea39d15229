package io.crmkit.jdbc;

/** Name order and text search on PostgreSQL. */
class PostgresNameOrderTest extends NameOrderChecks {
    @Override
    protected TestStorages.TestDatabase database() {
        return TestStorages.postgres();
    }
}
