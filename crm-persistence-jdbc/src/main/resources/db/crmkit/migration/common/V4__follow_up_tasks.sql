-- crmkit schema version 4 (H2 and PostgreSQL, one script for both): follow-up tasks with their results and attachments.
-- Documented in docs/schema.md. (Versions 3 and 5 belong to other features.)
-- Same conventions as V1: tenant_id leads every key and index; standard types, B-tree indexes.

-- A follow-up task. status is OPEN, DONE or CANCELLED ("overdue" is derived: open and
-- planned_at before now). reminders is NULL for the configured defaults, 'none' for no
-- reminders, or the task's own rules as 'P1D=email,in_app;PT1H=email' (ISO-8601 durations).
-- The result columns (actual_at … feedback) are set once the task is done.
CREATE TABLE follow_up (
    tenant_id       VARCHAR(64)     NOT NULL,
    id              UUID            NOT NULL,
    customer_id     UUID            NOT NULL,
    contact_id      UUID,
    opportunity_id  VARCHAR(64),
    method          VARCHAR(63)     NOT NULL,
    content         VARCHAR(2000)   NOT NULL,
    planned_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    assignee_id     VARCHAR(128)    NOT NULL,
    priority        VARCHAR(63)     NOT NULL,
    status          VARCHAR(16)     NOT NULL,
    reminders       VARCHAR(1000),
    actual_at       TIMESTAMP(6) WITH TIME ZONE,
    outcome         VARCHAR(2000),
    next_step       VARCHAR(2000),
    next_step_at    TIMESTAMP(6) WITH TIME ZONE,
    budget_amount   NUMERIC(38, 10),
    budget_currency VARCHAR(3),
    decision_cycle  VARCHAR(32),
    feedback        VARCHAR(2000),
    cancel_reason   VARCHAR(500),
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(128)    NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version         BIGINT          NOT NULL,
    CONSTRAINT follow_up_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT follow_up_status_ck CHECK (status IN ('OPEN', 'DONE', 'CANCELLED')),
    CONSTRAINT follow_up_customer_fk FOREIGN KEY (tenant_id, customer_id)
        REFERENCES customer (tenant_id, id) ON DELETE CASCADE
);
-- "My open tasks": one range of this index, in planned order.
CREATE INDEX follow_up_assignee_idx ON follow_up (tenant_id, assignee_id, status, planned_at, id);
-- "Overdue tasks" (open, planned before now): one range of this index, in planned order.
CREATE INDEX follow_up_status_planned_idx ON follow_up (tenant_id, status, planned_at, id);
-- "Tasks of a customer", in planned order.
CREATE INDEX follow_up_customer_idx ON follow_up (tenant_id, customer_id, planned_at, id);

-- The attachments of a task's result, by reference (the host stores the files), in order.
CREATE TABLE follow_up_attachment (
    tenant_id    VARCHAR(64)   NOT NULL,
    follow_up_id UUID          NOT NULL,
    position     INTEGER       NOT NULL,
    name         VARCHAR(255)  NOT NULL,
    uri          VARCHAR(2000) NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    media_type   VARCHAR(127)  NOT NULL,
    CONSTRAINT follow_up_attachment_pk PRIMARY KEY (tenant_id, follow_up_id, position),
    CONSTRAINT follow_up_attachment_task_fk FOREIGN KEY (tenant_id, follow_up_id)
        REFERENCES follow_up (tenant_id, id) ON DELETE CASCADE
);
