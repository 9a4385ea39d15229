-- crmkit schema version 2 (PostgreSQL 15+): customers' tags, the purchases a host records
-- against customers, and when each customer was last contacted. Documented in docs/schema.md.
-- Same conventions as V1: tenant_id leads every key and index; standard types, B-tree indexes.

-- One row per tag a customer carries. "Customers with tag X" is a range of
-- customer_tag_value_idx; "the tags of customer C" a range of the primary key.
CREATE TABLE customer_tag (
    tenant_id   VARCHAR(64) NOT NULL,
    customer_id UUID        NOT NULL,
    dimension   VARCHAR(63) NOT NULL,
    tag_value   VARCHAR(64) NOT NULL,
    CONSTRAINT customer_tag_pk PRIMARY KEY (tenant_id, customer_id, dimension, tag_value),
    CONSTRAINT customer_tag_customer_fk FOREIGN KEY (tenant_id, customer_id)
        REFERENCES customer (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX customer_tag_value_idx ON customer_tag (tenant_id, dimension, tag_value, customer_id);

-- A purchase recorded by the host (its order reference is unique per tenant, which makes
-- recording idempotent). amount/currency/margin as the host recorded them; base_amount and
-- base_margin converted into the deployment's currency with exchange_rate when recorded, so
-- figures over windows are plain sums.
CREATE TABLE purchase (
    tenant_id       VARCHAR(64)    NOT NULL,
    id              UUID           NOT NULL,
    customer_id     UUID           NOT NULL,
    order_reference VARCHAR(128)   NOT NULL,
    purchased_on    DATE           NOT NULL,
    amount          NUMERIC(38, 10) NOT NULL,
    currency        VARCHAR(3)     NOT NULL,
    margin          NUMERIC(38, 10),
    exchange_rate   NUMERIC(38, 10) NOT NULL,
    base_currency   VARCHAR(3)     NOT NULL,
    base_amount     NUMERIC(38, 10) NOT NULL,
    base_margin     NUMERIC(38, 10),
    cancelled       BOOLEAN        NOT NULL,
    note            VARCHAR(500),
    recorded_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version         BIGINT         NOT NULL,
    CONSTRAINT purchase_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT purchase_reference_uq UNIQUE (tenant_id, order_reference),
    CONSTRAINT purchase_customer_fk FOREIGN KEY (tenant_id, customer_id)
        REFERENCES customer (tenant_id, id) ON DELETE CASCADE
);
-- A customer's purchases by date: every figure over a window is a range of this index.
CREATE INDEX purchase_customer_idx ON purchase (tenant_id, customer_id, purchased_on);

CREATE TABLE purchase_line (
    tenant_id    VARCHAR(64)     NOT NULL,
    purchase_id  UUID            NOT NULL,
    position     INTEGER         NOT NULL,
    product_code VARCHAR(64)     NOT NULL,
    description  VARCHAR(500)    NOT NULL,
    quantity     NUMERIC(38, 10) NOT NULL,
    unit_price   NUMERIC(38, 10) NOT NULL,
    CONSTRAINT purchase_line_pk PRIMARY KEY (tenant_id, purchase_id, position),
    CONSTRAINT purchase_line_purchase_fk FOREIGN KEY (tenant_id, purchase_id)
        REFERENCES purchase (tenant_id, id) ON DELETE CASCADE
);

-- When the customer was last contacted (a call, visit, e-mail… recorded through crmkit).
CREATE TABLE customer_activity (
    tenant_id       VARCHAR(64) NOT NULL,
    customer_id     UUID        NOT NULL,
    last_contact_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT customer_activity_pk PRIMARY KEY (tenant_id, customer_id),
    CONSTRAINT customer_activity_customer_fk FOREIGN KEY (tenant_id, customer_id)
        REFERENCES customer (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX customer_activity_contact_idx ON customer_activity (tenant_id, last_contact_at, customer_id);

-- A saved segment: a named rule in crmkit's canonical text form (members are never stored).
CREATE TABLE saved_segment (
    tenant_id   VARCHAR(64)     NOT NULL,
    id          UUID            NOT NULL,
    name        VARCHAR(200)    NOT NULL,
    description VARCHAR(2000)   NOT NULL,
    rule_text   VARCHAR(100000) NOT NULL,
    owner_id    VARCHAR(128)    NOT NULL,
    shared      BOOLEAN         NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version     BIGINT          NOT NULL,
    CONSTRAINT saved_segment_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT saved_segment_name_uq UNIQUE (tenant_id, name)
);
