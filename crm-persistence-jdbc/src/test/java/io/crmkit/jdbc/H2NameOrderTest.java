package io.crmkit.jdbc;

/** Name order and text search on the H2 in-memory database. */
class H2NameOrderTest extends NameOrderChecks {
    @Override
    protected TestStorages.TestDatabase database() {
        return TestStorages.h2Memory();
    }
}
