-- crmkit schema version 1 (H2 2.x): customers with their contacts, need tags and
-- custom field values; the audit trail; the transactional outbox. Documented in docs/schema.md.
--
-- tenant_id leads every primary key and every index: one tenant's rows are one contiguous
-- range of each index, and every query crmkit makes starts with tenant_id = ?.
-- Only standard types and B-tree indexes, so the script also runs on PostgreSQL-compatible
-- distributed databases. Differences from the PostgreSQL script are marked "H2:".

CREATE TABLE customer (
    tenant_id           VARCHAR(64)  NOT NULL,
    id                  UUID         NOT NULL,
    customer_type       VARCHAR(16)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    -- H2: the name's UTF-8 bytes, the column crmkit orders names by. H2 has no per-column
    -- collation and compares strings by UTF-16 code unit, which puts characters above U+FFFF
    -- (emoji, rare CJK) before U+E000-U+FFFF (e.g. full-width forms); VARBINARY compares
    -- unsigned bytes, and UTF-8 byte order is Unicode code-point order, as in memory.
    name_key            VARBINARY(800) GENERATED ALWAYS AS (CAST(name AS VARBINARY(800))),
    -- Filled by crmkit with name.toLowerCase(Locale.ROOT), so text search agrees exactly
    -- with the in-memory reference (LOWER() of databases follows other case rules).
    name_lower          VARCHAR(400) NOT NULL,
    industry            VARCHAR(64)  NOT NULL,
    size_band           VARCHAR(64),
    region              VARCHAR(64),
    source              VARCHAR(64),
    address_country     VARCHAR(64),
    address_province    VARCHAR(64),
    address_city        VARCHAR(64),
    address_district    VARCHAR(64),
    address_street      VARCHAR(255),
    address_postal_code VARCHAR(16),
    remarks             VARCHAR(10000),
    owner_id            VARCHAR(128) NOT NULL,
    lifecycle_status    VARCHAR(64)  NOT NULL,
    created_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(128) NOT NULL,
    updated_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT customer_pk PRIMARY KEY (tenant_id, id)
);
-- One index per sort order: keyset paging is a range scan at any depth.
CREATE INDEX customer_name_idx ON customer (tenant_id, name_key, id);
CREATE INDEX customer_created_idx ON customer (tenant_id, created_at, id);
CREATE INDEX customer_updated_idx ON customer (tenant_id, updated_at, id);
-- The equality filters, each followed by the default order (newest first).
CREATE INDEX customer_owner_idx ON customer (tenant_id, owner_id, created_at, id);
CREATE INDEX customer_status_idx ON customer (tenant_id, lifecycle_status, created_at, id);
CREATE INDEX customer_industry_idx ON customer (tenant_id, industry, created_at, id);
CREATE INDEX customer_region_idx ON customer (tenant_id, region, created_at, id);

