package io.crmkit.jdbc;

/** The migrated schema on H2. */
class H2SchemaTest extends SchemaChecks {
    @Override
    protected TestStorages.TestDatabase database() {
        return TestStorages.h2Memory();
    }

    @Override
    protected String nameOrderColumn() {
        return "name_key";
    }
}
