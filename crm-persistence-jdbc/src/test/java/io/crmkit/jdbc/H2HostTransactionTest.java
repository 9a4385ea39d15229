package io.crmkit.jdbc;

/** Joining a host's transaction on the H2 in-memory database. */
class H2HostTransactionTest extends HostTransactionChecks {
    @Override
    protected TestStorages.TestDatabase database() {
        return TestStorages.h2Memory();
    }
}
