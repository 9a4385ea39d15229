package io.crmkit.jdbc;

/** Statements on PostgreSQL: sent together. */
class PostgresSentTogetherTest extends SentTogetherChecks {
    @Override
    protected TestStorages.TestDatabase database() {
        return TestStorages.postgres();
    }

    @Override
    protected boolean together() {
        return true;
    }
}
