package io.crmkit.jdbc;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * For jqwik property classes on PostgreSQL: jqwik counts an aborted JUnit assumption inside a
 * try as a rejected try, so "no server" would end as a misleading "exhausted" failure. This
 * hook skips the whole class up front instead, loudly, unless on CI, where the properties run
 * and fail with the message saying how to provide a server.
 */
public final class PostgresRequired implements SkipExecutionHook {

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        if (TestStorages.postgresIfAvailable().isPresent() || TestStorages.failsWithoutPostgres()) {
            return SkipResult.doNotSkip();
        }
        TestStorages.warnOnce();
        return SkipResult.skip(TestStorages.postgresMissing());
    }
}
