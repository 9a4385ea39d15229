-- crmkit schema version 6 (H2 and PostgreSQL, one script for both): the runs of scheduled jobs.
-- Documented in docs/schema.md. Same conventions as V1: tenant_id leads every key and index;
-- standard types, B-tree indexes.

-- One run of a scheduled job for one tenant: the work due at one slot of the job's schedule.
-- The primary key is what makes a due time run once: a claim creates the row (a second
-- creator gets a unique-key violation) or takes over a running one whose lease ended, with a
-- compare-and-set on attempt. lease_until is NULL once the run has ended (FINISHED, FAILED);
-- resume_after is the job's cursor after the last page recorded, from which a take-over resumes.
-- last_error is an exception's class and message, never a stack trace.
CREATE TABLE job_run (
    tenant_id       VARCHAR(64)   NOT NULL,
    job_name        VARCHAR(63)   NOT NULL,
    due_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    lease_owner     VARCHAR(100)  NOT NULL,
    attempt         INTEGER       NOT NULL,
    lease_until     TIMESTAMP(6) WITH TIME ZONE,
    started_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP(6) WITH TIME ZONE,
    processed_count BIGINT        NOT NULL,
    failed_count    BIGINT        NOT NULL,
    resume_after    VARCHAR(1000),
    last_error      VARCHAR(2000),
    -- A job's runs latest first (the host's listing) are one range of it, read backwards.
    CONSTRAINT job_run_pk PRIMARY KEY (tenant_id, job_name, due_at),
    CONSTRAINT job_run_status CHECK (status IN ('RUNNING', 'FINISHED', 'FAILED')),
    CONSTRAINT job_run_lease CHECK ((status = 'RUNNING') = (lease_until IS NOT NULL))
);