CREATE TABLE customer_contact (
    tenant_id         VARCHAR(64)  NOT NULL,
    customer_id       UUID         NOT NULL,
    id                UUID         NOT NULL,
    position          INTEGER      NOT NULL,
    name              VARCHAR(100) NOT NULL,
    title             VARCHAR(100),
    department        VARCHAR(100),
    phone             VARCHAR(16),
    email             VARCHAR(254),
    preferred_channel VARCHAR(32),
    relation          VARCHAR(100),
    roles             VARCHAR(128) NOT NULL,
    is_primary        BOOLEAN      NOT NULL,
    CONSTRAINT customer_contact_pk PRIMARY KEY (tenant_id, customer_id, id),
    CONSTRAINT customer_contact_customer_fk FOREIGN KEY (tenant_id, customer_id)
        REFERENCES customer (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX customer_contact_phone_idx ON customer_contact (tenant_id, phone);
CREATE INDEX customer_contact_email_idx ON customer_contact (tenant_id, email);

CREATE TABLE customer_need_tag (
    tenant_id   VARCHAR(64) NOT NULL,
    customer_id UUID        NOT NULL,
    position    INTEGER     NOT NULL,
    tag         VARCHAR(64) NOT NULL,
    CONSTRAINT customer_need_tag_pk PRIMARY KEY (tenant_id, customer_id, position),
    CONSTRAINT customer_need_tag_customer_fk FOREIGN KEY (tenant_id, customer_id)
        REFERENCES customer (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX customer_need_tag_tag_idx ON customer_need_tag (tenant_id, tag);

-- One row per value, in the column of its type; a multi-choice value has one row per chosen
-- option (value_index 0..n-1), so "field X includes option Y" is an indexed equality.
CREATE TABLE customer_custom_field (
    tenant_id       VARCHAR(64)     NOT NULL,
    customer_id     UUID            NOT NULL,
    field_key       VARCHAR(63)     NOT NULL,
    value_index     INTEGER         NOT NULL,
    value_type      VARCHAR(16)     NOT NULL,
    text_value      VARCHAR(100000),
    number_value    NUMERIC(38, 10),
    currency        VARCHAR(3),
    date_value      DATE,
    timestamp_value TIMESTAMP(6) WITH TIME ZONE,
    bool_value      BOOLEAN,
    CONSTRAINT customer_custom_field_pk PRIMARY KEY (tenant_id, customer_id, field_key, value_index),
    CONSTRAINT customer_custom_field_customer_fk FOREIGN KEY (tenant_id, customer_id)
        REFERENCES customer (tenant_id, id) ON DELETE CASCADE
);
-- H2: the whole text is indexed (PostgreSQL indexes its first 200 characters).
CREATE INDEX customer_custom_field_text_idx ON customer_custom_field (tenant_id, field_key, text_value);
CREATE INDEX customer_custom_field_number_idx ON customer_custom_field (tenant_id, field_key, number_value);
CREATE INDEX customer_custom_field_date_idx ON customer_custom_field (tenant_id, field_key, date_value);
CREATE INDEX customer_custom_field_timestamp_idx ON customer_custom_field (tenant_id, field_key, timestamp_value);

CREATE TABLE audit_entry (
    tenant_id   VARCHAR(64)  NOT NULL,
    id          UUID         NOT NULL,
    entity_type VARCHAR(32)  NOT NULL,
    entity_id   VARCHAR(64)  NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    actor_id    VARCHAR(128) NOT NULL,
    occurred_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT audit_entry_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX audit_entry_entity_idx ON audit_entry (tenant_id, entity_type, entity_id, occurred_at, id);

CREATE TABLE audit_field_change (
    tenant_id    VARCHAR(64)  NOT NULL,
    entry_id     UUID         NOT NULL,
    position     INTEGER      NOT NULL,
    field        VARCHAR(300) NOT NULL,
    before_value VARCHAR(100000),
    after_value  VARCHAR(100000),
    CONSTRAINT audit_field_change_pk PRIMARY KEY (tenant_id, entry_id, position),
    CONSTRAINT audit_field_change_entry_fk FOREIGN KEY (tenant_id, entry_id)
        REFERENCES audit_entry (tenant_id, id) ON DELETE CASCADE
);

-- status ('PENDING' when appended), attempts and available_at belong to outbox dispatching:
-- a dispatcher claims due messages, counts attempts and pushes available_at back on failure.
CREATE TABLE outbox_message (
    tenant_id      VARCHAR(64)  NOT NULL,
    id             UUID         NOT NULL,
    aggregate_type VARCHAR(32)  NOT NULL,
    aggregate_id   VARCHAR(64)  NOT NULL,
    event_type     VARCHAR(64)  NOT NULL,
    -- H2: its longest VARCHAR (PostgreSQL: TEXT).
    payload        VARCHAR(1000000) NOT NULL,
    occurred_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    attempts       INTEGER      NOT NULL,
    available_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT outbox_message_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX outbox_message_pending_idx ON outbox_message (tenant_id, status, occurred_at, id);
CREATE INDEX outbox_message_due_idx ON outbox_message (tenant_id, status, available_at, id);
