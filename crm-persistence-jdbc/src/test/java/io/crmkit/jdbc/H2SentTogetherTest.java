package io.crmkit.jdbc;

/** Statements on the H2 in-memory database: sent one by one. */
class H2SentTogetherTest extends SentTogetherChecks {
    @Override
    protected TestStorages.TestDatabase database() {
        return TestStorages.h2Memory();
    }

    @Override
    protected boolean together() {
        return false;
    }
}
