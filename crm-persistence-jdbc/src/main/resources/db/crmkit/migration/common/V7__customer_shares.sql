-- crmkit schema version 7 (H2 and PostgreSQL, one script for both): customers shared beyond
-- their owner's data scope. Documented in docs/schema.md and docs/access.md. Same conventions
-- as V1: tenant_id leads every key and index; standard types, B-tree indexes.

-- One share of one customer with one grantee. grantee is the key crmkit matches against the
-- keys a principal holds ('user:<id>', 'team:<id>', 'tree:<id>'), so a listing's visibility
-- test is one correlated EXISTS on the primary key: (tenant, customer, grantee IN (...)).
-- until_at is NULL for a share that lasts until revoked.
CREATE TABLE customer_share (
    tenant_id   VARCHAR(64)  NOT NULL,
    customer_id UUID         NOT NULL,
    grantee     VARCHAR(140) NOT NULL,
    access      VARCHAR(8)   NOT NULL,
    until_at    TIMESTAMP(6) WITH TIME ZONE,
    shared_by   VARCHAR(128) NOT NULL,
    shared_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT customer_share_pk PRIMARY KEY (tenant_id, customer_id, grantee),
    CONSTRAINT customer_share_access CHECK (access IN ('VIEW', 'EDIT')),
    CONSTRAINT customer_share_customer_fk FOREIGN KEY (tenant_id, customer_id)
        REFERENCES customer (tenant_id, id) ON DELETE CASCADE
);
