package io.crmkit.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A run's states: a running run has a lease and no end, an ended one the reverse; counts add up over attempts. */
class JobRunTest {
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant DUE = NOW.minus(Duration.ofHours(6));
    private static final Instant LEASE = NOW.plus(Duration.ofMinutes(5));

    @Test
    void movesThroughItsStates() {
        JobRun run = JobRun.claimed("reclassification", DUE, "a", NOW, LEASE);
        assertThat(run.status()).isEqualTo(JobRunStatus.RUNNING);
        assertThat(run.attempt()).isEqualTo(1);
        JobRun advanced = run.advanced(200, 1, "c1", LEASE.plusSeconds(1), Optional.of("x: y"));
        assertThat(advanced.resumeAfter()).contains("c1");
        JobRun taken = advanced.takenOver("b", LEASE.plusSeconds(600));
        assertThat(taken.attempt()).isEqualTo(2);
        assertThat(taken.owner()).isEqualTo("b");
        assertThat(taken.processed()).isEqualTo(200);
        JobRun done = taken.finished(50, 0, LEASE.plusSeconds(700), Optional.empty());
        assertThat(done.status()).isEqualTo(JobRunStatus.FINISHED);
        assertThat(done.processed()).isEqualTo(250);
        assertThat(done.failed()).isEqualTo(1);
        assertThat(done.lastError()).contains("x: y");
        assertThat(done.leaseUntil()).isEmpty();
        assertThat(done.finishedAt()).contains(LEASE.plusSeconds(700));
        assertThat(run.failedWith(NOW, "boom").status()).isEqualTo(JobRunStatus.FAILED);
        assertThat(run.released(NOW).leaseUntil()).contains(NOW);
    }

    @Test
    void refusesInconsistentStates() {
        assertThatThrownBy(() -> new JobRun("reclassification", DUE, JobRunStatus.RUNNING, "a", 1, Optional.empty(), NOW,
                Optional.empty(), 0, 0, Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JobRun("reclassification", DUE, JobRunStatus.FINISHED, "a", 1, Optional.of(LEASE), NOW,
                Optional.of(NOW), 0, 0, Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JobRun.claimed("Bad", DUE, "a", NOW, LEASE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JobRun.claimed("ok", DUE, " ", NOW, LEASE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JobRun.claimed("ok", DUE, "a", NOW, LEASE).advanced(1, 0, "x".repeat(1001), LEASE,
                Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cutsLongErrors() {
        JobRun run = JobRun.claimed("ok", DUE, "a", NOW, LEASE).failedWith(NOW, "e".repeat(5000) + "\u0000");
        assertThat(run.lastError().orElseThrow()).hasSize(JobLimits.MAX_ERROR_LENGTH);
    }
}
