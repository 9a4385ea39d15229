package io.crmkit.spi.memory;

import io.crmkit.schedule.JobLimits;
import io.crmkit.schedule.JobRun;
import io.crmkit.schedule.JobRunStatus;
import io.crmkit.schedule.JobRuns;
import io.crmkit.shared.Cursor;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The in-memory runs of scheduled jobs of one tenant (per job, by due time), seen through one
 * transaction. The storage's lock serialises transactions, so a claim's read and write need no
 * further guard: of racing claimers, the first takes the run and the others see it taken.
 */
final class MemoryJobRuns implements JobRuns {
    private static final String AFTER = "page.after";

    private final Map<String, TreeMap<Instant, JobRun>> runs;
    private final Deque<Runnable> undo;
    private final Runnable checkOpen;

    MemoryJobRuns(Map<String, TreeMap<Instant, JobRun>> runs, Deque<Runnable> undo, Runnable checkOpen) {
        this.runs = runs;
        this.undo = undo;
        this.checkOpen = checkOpen;
    }

    @Override
    public Optional<JobRun> claim(String job, Instant dueAt, String owner, Instant now, Instant leaseUntil) {
        checkOpen.run();
        JobLimits.checkName(job);
        JobLimits.checkOwner(owner);
        Objects.requireNonNull(dueAt, "dueAt");
        if (!leaseUntil.isAfter(now)) {
            throw new IllegalArgumentException("a lease ends after now");
        }
        Optional<JobRun> current = find(job, dueAt);
        if (current.isEmpty()) {
            return Optional.of(put(JobRun.claimed(job, dueAt, owner, now, leaseUntil), null));
        }
        JobRun run = current.get();
        if (run.status() == JobRunStatus.RUNNING && !run.leaseUntil().orElseThrow().isAfter(now)) {
            return Optional.of(put(run.takenOver(owner, leaseUntil), run));
        }
        return Optional.empty();
    }

    @Override
    public boolean update(JobRun run) {
        checkOpen.run();
        Optional<JobRun> stored = find(run.job(), run.dueAt());
        if (stored.isEmpty() || stored.get().status() != JobRunStatus.RUNNING || !stored.get().owner().equals(run.owner())
                || stored.get().attempt() != run.attempt()) {
            return false;
        }
        JobRun current = stored.get();
        // What a claim fixed stays as stored: key, owner, attempt and start.
        put(new JobRun(current.job(), current.dueAt(), run.status(), current.owner(), current.attempt(), run.leaseUntil(),
                current.startedAt(), run.finishedAt(), run.processed(), run.failed(), run.resumeAfter(), run.lastError()),
                current);
        return true;
    }

    private JobRun put(JobRun run, JobRun before) {
        TreeMap<Instant, JobRun> byDue = runs.computeIfAbsent(run.job(), j -> new TreeMap<>());
        byDue.put(run.dueAt(), run);
        undo.push(() -> {
            if (before == null) {
                byDue.remove(run.dueAt());
            } else {
                byDue.put(before.dueAt(), before);
            }
        });
        return run;
    }

    @Override
    public Optional<JobRun> find(String job, Instant dueAt) {
        checkOpen.run();
        TreeMap<Instant, JobRun> byDue = runs.get(job);
        return byDue == null ? Optional.empty() : Optional.ofNullable(byDue.get(dueAt));
    }

    @Override
    public Page<JobRun> runs(String job, PageRequest page) {
        checkOpen.run();
        Optional<Instant> after = page.after().map(MemoryJobRuns::dueKey);
        NavigableMap<Instant, JobRun> byDue = runs.getOrDefault(job, new TreeMap<>()).descendingMap();
        if (after.isPresent()) {
            byDue = byDue.tailMap(after.get(), false);
        }
        List<JobRun> rows = new ArrayList<>();
        for (JobRun r : byDue.values()) {
            if (rows.size() > page.size()) {
                break;
            }
            rows.add(r);
        }
        return Page.ofLookahead(rows, page.size(), r -> Cursor.of(r.dueAt().toString()).encode());
    }

    static Instant dueKey(String token) {
        try {
            return Instant.parse(Cursor.decode(token, 1, AFTER).keys().get(0));
        } catch (DateTimeException e) {
            throw Cursor.invalid(AFTER);
        }
    }
}
