package io.crmkit.jdbc.schedule;

import io.crmkit.jdbc.internal.JdbcTransaction;
import io.crmkit.jdbc.internal.Sql;
import io.crmkit.schedule.JobLimits;
import io.crmkit.schedule.JobRun;
import io.crmkit.schedule.JobRunStatus;
import io.crmkit.schedule.JobRuns;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.Cursor;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link JobRuns} on {@code job_run}.
 *
 * <p>A claim reads the run's row {@code FOR UPDATE} (H2 and PostgreSQL alike): a concurrent
 * claim of the same run waits for this transaction and then reads what it wrote. A missing row
 * is inserted, and the primary key decides a race of two inserts (the loser's violation is a
 * {@link ConflictException}, which ends its transaction). An expired run is taken over with a
 * compare-and-set on the attempt read, so even a database whose locking let two claims read
 * the same row would hand it to one of them only. Every record is the same compare-and-set on
 * the owner and the attempt.
 */
final class JdbcJobRuns implements JobRuns {
    private static final String RUN = "job_run";
    private static final String AFTER = "page.after";
    private static final String RUNNING = JobRunStatus.RUNNING.name();
    private static final String COLUMNS = "job_name, due_at, status, lease_owner, attempt, lease_until, started_at,"
            + " finished_at, processed_count, failed_count, resume_after, last_error";
    private static final String KEY = " WHERE tenant_id = ? AND job_name = ? AND due_at = ?";

    private final JdbcTransaction tx;
    private final String tenant;

    JdbcJobRuns(JdbcTransaction tx) {
        this.tx = tx;
        this.tenant = tx.tenant().value();
    }

