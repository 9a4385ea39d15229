package io.crmkit.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Runs each outbox benchmark variant once, with its teardown's checks (nothing lost; no
 * duplicates without crashes). No timing: this must pass on any machine.
 */
class OutboxBenchmarkSmokeTest {

    @Test
    @DisplayName("H2 and PostgreSQL: crmkit, the hand-written loop and crmkit with crashes each deliver every message")
    void variantsDeliverEverything() throws Exception {
        run("h2");
        Assumptions.assumeTrue(System.getenv("CRMKIT_BENCH_PG_URL") != null
                || Files.isDirectory(Path.of("/usr/lib/postgresql")), "no PostgreSQL");
        run("postgresql");
    }

    private static void run(String database) throws Exception {
        OutboxBenchmark bench = new OutboxBenchmark();
        bench.database = database;
        bench.batch = 100;
        bench.open();
        try {
            bench.load();
            assertThat(bench.crmkit()).isEqualTo(OutboxBenchmark.MESSAGES);
            bench.verify();
            bench.load();
            assertThat(bench.handWritten()).isEqualTo(OutboxBenchmark.MESSAGES);
            bench.verify();
            if ("postgresql".equals(database)) {
                bench.load();
                assertThat(bench.handWrittenSetBased()).isEqualTo(OutboxBenchmark.MESSAGES);
                bench.verify();
            }
            bench.load();
            assertThat(bench.crmkitWithCrash()).isEqualTo(OutboxBenchmark.MESSAGES);
            bench.verify();
        } finally {
            bench.close();
        }
    }
}
