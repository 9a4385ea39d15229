package io.crmkit.jdbc;

/** The H2 storage the tests share: one in-memory database, migrated once. */
final class H2Storages {
    private static final JdbcStorage MEMORY = JdbcStorage.h2InMemory("crmkit-tests");

    private H2Storages() {
    }

    static JdbcStorage memory() {
        return MEMORY;
    }
}