    @Override
    public Optional<JobRun> claim(String job, Instant dueAt, String owner, Instant now, Instant leaseUntil) {
        JobLimits.checkName(job);
        JobLimits.checkOwner(owner);
        Objects.requireNonNull(dueAt, "dueAt");
        if (!leaseUntil.isAfter(now)) {
            throw new IllegalArgumentException("a lease ends after now");
        }
        Optional<JobRun> current = select("SELECT " + COLUMNS + " FROM job_run" + KEY + " FOR UPDATE", job, dueAt);
        if (current.isEmpty()) {
            JobRun run = JobRun.claimed(job, dueAt, owner, now, leaseUntil);
            insert(run);
            return Optional.of(run);
        }
        JobRun run = current.get();
        if (run.status() != JobRunStatus.RUNNING || run.leaseUntil().orElseThrow().isAfter(now)) {
            return Optional.empty();
        }
        JobRun next = run.takenOver(owner, leaseUntil);
        try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE job_run SET lease_owner = ?, lease_until = ?,"
                + " attempt = ?" + KEY + " AND status = ? AND attempt = ? AND lease_until <= ?")) {
            ps.setString(1, owner);
            Sql.instant(ps, 2, leaseUntil);
            ps.setInt(3, next.attempt());
            bindKey(ps, 4, job, dueAt);
            ps.setString(7, RUNNING);
            ps.setInt(8, run.attempt());
            Sql.instant(ps, 9, now);
            return ps.executeUpdate() == 1 ? Optional.of(next) : Optional.empty();
        } catch (SQLException e) {
            throw Sql.failure("taking over a run of job " + job, e);
        }
    }

    private void insert(JobRun run) {
        try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO job_run (tenant_id, " + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, tenant);
            ps.setString(2, run.job());
            Sql.instant(ps, 3, run.dueAt());
            ps.setString(4, run.status().name());
            ps.setString(5, run.owner());
            ps.setInt(6, run.attempt());
            Sql.instant(ps, 7, run.leaseUntil().orElseThrow());
            Sql.instant(ps, 8, run.startedAt());
            ps.setNull(9, Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setLong(10, run.processed());
            ps.setLong(11, run.failed());
            ps.setNull(12, Types.VARCHAR);
            ps.setNull(13, Types.VARCHAR);
            ps.executeUpdate();
        } catch (SQLException e) {
            if (Sql.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // Another instance created the run between our read and our insert: it is theirs.
                throw ConflictException.alreadyExists(RUN, run.job() + "@" + run.dueAt());
            }
            throw Sql.failure("claiming a run of job " + run.job(), e);
        }
    }

    @Override
    public boolean update(JobRun run) {
        try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE job_run SET status = ?, lease_until = ?,"
                + " finished_at = ?, processed_count = ?, failed_count = ?, resume_after = ?, last_error = ?" + KEY
                + " AND status = ? AND lease_owner = ? AND attempt = ?")) {
            ps.setString(1, run.status().name());
            instant(ps, 2, run.leaseUntil());
            instant(ps, 3, run.finishedAt());
            ps.setLong(4, run.processed());
            ps.setLong(5, run.failed());
            Sql.text(ps, 6, run.resumeAfter());
            Sql.text(ps, 7, run.lastError());
            bindKey(ps, 8, run.job(), run.dueAt());
            ps.setString(11, RUNNING);
            ps.setString(12, run.owner());
            ps.setInt(13, run.attempt());
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Sql.failure("recording a run of job " + run.job(), e);
        }
    }

    @Override
    public Optional<JobRun> find(String job, Instant dueAt) {
        return select("SELECT " + COLUMNS + " FROM job_run" + KEY, job, dueAt);
    }

    private Optional<JobRun> select(String sql, String job, Instant dueAt) {
        try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            bindKey(ps, 1, job, dueAt);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(run(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw Sql.failure("reading a run of job " + job, e);
        }
    }

    @Override
    public Page<JobRun> runs(String job, PageRequest page) {
        Optional<Instant> after = page.after().map(JdbcJobRuns::dueKey);
        String sql = "SELECT " + COLUMNS + " FROM job_run WHERE tenant_id = ? AND job_name = ?"
                + (after.isPresent() ? " AND due_at < ?" : "") + " ORDER BY tenant_id, job_name, due_at DESC LIMIT ?";
        try (PreparedStatement ps = tx.dialect().prepareValueDependent(tx.connection(), sql)) {
            int i = 1;
            ps.setString(i++, tenant);
            ps.setString(i++, job);
            if (after.isPresent()) {
                Sql.instant(ps, i++, after.get());
            }
            ps.setInt(i, page.size() + 1);
            List<JobRun> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(run(rs));
                }
            }
            return Page.ofLookahead(rows, page.size(), r -> Cursor.of(r.dueAt().toString()).encode());
        } catch (SQLException e) {
            throw Sql.failure("listing the runs of job " + job, e);
        }
    }

    private static Instant dueKey(String token) {
        try {
            return Instant.parse(Cursor.decode(token, 1, AFTER).keys().get(0));
        } catch (DateTimeException e) {
            throw Cursor.invalid(AFTER);
        }
    }

    /** Binds tenant, job and due time from parameter {@code i}. */
    private void bindKey(PreparedStatement ps, int i, String job, Instant dueAt) throws SQLException {
        ps.setString(i, tenant);
        ps.setString(i + 1, job);
        Sql.instant(ps, i + 2, dueAt);
    }

    private static void instant(PreparedStatement ps, int i, Optional<Instant> value) throws SQLException {
        if (value.isPresent()) {
            Sql.instant(ps, i, value.get());
        } else {
            ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    private static Optional<Instant> instant(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static JobRun run(ResultSet rs) throws SQLException {
        return new JobRun(rs.getString(1), Sql.instant(rs, 2), JobRunStatus.valueOf(rs.getString(3)), rs.getString(4),
                rs.getInt(5), instant(rs, 6), Sql.instant(rs, 7), instant(rs, 8), rs.getLong(9), rs.getLong(10),
                Sql.text(rs, 11), Sql.text(rs, 12));
    }
}
