-- crmkit schema version 5 (PostgreSQL 15+): the interaction log and interaction plans with their per-member
-- results. Documented in docs/schema.md. Versions 3 and 4 belong to other features.
-- Same conventions as V1: tenant_id leads every key and index; standard types, B-tree indexes.

-- A call, e-mail, meeting or visit with a customer. duration_nanos is java.time.Duration in
-- nanoseconds (0 to 24 hours). opportunity_id and ticket_id are opaque references until crmkit
-- has those features.
CREATE TABLE interaction (
    tenant_id      VARCHAR(64)   NOT NULL,
    id             UUID          NOT NULL,
    customer_id    UUID          NOT NULL,
    kind           VARCHAR(63)   NOT NULL,
    occurred_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    duration_nanos BIGINT        NOT NULL,
    summary        VARCHAR(4000) NOT NULL,
    opportunity_id VARCHAR(64),
    ticket_id      VARCHAR(64),
    recorded_by    VARCHAR(128)  NOT NULL,
    created_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT interaction_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT interaction_customer_fk FOREIGN KEY (tenant_id, customer_id)
        REFERENCES customer (tenant_id, id) ON DELETE CASCADE
);
-- A customer's interactions newest first (the interaction log and the timeline): one range of it.
CREATE INDEX interaction_customer_idx ON interaction (tenant_id, customer_id, occurred_at, id);

-- Who took part: a contact of the customer or a user of the host, one per row, in order.
CREATE TABLE interaction_participant (
    tenant_id      VARCHAR(64)  NOT NULL,
    interaction_id UUID         NOT NULL,
    position       INTEGER      NOT NULL,
    contact_id     UUID,
    user_id        VARCHAR(128),
    CONSTRAINT interaction_participant_pk PRIMARY KEY (tenant_id, interaction_id, position),
    CONSTRAINT interaction_participant_fk FOREIGN KEY (tenant_id, interaction_id)
        REFERENCES interaction (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT interaction_participant_one CHECK ((contact_id IS NULL) <> (user_id IS NULL))
);

-- A saved interaction plan. last_run_at / last_run_members describe the last completed run
-- (NULL before one); they change without a new version.
CREATE TABLE interaction_plan (
    tenant_id        VARCHAR(64)   NOT NULL,
    id               UUID          NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    content          VARCHAR(4000) NOT NULL,
    channel          VARCHAR(32)   NOT NULL,
    segment_id       UUID          NOT NULL,
    start_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    contact_gap_seconds BIGINT,
    action           VARCHAR(16)   NOT NULL,
    owner_id         VARCHAR(128)  NOT NULL,
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL,
    last_run_at      TIMESTAMP(6) WITH TIME ZONE,
    last_run_members BIGINT,
    CONSTRAINT interaction_plan_pk PRIMARY KEY (tenant_id, id)
);

-- What a plan did for one member. The primary key (plan + customer) is what makes a rerun skip
-- members already handled; a page's members (in id order) are one range of it.
CREATE TABLE interaction_plan_result (
    tenant_id   VARCHAR(64)  NOT NULL,
    plan_id     UUID         NOT NULL,
    customer_id UUID         NOT NULL,
    outcome     VARCHAR(16)  NOT NULL,
    reason      VARCHAR(500),
    handled_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT interaction_plan_result_pk PRIMARY KEY (tenant_id, plan_id, customer_id),
    CONSTRAINT interaction_plan_result_plan_fk FOREIGN KEY (tenant_id, plan_id)
        REFERENCES interaction_plan (tenant_id, id) ON DELETE CASCADE
);
