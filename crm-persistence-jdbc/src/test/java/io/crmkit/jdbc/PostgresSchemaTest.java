package io.crmkit.jdbc;

/** The migrated schema on PostgreSQL. */
class PostgresSchemaTest extends SchemaChecks {
    @Override
    protected TestStorages.TestDatabase database() {
        return TestStorages.postgres();
    }

    @Override
    protected String nameOrderColumn() {
        return "name";
    }
}
